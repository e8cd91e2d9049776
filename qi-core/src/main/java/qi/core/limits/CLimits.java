package qi.core.limits;

import qi.core.internal.Stats;

/**
 * C chart: counts of events in equal areas of opportunity.
 *
 * <p>Plotted: the subgroup's count Σy. Centre line c̄ = mean count over the base points. Limits: c̄
 * ± k·√c̄, lower limits clipped at 0.
 *
 * <p>Source: Montgomery, 6th ed., eq. 7.17. Reproduces qicharts2 0.8.1 {@code qic.c}; checked by
 * cases c_pois12_24pts, c_low_mean_lcl0_24pts.
 */
public final class CLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = part.centre(() -> Stats.mean(part.atBase(part.sum())));
    return Basis.centred(part.sum(), cl, Math.sqrt(cl));
  }

  @Override
  public double lowerBound() {
    return 0;
  }
}
