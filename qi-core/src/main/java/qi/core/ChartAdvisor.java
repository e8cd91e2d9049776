package qi.core;

import java.util.List;
import qi.core.internal.Stats;
import qi.core.series.Series;
import qi.core.series.Subgroup;

/**
 * Suggests a chart type from the shape of the data, with a one-sentence reason, following the usual
 * decision tree (Provost and Murray, The Health Care Data Guide, 2011, fig. 5.1; Mohammed,
 * Worthington and Woodall 2008):
 *
 * <ol>
 *   <li>counts with denominators: P when no numerator exceeds its denominator (a proportion), else
 *       U (a rate), and U too when the denominator measures exposure in which events can recur
 *       (falls per bed day): fractional denominators, or a denominator column named like time or
 *       space at risk ({@code bed_days}, {@code hours}, {@code exposure}); P′ or U′ when the
 *       denominators average 1,000 or more and the data vary between subgroups more than the
 *       binomial or Poisson model allows (Laney's σz ≥ 1.5);
 *   <li>several measurements per x: Xbar (with S for the spread);
 *   <li>one count per x (whole numbers ≥ 0): C, or G when the counts are strongly right-skewed
 *       (mean ≥ 1.25 × median; geometric and exponential data have about 1.44);
 *   <li>one measurement per x: I; T when all values are positive and strongly right-skewed, as
 *       times between rare events are.
 * </ol>
 *
 * The thresholds (1,000; σz ≥ 1.5; mean ≥ 1.25 × median) are qi's rules of thumb, not from the
 * references; the reason says what the suggestion rests on so a user can overrule it.
 */
public final class ChartAdvisor {
  private static final double LARGE_DENOMINATOR = 1000;
  private static final double OVERDISPERSED = 1.5;
  private static final double SKEWED = 1.25;

  /** Denominator names that measure exposure rather than count units: bed days, hours, … */
  private static final java.util.regex.Pattern EXPOSURE =
      java.util.regex.Pattern.compile(
          "(?i).*(day|hour|week|month|year|time|exposure|bed|occupied|mile|km).*");

  private ChartAdvisor() {}

  /**
   * A suggested chart type and why.
   *
   * @param chart the chart type
   * @param reason one sentence saying what the suggestion rests on
   */
  public record Recommendation(ChartType chart, String reason) {}

  /** The suggested chart type for {@code series}, whose denominator column has no known name. */
  public static Recommendation recommend(Series series) {
    return recommend(series, null);
  }

  /**
   * The suggested chart type for {@code series}.
   *
   * @param denominator the name of the denominator column (such as {@code bed_days}), or null
   */
  public static Recommendation recommend(Series series, String denominator) {
    List<Subgroup> subgroups =
        series.subgroups().stream().filter(s -> !Double.isNaN(s.value())).toList();
    if (subgroups.isEmpty()) {
      return new Recommendation(
          ChartType.RUN, "The series has no values; a run chart makes the fewest assumptions.");
    }
    if (series.hasDenominator()) {
      return ratios(series, subgroups, denominator);
    }
    if (subgroups.stream().anyMatch(s -> s.count() > 1)) {
      return new Recommendation(
          ChartType.XBAR,
          "Several measurements share an x value, so each x is a subgroup: an Xbar chart of the"
              + " subgroup means (with an S chart of their spread).");
    }
    double[] values = subgroups.stream().mapToDouble(Subgroup::value).toArray();
    double mean = Stats.mean(values);
    double median = Stats.median(values);
    boolean skewed = median > 0 && mean >= SKEWED * median;
    boolean counts =
        subgroups.stream().allMatch(s -> s.value() >= 0 && s.value() == Math.rint(s.value()));
    if (counts && skewed) {
      return new Recommendation(
          ChartType.G,
          "The values are whole numbers and strongly right-skewed (mean "
              + round(mean)
              + " vs median "
              + round(median)
              + "), as counts of opportunities between rare events are: a G chart.");
    }
    if (counts) {
      return new Recommendation(
          ChartType.C,
          "The values are whole-number counts, one per x: a C chart, if the opportunity for"
              + " events is about the same each time (otherwise give the exposure as n for a U"
              + " chart).");
    }
    if (skewed && subgroups.stream().allMatch(s -> s.value() > 0)) {
      return new Recommendation(
          ChartType.T,
          "The values are positive and strongly right-skewed (mean "
              + round(mean)
              + " vs median "
              + round(median)
              + "), as times between rare events are: a T chart.");
    }
    return new Recommendation(
        ChartType.I, "One measurement per x: an I chart of individual values (with an MR chart).");
  }

  private static Recommendation ratios(
      Series series, List<Subgroup> subgroups, String denominator) {
    boolean fractional = subgroups.stream().anyMatch(s -> s.n() != Math.rint(s.n()));
    boolean named = denominator != null && EXPOSURE.matcher(denominator).matches();
    boolean exceeds = subgroups.stream().anyMatch(s -> s.sum() > s.n());
    boolean proportion = !exceeds && !fractional && !named;
    double meanN = Stats.mean(subgroups.stream().mapToDouble(Subgroup::n).toArray());
    ChartType plain = proportion ? ChartType.P : ChartType.U;
    ChartType laney = proportion ? ChartType.PP : ChartType.UP;
    String what =
        proportion
            ? "No numerator exceeds its denominator, so the values are proportions"
            : exceeds
                ? "Some numerators exceed their denominators, so the values are rates"
                : "The denominator"
                    + (named ? " (" + denominator + ")" : "s, being fractional,")
                    + " measure"
                    + (named ? "s" : "")
                    + " exposure, in which events can recur, so the values are rates";
    if (meanN >= LARGE_DENOMINATOR && subgroups.size() >= 3) {
      double sigmaZ = sigmaZ(series, plain, laney);
      if (sigmaZ >= OVERDISPERSED) {
        return new Recommendation(
            laney,
            what
                + "; the denominators are large (mean "
                + round(meanN)
                + ") and the data vary "
                + round(sigmaZ)
                + " times more than the "
                + (proportion ? "binomial" : "Poisson")
                + " model allows: a Laney "
                + (proportion ? "P′" : "U′")
                + " chart ("
                + laney.id()
                + ").");
      }
    }
    return new Recommendation(
        plain,
        what
            + ": a "
            + plain
            + " chart"
            + (proportion
                ? " (use U instead if y counts events per unit of exposure rather than units out"
                    + " of n)."
                : "."));
  }

  /** Laney's σz: the ratio of the Laney limits' width to the plain limits' width. */
  private static double sigmaZ(Series series, ChartType plain, ChartType laney) {
    var p = ControlChart.of(plain, series).analyze().points();
    var pp = ControlChart.of(laney, series).analyze().points();
    for (int i = 0; i < p.size(); i++) {
      double width = p.get(i).uwl() - p.get(i).cl();
      if (width > 0
          && Double.isFinite(width)
          && pp.get(i).uwl() < (plain == ChartType.P ? 1 : Double.MAX_VALUE)) {
        return (pp.get(i).uwl() - pp.get(i).cl()) / width;
      }
    }
    return Double.NaN;
  }

  private static String round(double value) {
    return String.format(java.util.Locale.ROOT, "%.3g", value);
  }
}
