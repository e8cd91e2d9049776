package qi.core.limits;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * I′ chart: an individuals chart of proportions (or means) with varying subgroup sizes, the
 * individuals analogue of the P′ chart.
 *
 * <p>Centre line: Σ(pᵢnᵢ) / Σnᵢ over the base points. Scaled moving ranges over every point of the
 * part: sⱼ = √(π/2)·|pⱼ − pⱼ₋₁| / √(1/nⱼ₋₁ + 1/nⱼ), screened at 3.2665·mean(s) (qicharts2's
 * literal). σᵢ = mean(s)·√(1/nᵢ); limits cl ± k·σᵢ, not clipped. Without a denominator, nᵢ is the
 * number of values in the subgroup.
 *
 * <p>Source: Taylor (2018), "The I′ chart", and qicharts2 0.8.1 {@code qic.ip}, which this
 * reproduces; checked by case ip_varying_n_24pts.
 */
public final class IpLimits implements Limits {
  private static final double ROOT_HALF_PI = Math.sqrt(Math.PI / 2);

  @Override
  public Basis basis(PartData part) {
    double[] p = part.value();
    double[] n = denominators(part);
    double cl =
        part.centre(() -> Stats.sum(part.atBase(Stats.products(p, n))) / Stats.sum(part.atBase(n)));
    double[] s = new double[Math.max(p.length - 1, 0)];
    for (int j = 1; j < p.length; j++) {
      s[j - 1] = ROOT_HALF_PI * Math.abs(p[j] - p[j - 1]) / Math.sqrt(1 / n[j - 1] + 1 / n[j]);
    }
    double meanS = MovingRanges.screenedMean(s, part.screenMovingRanges(), SpcConstants.IP_SCREEN);
    double[] sigma = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      sigma[i] = meanS * Math.sqrt(1 / n[i]);
    }
    return new Basis(p, cl, cl, sigma);
  }

  private static double[] denominators(PartData part) {
    boolean none = java.util.Arrays.stream(part.n()).allMatch(Double::isNaN);
    return none ? part.count() : part.n();
  }
}
