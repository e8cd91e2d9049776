package qi.core.limits;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import qi.core.internal.Stats;

/**
 * The subgroups of one part, as columns, with the mask of points that centre line and limits are
 * computed from ({@code base}: baseline and included, qicharts2's {@code baseline & include}).
 * Arrays are shared, not copied: a {@link Limits} reads them and never writes.
 *
 * <p>Each column is read from the series the first time a chart asks for it, so that an I chart of
 * ten million individuals never builds the subgroup sizes and standard deviations it does not use.
 */
public final class PartData {
  private final Column value;
  private final Column n;
  private final Column sum;
  private final Column count;
  private final Column mean;
  private final Column sd;
  private final boolean[] base;
  private final double givenCl;
  private final boolean screenMovingRanges;

  /**
   * @param value each subgroup's value (aggregated y, or Σy/Σn); NaN when missing
   * @param n each subgroup's denominator Σn; NaN without one
   * @param sum each subgroup's Σy; NaN when missing
   * @param count each subgroup's number of non-missing values
   * @param mean each subgroup's mean value
   * @param sd each subgroup's sample standard deviation; NaN for fewer than two values
   * @param base whether each point counts for centre line and limits
   * @param givenCl a centre line given by the user ({@code cl}), or NaN to compute it
   * @param screenMovingRanges whether moving ranges ≥ 3.267·AMR are dropped before σ is estimated
   */
  public PartData(
      Supplier<double[]> value,
      Supplier<double[]> n,
      Supplier<double[]> sum,
      Supplier<double[]> count,
      Supplier<double[]> mean,
      Supplier<double[]> sd,
      boolean[] base,
      double givenCl,
      boolean screenMovingRanges) {
    this.value = new Column(value);
    this.n = new Column(n);
    this.sum = new Column(sum);
    this.count = new Column(count);
    this.mean = new Column(mean);
    this.sd = new Column(sd);
    this.base = base;
    this.givenCl = givenCl;
    this.screenMovingRanges = screenMovingRanges;
  }

  public int size() {
    return base.length;
  }

  /** Each subgroup's value (aggregated y, or Σy/Σn); NaN when missing. */
  public double[] value() {
    return value.get();
  }

  /** Each subgroup's denominator Σn; NaN without one. */
  public double[] n() {
    return n.get();
  }

  /** Each subgroup's Σy; NaN when missing. */
  public double[] sum() {
    return sum.get();
  }

  /** Each subgroup's number of non-missing values. */
  public double[] count() {
    return count.get();
  }

  /** Each subgroup's mean value. */
  public double[] mean() {
    return mean.get();
  }

  /** Each subgroup's sample standard deviation; NaN for fewer than two values. */
  public double[] sd() {
    return sd.get();
  }

  /** Whether each point counts for centre line and limits. */
  public boolean[] base() {
    return base;
  }

  /** A centre line given by the user ({@code cl}), or NaN to compute it. */
  public double givenCl() {
    return givenCl;
  }

  /** Whether moving ranges ≥ 3.267·AMR are dropped before σ is estimated. */
  public boolean screenMovingRanges() {
    return screenMovingRanges;
  }

  /** The entries of {@code column} at the base points, in order. */
  public double[] atBase(double[] column) {
    return Stats.select(column, base);
  }

  /** The given centre line if there is one, else the computed one. */
  public double centre(DoubleSupplier computed) {
    return Double.isNaN(givenCl) ? computed.getAsDouble() : givenCl;
  }

  /** Whether a centre line was given rather than computed. */
  public boolean hasGivenCl() {
    return !Double.isNaN(givenCl);
  }

  /** A column read once, when first asked for; a part is used by one thread. */
  private static final class Column {
    private Supplier<double[]> source;
    private double[] values;

    Column(Supplier<double[]> source) {
      this.source = source;
    }

    double[] get() {
      if (values == null) {
        values = source.get();
        source = null;
      }
      return values;
    }
  }
}
