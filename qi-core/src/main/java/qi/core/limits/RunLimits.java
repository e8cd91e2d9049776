package qi.core.limits;

import java.util.Arrays;
import qi.core.internal.Stats;

/**
 * Run chart: the values against their median, with no control limits.
 *
 * <p>Centre line: median(yᵢ) over the base points of the part. Limits: none (NaN).
 *
 * <h2>Missing values</h2>
 *
 * Missing values are skipped for the median and stay gaps in the series.
 *
 * <p>Source: Anhøj and Olesen (2014), PLoS ONE 9(11): e113825. Reproduces qicharts2 0.8.1 {@code
 * qic.run}; checked by cases run_random_24pts, run_median_ties_15pts, run_shift_freeze12_24pts.
 */
public final class RunLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double cl = part.centre(() -> Stats.median(part.atBase(part.value())));
    double[] undefined = new double[part.size()];
    Arrays.fill(undefined, Double.NaN);
    return new Basis(part.value(), cl, cl, undefined);
  }

  /** No limits: one array of NaN serves as all four, since nothing writes a part's limits. */
  @Override
  public PartLimits limits(PartData part) {
    Basis basis = basis(part);
    double[] undefined = basis.sigma();
    return new PartLimits(basis.y(), basis.cl(), undefined, undefined, undefined, undefined);
  }
}
