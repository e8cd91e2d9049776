package qi.core.limits;

import qi.core.internal.Stats;

/** Steps shared by the charts of ratios Σy/Σn: P, P′, U and U′. */
final class Ratios {
  private Ratios() {}

  /** The pooled ratio Σyᵢ / Σnᵢ over the base points, or the given centre line. */
  static double centre(PartData part) {
    return part.centre(() -> Stats.sum(part.atBase(part.sum())) / Stats.sum(part.atBase(part.n())));
  }

  /**
   * Laney's σz: the z-scores zᵢ = (yᵢ − cl) / σᵢ of the base points, σz = screened AMR(z) / 1.128.
   * It inflates (σz &gt; 1) or deflates the binomial or Poisson σᵢ when the data vary more or less
   * between subgroups than those models allow. Laney (2002), Qual. Eng. 14(4): 531–537.
   */
  static double sigmaZ(PartData part, double cl, double[] sigma) {
    double[] y = part.atBase(part.value());
    double[] s = part.atBase(sigma);
    double[] z = new double[y.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = (y[i] - cl) / s[i];
    }
    return MovingRanges.sigma(z, part.screenMovingRanges());
  }

  /** Every σᵢ times a factor. */
  static double[] scale(double[] sigma, double factor) {
    double[] scaled = new double[sigma.length];
    for (int i = 0; i < sigma.length; i++) {
      scaled[i] = sigma[i] * factor;
    }
    return scaled;
  }

  static double[] binomialSigma(PartData part, double cl) {
    double[] sigma = new double[part.size()];
    for (int i = 0; i < sigma.length; i++) {
      sigma[i] = Math.sqrt(cl * (1 - cl) / part.n()[i]);
    }
    return sigma;
  }

  static double[] poissonSigma(PartData part, double cl) {
    double[] sigma = new double[part.size()];
    for (int i = 0; i < sigma.length; i++) {
      sigma[i] = Math.sqrt(cl / part.n()[i]);
    }
    return sigma;
  }
}
