package qi.core.limits;

/**
 * P′ chart (Laney): a P chart for large subgroups whose proportions vary more (or less) between
 * subgroups than the binomial model allows.
 *
 * <p>Centre line: p̄ = Σyᵢ / Σnᵢ. σᵢ = √(p̄(1 − p̄)/nᵢ)·σz, with σz the screened average moving
 * range of the z-scores (pᵢ − p̄)/√(p̄(1 − p̄)/nᵢ) divided by 1.128. Limits p̄ ± k·σᵢ, clipped to
 * [0, 1].
 *
 * <p>Source: Laney (2002), Improved control charts for attributes, Qual. Eng. 14(4): 531–537.
 * Reproduces qicharts2 0.8.1 {@code qic.pp}; checked by case pp_overdispersed_24pts.
 */
public final class PpLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = Ratios.centre(part);
    double[] sigma = Ratios.binomialSigma(part, cl);
    return new Basis(part.value(), cl, cl, Ratios.scale(sigma, Ratios.sigmaZ(part, cl, sigma)));
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
