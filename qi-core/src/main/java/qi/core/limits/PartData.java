package qi.core.limits;

import java.util.function.DoubleSupplier;
import qi.core.internal.Stats;

/**
 * The subgroups of one part, as columns, with the mask of points that centre line and limits are
 * computed from ({@code base}: baseline and included, qicharts2's {@code baseline & include}).
 * Arrays are shared, not copied: a {@link Limits} reads them and never writes.
 *
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
public record PartData(
    double[] value,
    double[] n,
    double[] sum,
    double[] count,
    double[] mean,
    double[] sd,
    boolean[] base,
    double givenCl,
    boolean screenMovingRanges) {

  public int size() {
    return value.length;
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
}
