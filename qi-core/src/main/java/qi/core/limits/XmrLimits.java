package qi.core.limits;

import java.util.concurrent.ForkJoinTask;
import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * NHS "Making Data Count" XmR chart: an individuals chart with the NHS constants.
 *
 * <p>Centre line: mean of the base points. AMR: the mean moving range |xᵢ − xᵢ₋₁| of consecutive
 * base points, screened by default (ranges ≥ 3.267·AMR dropped, AMR recomputed). Process limits:
 * mean ± 2.66·AMR (the literal 2.66 ≈ 3/1.128); the near-limit band ("2σ") at mean ±
 * (2/3)·2.66·AMR.
 *
 * <p>Source: NHS England, Making Data Count (2019); reproduces NHSRplotthedots 0.2.2 {@code
 * ptd_spc_standard}; checked by the ptd_* cases.
 */
public final class XmrLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double[] base = part.atBase(part.value());
    boolean screen = part.screenMovingRanges();
    if (part.hasGivenCl() || !MovingRanges.onBothCores(base.length)) {
      double mean = part.centre(() -> Stats.mean(base));
      return centred(part, mean, MovingRanges.average(base, screen));
    }
    // the mean and the average moving range do not wait for each other: two cores
    ForkJoinTask<Double> amr = ForkJoinTask.adapt(() -> MovingRanges.average(base, screen)).fork();
    double mean = Stats.mean(base);
    return centred(part, mean, amr.join());
  }

  private static Basis centred(PartData part, double mean, double amr) {
    return Basis.centred(part.value(), mean, SpcConstants.XMR_LIMIT * amr / 3);
  }
}
