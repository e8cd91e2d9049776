package qi.core.funnel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The verdict of a funnel plot in plain words: what was compared, which limits were used and why (φ
 * against 1), and which units lie above or below them.
 */
public final class FunnelVerdict {
  private FunnelVerdict() {}

  /** The verdict, one sentence a line. */
  public static List<String> lines(Funnel f) {
    String what =
        switch (f.type()) {
          case SR ->
              "standardised ratios (observed / expected, "
                  + (f.srMethod() == SrMethod.SHMI ? "SHMI" : "CQC")
                  + " method)";
          case PR -> "proportions";
          case RC -> "ratios of counts";
        };
    String limit = f.limit() == LimitLevel.P95 ? "95%" : "99.8%";
    String phi = number(f.phi());
    String adjustment;
    if (f.adjusted()) {
      adjustment =
          "The units vary more than chance allows (phi = "
              + phi
              + " > 1, tau² = "
              + number(f.tau2())
              + ", from "
              + f.unitsUsed()
              + " units after trimming "
              + percent(f.trim())
              + " at each end): the limits are widened for overdispersion.";
    } else if (f.overdispersion()) {
      adjustment =
          "No overdispersion (phi = "
              + phi
              + " <= 1): the limits are not adjusted"
              + (f.type() == FunnelType.SR ? " (exact Poisson limits)." : ".");
    } else {
      adjustment =
          "Overdispersion adjustment switched off (phi = "
              + phi
              + "): unadjusted limits"
              + (f.type() == FunnelType.SR ? " (exact Poisson)." : ".");
    }
    List<UnitResult> high = f.high();
    List<UnitResult> low = f.low();
    int within = f.units().size() - high.size() - low.size();
    return List.of(
        f.units().size()
            + " units compared as "
            + what
            + " against the target "
            + number(f.target())
            + " with "
            + limit
            + " limits.",
        adjustment,
        side("Above", "upper", high),
        side("Below", "lower", low),
        within
            + (within == 1 ? " unit lies" : " units lie")
            + " within the limits: their differences from the target are consistent with chance.");
  }

  private static String side(String where, String which, List<UnitResult> units) {
    if (units.isEmpty()) {
      return "No unit lies " + where.toLowerCase(Locale.ROOT) + " the " + which + " limit.";
    }
    return where
        + " the "
        + which
        + " limit ("
        + units.size()
        + "): "
        + units.stream()
            .map(u -> u.unit() + " (" + number(u.value()) + ")")
            .collect(Collectors.joining(", "))
        + ".";
  }

  private static String percent(double share) {
    return number(share * 100) + "%";
  }

  /** Four significant digits, without trailing zeros. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "undefined";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinite" : "-infinite";
    }
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).toPlainString();
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
