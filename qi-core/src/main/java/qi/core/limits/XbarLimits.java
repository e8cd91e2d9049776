package qi.core.limits;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * Xbar chart: subgroup means, from long input (one row per measurement, x = subgroup).
 *
 * <p>Centre line: x̿ = Σnᵢx̄ᵢ / Σnᵢ over the base subgroups (Montgomery eq. 6.30). σ̂ from {@code
 * SubgroupSigma}: s̄ for equal subgroup sizes, the pooled standard deviation otherwise. Limits: x̿
 * ± A₃(nᵢ)·s = x̿ ± k·s / (c₄(nᵢ)·√nᵢ), k = 3 and 2. Subgroups of one value have no limits.
 *
 * <p>Source: Montgomery, Introduction to Statistical Quality Control, 6th ed., eqs. 6.29–6.31.
 * Reproduces qicharts2 0.8.1 {@code qic.xbar}; checked by cases xbar_const_n5_25sg,
 * xbar_var_n_25sg.
 */
public final class XbarLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl =
        part.centre(
            () ->
                Stats.sum(part.atBase(Stats.products(part.count(), part.mean())))
                    / Stats.sum(part.atBase(part.count())));
    double s = SubgroupSigma.estimate(part);
    double[] sigma = new double[part.size()];
    for (int i = 0; i < sigma.length; i++) {
      double n = part.count()[i];
      sigma[i] = s / (SpcConstants.c4(n) * Math.sqrt(n));
    }
    return new Basis(part.value(), cl, cl, sigma);
  }
}
