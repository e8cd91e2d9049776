package qi.core.series;

import java.util.List;

/**
 * One input row: an x value, a measured value y and, for ratios, a denominator n.
 *
 * <h2>Missing values</h2>
 *
 * A missing y or n is NaN. Infinities are rejected. A row whose y or n is missing counts as missing
 * for a ratio (both are dropped, as qicharts2 does with {@code complete.cases(y, n)}).
 *
 * @param x the x value (never null)
 * @param y the value, count or numerator; NaN when missing
 * @param n the denominator; NaN when missing or when the series has none
 * @param label the part label of the row ({@code --part-column}); null when not used
 */
public record Observation(XValue x, double y, double n, String label) {
  public Observation {
    if (x == null) {
      throw new IllegalArgumentException("x must not be null");
    }
    if (Double.isInfinite(y) || Double.isInfinite(n)) {
      throw new IllegalArgumentException(
          (Double.isInfinite(y) ? "y (" + y : "n (" + n)
              + ") at x "
              + x.text()
              + " must be finite; NaN marks a missing value");
    }
  }

  /** A value without a denominator or label. */
  public static Observation of(XValue x, double y) {
    return new Observation(x, y, Double.NaN, null);
  }

  /** A numerator with its denominator. */
  public static Observation ofRatio(XValue x, double y, double n) {
    return new Observation(x, y, n, null);
  }

  /**
   * Rows held as columns, without an object per row until one is read: what the readers return, so
   * that a million rows are a few arrays. Row i has x {@code xNumbers[i]} when x are numbers, else
   * {@code xValues[i]} (give exactly one of the two), y {@code ys[i]}, n {@code ns[i]} and label
   * {@code labels[i]}; a null y, n or label column means NaN (y, n) or null (label) for every row.
   * The first {@code size} entries of each column are copied, and each row is checked as the
   * constructor checks it. The list is unmodifiable and equal to any list of the same observations.
   *
   * @throws IllegalArgumentException if a column is shorter than {@code size}, or a row would be
   *     rejected by the constructor
   */
  public static List<Observation> columns(
      int size, double[] xNumbers, XValue[] xValues, double[] ys, double[] ns, String[] labels) {
    return ObservationColumns.copyOf(size, xNumbers, xValues, ys, ns, labels);
  }
}
