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

  static int qbinom05(int useful) {
    return new BinomialDistribution(null, Math.max(useful - 1, 0), 0.5)
        .inverseCumulativeProbability(0.05);
  }

  /**
   * {@link #crossingsMin} for 0 … 100 useful observations, R 4.2.2's {@code qbinom(0.05, pmax(0:100
   * - 1, 0), 0.5)}: a dashboard analyzes thousands of short parts, and each inverse binomial costs
   * microseconds. A table, not computed on first use, which took milliseconds of every run's
   * start-up; {@code RunsMethodTest} checks it against the function.
   */
  private static final class SmallParts {
    static final int[] CROSSINGS_MIN = {
      0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 9, 9, 10, 10,
      11, 11, 11, 12, 12, 13, 13, 14, 14, 14, 15, 15, 16, 16, 17, 17, 17, 18, 18, 19, 19, 20, 20,
      21, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 29, 30, 30,
      31, 31, 32, 32, 33, 33, 34, 34, 34, 35, 35, 36, 36, 37, 37, 38, 38, 39, 39, 39, 40, 40, 41, 41
    };
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
