package qi.core.funnel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A funnel plot: compares units (hospitals, wards, practices) at one point in time against limits
 * that widen as the denominator shrinks, with the Spiegelhalter overdispersion adjustment when the
 * units vary more than chance allows. An immutable specification: every setting returns a new one,
 * and {@link #analyze()} is pure.
 *
 * <pre>{@code
 * Funnel f = FunnelPlot.of(FunnelType.SR, rows)     // observed / expected deaths per trust
 *     .limit(LimitLevel.P95)
 *     .analyze();
 * f.high();                                          // the trusts above the upper limit
 * }</pre>
 *
 * <h2>Method</h2>
 *
 * Rows of a unit are summed. Each unit gets an unadjusted z-score on the type's scale ({@link
 * FunnelType}, {@link SrMethod}); the z-scores are trimmed by {@code trim} at each end (truncated
 * for SHMI, Winsorised otherwise), and the overdispersion ratio is φ = Σz²/n over the n units kept.
 * The between-unit variance is the DerSimonian–Laird estimate τ² = max(0, (nφ − (n − 1)) / (Σw −
 * Σw²/Σw)), w = 1/s² (0 when nφ &lt; n − 1). The adjusted limits add τ² to each unit's variance;
 * they are used, and flag the outliers, when the adjustment is on and φ &gt; 1; otherwise the
 * unadjusted limits flag them. A unit is an outlier when its value lies strictly outside the
 * limits.
 *
 * <p>Sources: Spiegelhalter DJ (2005), Funnel plots for comparing institutional performance, Stat
 * Med 24:1185–1202; Spiegelhalter DJ et al. (2012), Statistical methods for healthcare regulation:
 * rating, screening and surveillance, JRSS A 175:1–47; NHS Digital, Summary Hospital-level
 * Mortality Indicator (SHMI) methodology. Reproduces FunnelPlotR 0.5.0's {@code funnel_plot()} with
 * {@code draw_unadjusted = FALSE} (limits, z-scores, φ, τ², outliers; checked on its reference
 * cases), except that φ and τ² are reported, not 0, when the adjustment is off.
 */
public final class FunnelPlot {
  /** The fewest units a funnel plot compares. */
  public static final int MIN_UNITS = 3;

  private final FunnelType type;
  private final List<FunnelRow> rows;
  private final SrMethod srMethod;
  private final LimitLevel limit;
  private final double trim;
  private final boolean overdispersion;
  private final double multiplier;
  private final boolean shmiRounding;

  private FunnelPlot(
      FunnelType type,
      List<FunnelRow> rows,
      SrMethod srMethod,
      LimitLevel limit,
      double trim,
      boolean overdispersion,
      double multiplier,
      boolean shmiRounding) {
    this.type = type;
    this.rows = rows;
    this.srMethod = srMethod;
    this.limit = limit;
    this.trim = trim;
    this.overdispersion = overdispersion;
    this.multiplier = multiplier;
    this.shmiRounding = shmiRounding;
  }

  /**
   * A funnel plot of {@code rows} with FunnelPlotR's defaults: SHMI method, 99.8 % limits, trim
   * 0.1, overdispersion adjustment on, multiplier 1, SHMI rounding on.
   *
   * @throws IllegalArgumentException naming the unit and row of a value the type cannot take: a
   *     negative or non-finite count, a denominator ≤ 0, a numerator above its denominator for a
   *     proportion; or fewer than {@value #MIN_UNITS} units
   */
  public static FunnelPlot of(FunnelType type, List<FunnelRow> rows) {
    Objects.requireNonNull(type, "type");
    List<FunnelRow> copy = List.copyOf(rows);
    for (FunnelRow r : copy) {
      check(type, r);
    }
    long units = copy.stream().map(FunnelRow::unit).distinct().count();
    if (units < MIN_UNITS) {
      throw new IllegalArgumentException(
          "units ("
              + units
              + ") must be at least "
              + MIN_UNITS
              + " for a funnel plot"
              + (units == 0 ? "" : ": " + String.join(", ", distinctUnits(copy))));
    }
    return new FunnelPlot(type, copy, SrMethod.SHMI, LimitLevel.P998, 0.1, true, 1, true);
  }

  private static List<String> distinctUnits(List<FunnelRow> rows) {
    return rows.stream().map(FunnelRow::unit).distinct().toList();
  }

  private static void check(FunnelType type, FunnelRow r) {
    String where = "unit \"" + r.unit() + "\" (row " + r.row() + "): ";
    String what = type == FunnelType.SR ? "expected count" : "denominator";
    if (!Double.isFinite(r.numerator()) || r.numerator() < 0) {
      throw new IllegalArgumentException(
          where + "numerator (" + r.numerator() + ") must be a finite number >= 0");
    }
    if (!Double.isFinite(r.denominator()) || r.denominator() <= 0) {
      throw new IllegalArgumentException(
          where + what + " (" + r.denominator() + ") must be a finite number > 0");
    }
    if (type == FunnelType.PR && r.numerator() > r.denominator()) {
      throw new IllegalArgumentException(
          where
              + "numerator ("
              + r.numerator()
              + ") must be <= denominator ("
              + r.denominator()
              + ") for a proportion");
    }
  }

