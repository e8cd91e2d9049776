package qi.core.limits;

/**
 * P chart: proportion of units with the attribute; subgroup sizes may differ.
 *
 * <p>Centre line over the base points: p̄ = Σyᵢ / Σnᵢ. Limits: p̄ ± k·√(p̄(1 − p̄)/nᵢ), k = 3
 * (control) and 2 (warning), clipped to [0, 1].
 *
 * <h2>Missing values</h2>
 *
 * A subgroup with missing y or n has a NaN value and NaN limits.
 *
 * <p>Source: Montgomery, Introduction to Statistical Quality Control, 6th ed., ch. 7. Reproduces
 * qicharts2 0.8.1 {@code qic.p}; checked by cases p_varying_n_24pts, p_missing_24pts,
 * p_small_n_clipped_20pts.
 */
public final class PLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = Ratios.centre(part);
    return new Basis(part.value(), cl, cl, Ratios.binomialSigma(part, cl));
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  @Override
  public double upperBound() {
    return 1;
  }
}
