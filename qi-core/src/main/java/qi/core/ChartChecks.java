package qi.core;

import qi.core.internal.Checks;
import qi.core.series.Series;

/**
 * The checks a series must pass for a chart type, made once before any computation, with messages
 * that name the point (its x value) and the value.
 */
final class ChartChecks {
  private ChartChecks() {}

  static void check(ChartType type, Series subgroups) {
    if (subgroups.size() == 0) {
      throw new IllegalArgumentException("series must not be empty: there are no points to chart");
    }
    boolean counts =
        type == ChartType.C || type == ChartType.U || type == ChartType.UP || type == ChartType.G;
    boolean proportions = type == ChartType.P || type == ChartType.PP;
    if (type.needsDenominator() && !subgroups.hasDenominator()) {
      throw new IllegalArgumentException(
          "chart (" + type.id() + ") needs a denominator: give the n column");
    }
    if (type.isSubgrouped() && allSingle(subgroups)) {
      throw new IllegalArgumentException(
          "chart ("
              + type.id()
              + ") needs several measurements per subgroup (one row per measurement, x = subgroup),"
              + " but every subgroup has at most one value");
    }
    // Only T, count and proportion charts check values: the other types skip a pass over them.
    boolean checksValues = type == ChartType.T || counts || proportions;
    for (int i = 0; checksValues && i < subgroups.size(); i++) {
      double sum = subgroups.sum(i);
      if (Double.isNaN(sum)) {
        continue;
      }
      double value = subgroups.value(i);
      double n = subgroups.n(i);
      if (type == ChartType.T && !(value > 0)) {
        throw new IllegalArgumentException(
            "y" + at(subgroups, i) + " (" + Checks.format(value) + ") must be > 0 for a T chart");
      }
      if ((counts || proportions) && sum < 0) {
        throw new IllegalArgumentException(
            "y"
                + at(subgroups, i)
                + " ("
                + Checks.format(sum)
                + ") must be >= 0 for a "
                + type
                + " chart");
      }
      if ((type == ChartType.C || type == ChartType.U) && sum != Math.rint(sum)) {
        throw new IllegalArgumentException(
            "y"
                + at(subgroups, i)
                + " ("
                + Checks.format(sum)
                + ") must be a whole count for a "
                + type
                + " chart");
      }
      if (proportions && sum > n) {
        throw new IllegalArgumentException(
            "y"
                + at(subgroups, i)
                + " ("
                + Checks.format(sum)
                + ") must be <= n ("
                + Checks.format(n)
                + ") for a "
                + type
                + " chart: a proportion's numerator cannot exceed its denominator");
      }
    }
  }

  /** Whether every subgroup has at most one value. */
  private static boolean allSingle(Series subgroups) {
    for (int i = 0; i < subgroups.size(); i++) {
      if (subgroups.count(i) > 1) {
        return false;
      }
    }
    return true;
  }

  /** Where a subgroup is, for a message: built only when a check fails. */
  private static String at(Series subgroups, int i) {
    return " at x " + subgroups.x(i).text();
  }
}
