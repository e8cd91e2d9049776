package qi.core.series;

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
}
