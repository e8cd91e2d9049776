package qi.core.limits;

/**
 * U chart: rate of events per unit of exposure (e.g. falls per 1,000 bed days); exposures may
 * differ.
 *
 * <p>Centre line: ū = Σyᵢ / Σnᵢ over the base points. Limits: ū ± k·√(ū/nᵢ), lower limits clipped
 * at 0.
 *
 * <p>Source: Montgomery, 6th ed., eq. 7.19. Reproduces qicharts2 0.8.1 {@code qic.u}; checked by
 * case u_varying_n_24pts.
 */
public final class ULimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = Ratios.centre(part);
    return new Basis(part.value(), cl, cl, Ratios.poissonSigma(part, cl));
  }

  @Override
  public double lowerBound() {
    return 0;
  }
}
