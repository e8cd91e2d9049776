package qi.core.limits;

/**
 * U′ chart (Laney): a U chart for large exposures whose rates vary more (or less) between subgroups
 * than the Poisson model allows.
 *
 * <p>Centre line ū = Σyᵢ / Σnᵢ; σᵢ = √(ū/nᵢ)·σz, σz from the screened moving ranges of the z-scores
 * (as the P′ chart). Limits ū ± k·σᵢ, lower limits clipped at 0.
 *
 * <p>Source: Laney (2002), Qual. Eng. 14(4): 531–537. Reproduces qicharts2 0.8.1 {@code qic.up};
 * checked by case up_overdispersed_24pts.
 */
public final class UpLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = Ratios.centre(part);
    double[] sigma = Ratios.poissonSigma(part, cl);
    return new Basis(part.value(), cl, cl, Ratios.scale(sigma, Ratios.sigmaZ(part, cl, sigma)));
  }

  @Override
  public double lowerBound() {
    return 0;
  }
}
