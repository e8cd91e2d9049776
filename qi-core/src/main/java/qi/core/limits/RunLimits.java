package qi.core.limits;

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
    return Basis.centred(part.value(), cl, Double.NaN);
  }
}
