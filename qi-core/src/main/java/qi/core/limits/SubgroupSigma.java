package qi.core.limits;

import qi.core.internal.Stats;

/** The within-subgroup standard deviation shared by the Xbar and S charts. */
final class SubgroupSigma {
  private SubgroupSigma() {}

  /**
   * s̄ = mean(sᵢ) over the base points when every subgroup of the part has the same size
   * (Montgomery eq. 6.29), else the pooled √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)) (Montgomery eq. 6.31). As in
   * qicharts2, "same size" looks at every subgroup of the part, and a subgroup of one value adds
   * nothing to the numerator and 0 to the denominator.
   */
  static double estimate(PartData part) {
    double[] count = part.count();
    boolean equalSizes = true;
    for (int i = 1; i < count.length; i++) {
      equalSizes &= Double.compare(count[i], count[0]) == 0;
    }
    if (equalSizes) {
      return Stats.mean(part.atBase(part.sd()));
    }
    // R: sum((n - 1) * sd^2, na.rm = TRUE) / sum(n - 1, na.rm = TRUE), where sd^2 is sd * sd
    double[] degrees = new double[count.length];
    double[] squares = new double[count.length];
    for (int i = 0; i < count.length; i++) {
      degrees[i] = count[i] - 1;
      squares[i] = degrees[i] * (part.sd()[i] * part.sd()[i]);
    }
    return Math.sqrt(Stats.sum(part.atBase(squares)) / Stats.sum(part.atBase(degrees)));
  }
}
