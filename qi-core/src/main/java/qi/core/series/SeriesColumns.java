package qi.core.series;

/**
 * The storage behind a {@link Series}: one primitive array per field of its subgroups, so that a
 * series of ten million points is a few arrays rather than ten million records, read through the
 * series' accessors; they are never written after construction.
 *
 * <p>A series whose subgroups all hold one row (the usual individuals data) stores its values once:
 * Σy and the mean are the value itself, the count is 1 (0 where it is missing) and the standard
 * deviation undefined, so those columns are derived when asked for rather than kept.
 */
final class SeriesColumns {
  private final double[] xNumbers;
  private final XValue[] xValues;
  private final double[] value;
  private final double[] n;
  private final double[] mean;
  private final double[] sum;
  private final double[] count;
  private final double[] sd;
  private final double[] range;
  private final String[] labels;
  private final boolean ratios;

  /**
   * @param xNumbers the x values when they are numbers, else null
   * @param xValues the x values when they are dates or date-times, else null
   * @param n Σn per subgroup; null without a denominator
   * @param sum Σy per subgroup; null when every subgroup has one row (then Σy is the mean)
   * @param count non-missing values per subgroup; null when every subgroup has one row
   * @param sd standard deviation per subgroup; null when every subgroup has one row (undefined)
   * @param range max − min per subgroup; null when every subgroup has one row (then 0)
   * @param labels part label per subgroup; null when labels are not used
   */
  SeriesColumns(
      double[] xNumbers,
      XValue[] xValues,
      double[] value,
      double[] n,
      double[] mean,
      double[] sum,
      double[] count,
      double[] sd,
      double[] range,
      String[] labels,
      boolean ratios) {
    this.xNumbers = xNumbers;
    this.xValues = xValues;
    this.value = value;
    this.n = n;
    this.mean = mean;
    this.sum = sum;
    this.count = count;
    this.sd = sd;
    this.range = range;
    this.labels = labels;
    this.ratios = ratios;
  }

  int size() {
    return value.length;
  }

  boolean hasDenominator() {
    return ratios;
  }

  XValue x(int i) {
    return xNumbers != null ? XValue.of(xNumbers[i]) : xValues[i];
  }

  /** The value column itself: the engine shares it with the analysis instead of copying it. */
  double[] values() {
    return value;
  }

  double value(int i) {
    return value[i];
  }

  double n(int i) {
    return n == null ? Double.NaN : n[i];
  }

  double mean(int i) {
    return mean[i];
  }

  double sum(int i) {
    return sum == null ? mean[i] : sum[i];
  }

  double count(int i) {
    if (count != null) {
      return count[i];
    }
    return Double.isNaN(mean[i]) ? 0 : 1;
  }

  double sd(int i) {
    return sd == null ? Double.NaN : sd[i];
  }

  double range(int i) {
    if (range != null) {
      return range[i];
    }
    return Double.isNaN(mean[i]) ? Double.NaN : 0;
  }

  /** The part label of subgroup i; null when labels are not used. */
  String label(int i) {
    return labels == null ? null : labels[i];
  }
}
