package qi.core.rules;

import java.util.Locale;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * How the runs analysis decides whether its longest run and number of crossings signal a shift.
 *
 * <ul>
 *   <li>{@link #ANHOEJ}: signal when the longest run &gt; round(log₂ n) + 3 (Schilling 2012) or the
 *       crossings &lt; qbinom(0.05, n − 1, 0.5) (Chen 2010), n the useful observations. Anhøj and
 *       Olesen (2014), PLoS ONE 9(11): e113825.
 *   <li>{@link #BESTBOX}: the "best box" of Anhøj and Wentzel-Larsen (2018), PLoS ONE 13(11):
 *       e0207658: no signal iff crossings ≥ cb(n) and longest run ≤ lb(n), from a table for 10 ≤ n
 *       ≤ 100.
 *   <li>{@link #CUTBOX}: the best box with its corners cut, from the same paper and table.
 * </ul>
 *
 * Outside 10 ≤ n ≤ 100, best box and cut box fall back to {@link #ANHOEJ}, as in qicharts2.
 */
public enum RunsMethod {
  ANHOEJ,
  BESTBOX,
  CUTBOX;

  /** The longest run above which the Anhøj rule signals: round(log₂ n) + 3 (Schilling 2012). */
  public static int longestRunMax(int useful) {
    return (int) Math.rint(Math.log(useful) / Math.log(2)) + 3;
  }

  /**
   * The fewest crossings below which the Anhøj rule signals: the 5th percentile of Binomial(n − 1,
   * 0.5), R's {@code qbinom(0.05, n - 1, 0.5)} (Chen 2010).
   */
  public static int crossingsMin(int useful) {
    if (useful >= 0 && useful < SmallParts.CROSSINGS_MIN.length) {
      return SmallParts.CROSSINGS_MIN[useful];
    }
    return qbinom05(useful);
  }

  private static int qbinom05(int useful) {
    return new BinomialDistribution(null, Math.max(useful - 1, 0), 0.5)
        .inverseCumulativeProbability(0.05);
  }

  /**
   * {@link #crossingsMin} for 0 … 100 useful observations, computed once on first use by the same
   * function: a dashboard analyzes thousands of short parts, and each inverse binomial costs
   * microseconds.
   */
  private static final class SmallParts {
    static final int[] CROSSINGS_MIN = new int[101];

    static {
      for (int n = 0; n < CROSSINGS_MIN.length; n++) {
        CROSSINGS_MIN[n] = qbinom05(n);
      }
    }
  }

  /** Whether runs of this shape signal a shift; {@code useful} must be ≥ 1. */
  public boolean signals(int useful, int crossings, int longestRun) {
    if (this == ANHOEJ || !RunsBoxes.covers(useful)) {
      return longestRun > longestRunMax(useful) || crossings < crossingsMin(useful);
    }
    return this == BESTBOX
        ? RunsBoxes.bestBoxSignals(useful, crossings, longestRun)
        : RunsBoxes.cutBoxSignals(useful, crossings, longestRun);
  }

  /** The name used in the CLI: {@code anhoej}, {@code bestbox}, {@code cutbox}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
