package qi.core.limits;

import qi.core.internal.SpcConstants;

/**
 * S chart: subgroup standard deviations, from long input.
 *
 * <p>Centre line: s̄ = mean(sᵢ) for equal subgroup sizes, else the pooled √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)).
 * Limits: B₃(nᵢ)·s̄ and B₄(nᵢ)·s̄ with B₃ = max(0, 1 − k·c₅/c₄), B₄ = 1 + k·c₅/c₄, k = 3 and 2:
 * that is s̄ ± k·s̄·c₅(nᵢ)/c₄(nᵢ) clipped at 0.
 *
 * <p>Source: Montgomery, 6th ed., eqs. 6.27–6.31 and Appendix VI. Reproduces qicharts2 0.8.1 {@code
 * qic.s}; checked by cases s_const_n5_25sg, s_var_n_with_singletons_20sg.
 */
public final class SLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = part.centre(() -> SubgroupSigma.estimate(part));
    double[] sigma = new double[part.size()];
    for (int i = 0; i < sigma.length; i++) {
      double n = part.count()[i];
      sigma[i] = cl * SpcConstants.c5(n) / SpcConstants.c4(n);
    }
    return new Basis(part.sd(), cl, cl, sigma);
  }

  @Override
  public double lowerBound() {
    return 0;
  }
}
