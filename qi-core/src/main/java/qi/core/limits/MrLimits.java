package qi.core.limits;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * MR chart: the moving ranges of an I chart.
 *
 * <p>Plotted: MRᵢ = |xᵢ − xᵢ₋₁| over every point of the part (none for the first). Centre line: MR̄
 * = mean of the base points' MRᵢ, never screened. Limits: lower 0, upper D₄·MR̄ = 3.267·MR̄, and
 * the 2σ upper limit (3.267/3)·2·MR̄; these are 0 ± k·(D₄/3)·MR̄, clipped at 0.
 *
 * <p>The runs figures are computed on the moving ranges, but an MR chart never signals from runs
 * (successive moving ranges are not independent).
 *
 * <p>Source: Montgomery, 6th ed., section 6.4. Reproduces qicharts2 0.8.1 {@code qic.mr}; checked
 * by cases mr_outlier_24pts, mr_single_point_part_24pts.
 */
public final class MrLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double[] value = part.value();
    double[] ranges = new double[value.length];
    if (ranges.length > 0) {
      ranges[0] = Double.NaN;
    }
    for (int i = 1; i < value.length; i++) {
      ranges[i] = Math.abs(value[i] - value[i - 1]);
    }
    double cl = part.centre(() -> Stats.mean(part.atBase(ranges)));
    double[] sigma = new double[ranges.length];
    java.util.Arrays.fill(sigma, SpcConstants.D4 / 3 * cl);
    return new Basis(ranges, cl, 0, sigma);
  }

  @Override
  public double lowerBound() {
    return 0;
  }

  /**
   * As every chart, except that the lower limits are 0 even where the part has no moving range to
   * average (a part of one point): qicharts2 sets {@code lcl <- 0} whatever MR̄ is (case
   * mr_single_point_part_24pts).
   */
  @Override
  public PartLimits limits(PartData part) {
    PartLimits band = PartLimits.band(basis(part), lowerBound(), upperBound());
    java.util.Arrays.fill(band.lcl(), 0);
    java.util.Arrays.fill(band.lwl(), 0);
    return band;
  }
}
