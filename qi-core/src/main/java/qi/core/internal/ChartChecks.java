package qi.core.internal;

import java.util.List;
import qi.core.ChartType;
import qi.core.series.Series;
import qi.core.series.Subgroup;

/**
 * The checks a series must pass for a chart type, made once before any computation, with messages
 * that name the point (its x value) and the value.
 */
final class ChartChecks {
  private ChartChecks() {}

  static void check(ChartType type, Series series) {
    List<Subgroup> subgroups = series.subgroups();
    if (subgroups.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty: there are no points to chart");
    }
    boolean counts =
        type == ChartType.C || type == ChartType.U || type == ChartType.UP || type == ChartType.G;
    boolean proportions = type == ChartType.P || type == ChartType.PP;
    if (type.needsDenominator() && !series.hasDenominator()) {
      throw new IllegalArgumentException(
          "chart (" + type.id() + ") needs a denominator: give the n column");
    }
    if (type.isSubgrouped()
        && !subgroups.isEmpty()
        && subgroups.stream().allMatch(s -> s.count() <= 1)) {
      throw new IllegalArgumentException(
          "chart ("
              + type.id()
              + ") needs several measurements per subgroup (one row per measurement, x = subgroup),"
              + " but every subgroup has at most one value");
    }
    for (Subgroup s : subgroups) {
      if (Double.isNaN(s.sum())) {
        continue;
      }
      if (type == ChartType.T && !(s.value() > 0)) {
        throw new IllegalArgumentException(
            "y" + at(s) + " (" + Checks.format(s.value()) + ") must be > 0 for a T chart");
      }
      if ((counts || proportions) && s.sum() < 0) {
        throw new IllegalArgumentException(
            "y"
                + at(s)
                + " ("
                + Checks.format(s.sum())
                + ") must be >= 0 for a "
                + type
                + " chart");
      }
      if ((type == ChartType.C || type == ChartType.U) && s.sum() != Math.rint(s.sum())) {
        throw new IllegalArgumentException(
            "y"
                + at(s)
                + " ("
                + Checks.format(s.sum())
                + ") must be a whole count for a "
                + type
                + " chart");
      }
      if (proportions && s.sum() > s.n()) {
        throw new IllegalArgumentException(
            "y"
                + at(s)
                + " ("
                + Checks.format(s.sum())
                + ") must be <= n ("
                + Checks.format(s.n())
                + ") for a "
                + type
                + " chart: a proportion's numerator cannot exceed its denominator");
      }
    }
  }

  /** Where a subgroup is, for a message: built only when a check fails. */
  private static String at(Subgroup s) {
    return " at x " + s.x().text();
  }
}