  /** The method for a standardised ratio; ignored by other types. */
  public FunnelPlot srMethod(SrMethod method) {
    return new FunnelPlot(
        type,
        rows,
        Objects.requireNonNull(method, "srMethod"),
        limit,
        trim,
        overdispersion,
        multiplier,
        shmiRounding);
  }

  /** The limits that flag outliers (both levels are always computed). */
  public FunnelPlot limit(LimitLevel level) {
    return new FunnelPlot(
        type,
        rows,
        srMethod,
        Objects.requireNonNull(level, "limit"),
        trim,
        overdispersion,
        multiplier,
        shmiRounding);
  }

  /**
   * The share of units trimmed at each end before φ is estimated, between 0 and 0.5 (default 0.1).
   */
  public FunnelPlot trim(double share) {
    if (!(share >= 0 && share <= 0.5)) {
      throw new IllegalArgumentException("trim (" + share + ") must be between 0 and 0.5");
    }
    return new FunnelPlot(
        type, rows, srMethod, limit, share, overdispersion, multiplier, shmiRounding);
  }

  /** Whether to adjust for overdispersion when φ &gt; 1 (default true). */
  public FunnelPlot overdispersion(boolean adjust) {
    return new FunnelPlot(type, rows, srMethod, limit, trim, adjust, multiplier, shmiRounding);
  }

  /** The factor for values, target and limits, e.g. 100 for percent (default 1). */
  public FunnelPlot multiply(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("multiplier (" + factor + ") must be a finite number > 0");
    }
    return new FunnelPlot(type, rows, srMethod, limit, trim, overdispersion, factor, shmiRounding);
  }

  /**
   * Whether the SHMI method rounds expected counts to 2 decimals, as NHS Digital does (default).
   */
  public FunnelPlot shmiRounding(boolean round) {
    return new FunnelPlot(type, rows, srMethod, limit, trim, overdispersion, multiplier, round);
  }

  /**
   * Computes the funnel plot.
   *
   * @throws IllegalArgumentException when rounding makes an expected count 0, or when the
   *     adjustment is asked for and trimming leaves no unit to estimate φ from
   */
  public Funnel analyze() {
    boolean shmi = type == FunnelType.SR && srMethod == SrMethod.SHMI;
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Long> firstRow = new LinkedHashMap<>();
    for (FunnelRow r : rows) {
      double[] s = sums.computeIfAbsent(r.unit(), k -> new double[2]);
      s[0] += r.numerator();
      s[1] += r.denominator();
      firstRow.putIfAbsent(r.unit(), r.row());
    }
    int size = sums.size();
    String[] names = sums.keySet().toArray(new String[0]);
    double[] o = new double[size];
    double[] n = new double[size];
    double[] ratio = new double[size];
    for (int i = 0; i < size; i++) {
      double[] s = sums.get(names[i]);
      o[i] = s[0];
      n[i] = s[1];
      ratio[i] = o[i] / n[i]; // before SHMI rounding, as FunnelPlotR
      if (shmi && shmiRounding) {
        n[i] = RNumerics.round(n[i], 2);
        if (n[i] == 0) {
          throw new IllegalArgumentException(
              "unit \""
                  + names[i]
                  + "\" (row "
                  + firstRow.get(names[i])
                  + "): expected count ("
                  + s[1]
                  + ") is 0 when rounded to 2 decimals for the SHMI method");
        }
      }
    }
    double target = type == FunnelType.SR ? 1 : sum(o) / sum(n);
    Overdispersion od = Overdispersion.of(type, srMethod, o, n, target, trim);
    boolean adjusted = overdispersion && od.phi() > 1;
    if (overdispersion && Double.isNaN(od.phi())) {
      throw new IllegalArgumentException(
          "trim ("
              + trim
              + ") leaves no unit to estimate the overdispersion from; lower it or switch the"
              + " adjustment off");
    }
    LimitCurves curves = LimitCurves.of(type, srMethod, target, multiplier, od.tau2(), n);
    List<UnitResult> units = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LimitPoint at = curves.at(n[i]);
      double value = ratio[i] * multiplier;
      double lower = at.lower(limit, adjusted);
      double upper = at.upper(limit, adjusted);
      Side side = value > upper ? Side.HIGH : value < lower ? Side.LOW : Side.WITHIN;
      units.add(
          new UnitResult(
              names[i],
              o[i],
              n[i],
              value,
              Double.isInfinite(od.z()[i]) ? Double.NaN : od.z()[i],
              at.lcl95(),
              at.ucl95(),
              at.lcl998(),
              at.ucl998(),
              at.lcl95Adjusted(),
              at.ucl95Adjusted(),
              at.lcl998Adjusted(),
              at.ucl998Adjusted(),
              side != Side.WITHIN,
              side));
    }
    return new Funnel(
        type,
        srMethod,
        limit,
        trim,
        multiplier,
        shmi && shmiRounding,
        overdispersion,
        adjusted,
        target * multiplier,
        od.phi(),
        od.tau2(),
        od.used(),
        units,
        curves.points());
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
