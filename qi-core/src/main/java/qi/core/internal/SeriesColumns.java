package qi.core.internal;

import java.util.Arrays;
import java.util.function.Function;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The storage behind a {@link Series}: one primitive array per field of its subgroups, so that a
 * series of ten million points is a few arrays rather than ten million records. The engine reads
 * the arrays directly; they are never written after construction.
 *
 * <p>A series whose subgroups all hold one row (the usual individuals data) stores its values once:
 * Σy and the mean are the value itself, the count is 1 (0 where it is missing) and the standard
 * deviation undefined, so those columns are derived when asked for rather than kept.
 */
public final class SeriesColumns {
  private static Function<Series, SeriesColumns> access;

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
  public SeriesColumns(
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

  /**
   * Lets {@link Series}, whose fields are private to an exported package, hand its columns to the
   * engine: called once, from its static initialiser.
   */
  public static void grantAccess(Function<Series, SeriesColumns> columnsOfSeries) {
    access = columnsOfSeries;
  }

  public static SeriesColumns of(Series series) {
    return access.apply(series);
  }

  public int size() {
    return value.length;
  }

  public boolean hasDenominator() {
    return ratios;
  }

  public XValue x(int i) {
    return xNumbers != null ? XValue.of(xNumbers[i]) : xValues[i];
  }

  public String xText(int i) {
    return x(i).text();
  }

  public double value(int i) {
    return value[i];
  }

  public double n(int i) {
    return n == null ? Double.NaN : n[i];
  }

  public double mean(int i) {
    return mean[i];
  }

  public double sum(int i) {
    return sum == null ? mean[i] : sum[i];
  }

  public double count(int i) {
    if (count != null) {
      return count[i];
    }
    return Double.isNaN(mean[i]) ? 0 : 1;
  }

  public double sd(int i) {
    return sd == null ? Double.NaN : sd[i];
  }

  /** max − min of the values of subgroup i: 0 for one value, NaN for none. */
  public double range(int i) {
    if (range != null) {
      return range[i];
    }
    return Double.isNaN(mean[i]) ? Double.NaN : 0;
  }

  /** The part label of subgroup i; null when labels are not used. */
  public String label(int i) {
    return labels == null ? null : labels[i];
  }

  /** Whether every subgroup has at most one value. */
  public boolean allSingle() {
    if (count == null) {
      return true;
    }
    for (double c : count) {
      if (c > 1) {
        return false;
      }
    }
    return true;
  }

  /** Values of subgroups [from, to); the column itself when that is all of it. */
  public double[] values(int from, int to) {
    return slice(value, from, to);
  }

  public double[] means(int from, int to) {
    return slice(mean, from, to);
  }

  public double[] sums(int from, int to) {
    return sum == null ? means(from, to) : slice(sum, from, to);
  }

  public double[] denominators(int from, int to) {
    return n == null ? filled(from, to, Double.NaN) : slice(n, from, to);
  }

  public double[] counts(int from, int to) {
    if (count != null) {
      return slice(count, from, to);
    }
    double[] counts = new double[to - from];
    for (int i = from; i < to; i++) {
      counts[i - from] = Double.isNaN(mean[i]) ? 0 : 1;
    }
    return counts;
  }

  public double[] sds(int from, int to) {
    return sd == null ? filled(from, to, Double.NaN) : slice(sd, from, to);
  }

  private static double[] slice(double[] column, int from, int to) {
    return from == 0 && to == column.length ? column : Arrays.copyOfRange(column, from, to);
  }

  private static double[] filled(int from, int to, double fill) {
    double[] column = new double[to - from];
    Arrays.fill(column, fill);
    return column;
  }
}
