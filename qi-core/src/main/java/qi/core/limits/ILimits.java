package qi.core.limits;

/**
 * I chart (individuals, the X of an XmR chart).
 *
 * <p>Centre line: x̄ = mean(xᵢ) over the base points. σ̂ = AMR / d₂ with d₂ = 1.128, AMR the mean
 * moving range |xᵢ − xᵢ₋₁| of consecutive base points (an excluded point is bridged, a missing one
 * is not), screened by default: ranges ≥ 3.267·AMR are dropped and AMR recomputed. Limits: x̄ ±
 * k·σ̂, k = 3 (control) and 2 (warning).
 *
 * <h2>Missing values</h2>
 *
 * A missing value breaks the two moving ranges beside it; both are left out of AMR. With constant
 * data every moving range is 0; screening then keeps none and the limits are undefined (NaN), as in
 * qicharts2 ({@code i_constant_10pts}).
 *
 * <p>Source: Montgomery, Introduction to Statistical Quality Control, 6th ed., eq. 6.33; screening:
 * Nelson (1982), J. Qual. Technol. 14(3). Reproduces qicharts2 0.8.1 {@code qic.i}; checked by
 * cases i_random_24pts, i_outlier_screened_24pts, i_outlier_excluded_24pts, i_missing_values_24pts.
 */
public final class ILimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double[] base = part.atBase(part.value());
    if (part.hasGivenCl()) {
      return Basis.centred(part.value(), part.givenCl(), sigma(base, part.givenCl(), part));
    }
    MovingRanges.Centred centred = MovingRanges.centred(base, part.screenMovingRanges());
    return Basis.centred(part.value(), centred.mean(), centred.sigma());
  }

  /** σ̂ from the moving ranges of the base values, taken about cl as qicharts2 does. */
  static double sigma(double[] baseValues, double cl, PartData part) {
    return MovingRanges.sigmaAbout(baseValues, cl, part.screenMovingRanges());
  }
}
