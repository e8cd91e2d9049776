package qi.core.runs;

import java.util.OptionalInt;
import qi.core.rules.RunsFigures;
import qi.core.rules.RunsMethod;

/**
 * The Anhøj runs rules: unusually long runs or unusually few crossings of the centre line signal a
 * persistent shift.
 *
 * <p>Over the included points of a part, each point's side is sign(yᵢ − cl). Missing values and
 * points exactly on the centre line are dropped (they neither break nor extend a run); the rest are
 * the n useful observations. A run is a sequence of useful points on one side; crossings = runs −
 * 1. Whether the figures signal is decided by the {@link RunsMethod}.
 *
 * <p>Source: Anhøj and Olesen (2014), Run charts revisited, PLoS ONE 9(11): e113825. Reproduces
 * qicharts2 0.8.1 {@code runs.analysis}; checked by cases run_random_24pts, run_shift_24pts,
 * run_median_ties_15pts, run_constant_10pts, run_method_bestbox_A_30pts, run_method_cutbox_B_30pts.
 */
public final class AnhoejRuns {
  private AnhoejRuns() {}

  /**
   * The runs figures of one part.
   *
   * @param y plotted values of the part
   * @param cl the centre line
   * @param included whether each point takes part in the analysis
   */
  public static RunsFigures analyze(double[] y, double cl, boolean[] included, RunsMethod method) {
    int observations = 0;
    int useful = 0;
    int runs = 0;
    int longest = 0;
    int current = 0;
    boolean previousAbove = false;
    for (int i = 0; i < y.length; i++) {
      if (!included[i]) {
        continue;
      }
      observations++;
      double difference = y[i] - cl;
      if (!(difference > 0 || difference < 0)) {
        continue; // missing (NaN) or on the centre line
      }
      boolean above = difference > 0;
      // written without branches on the side: random data would mispredict half of them
      boolean sameRun = useful > 0 && above == previousAbove;
      useful++;
      current = sameRun ? current + 1 : 1;
      runs += sameRun ? 0 : 1;
      longest = Math.max(longest, current);
      previousAbove = above;
    }
    if (useful == 0) {
      return new RunsFigures(
          observations,
          0,
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          false);
    }
    int crossings = runs - 1;
    return new RunsFigures(
        observations,
        useful,
        OptionalInt.of(longest),
        OptionalInt.of(RunsMethod.longestRunMax(useful)),
        OptionalInt.of(crossings),
        OptionalInt.of(RunsMethod.crossingsMin(useful)),
        method.signals(useful, crossings, longest));
  }
}
