package qi.core.rules;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Too few or too many runs: the number of runs about the centre line (crossings + 1, points on the
 * centre line skipped) outside the limits for the number of useful observations n. Every useful
 * point of the part is flagged, without a side.
 *
 * <p>The limits are those of the Swed–Eisenhart runs test with about 5% risk (2.5% in each tail)
 * for n/2 points on each side, computed exactly here for 10 ≤ n ≤ 60, the range of the table in
 * Provost and Murray, The Health Care Data Guide (2011), ch. 3 (Perla, Provost and Murray 2011, BMJ
 * Qual Saf 20: 46–51). Outside that range the rule does not apply. Source of the distribution: Swed
 * and Eisenhart (1943), Ann. Math. Stat. 14(1): 66–87.
 */
public record IhiRuns() implements Rule {
  private static final int FIRST = 10;
  private static final int LAST = 60;

  /**
   * The limits for each n from {@link #FIRST} to {@link #LAST}, computed when the rule first runs:
   * not at start-up of every program that names a rule set (the command line lists them all).
   */
  private static final class Limits {
    static final int[][] TABLE = limits();
  }

  @Override
  public String id() {
    return "ihi_runs";
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return "too few or too many runs";
  }

  /** The fewest and the most runs that do not signal for {@code useful} observations. */
  public static int[] runsRange(int useful) {
    if (useful < FIRST || useful > LAST) {
      throw new IllegalArgumentException(
          "useful (" + useful + ") must be between " + FIRST + " and " + LAST);
    }
    return Limits.TABLE[useful - FIRST].clone();
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] flags = new int[part.size()];
    int[] useful = part.usefulSequence();
    if (useful.length < FIRST || useful.length > LAST) {
      return flags;
    }
    int runs = 1;
    for (int k = 1; k < useful.length; k++) {
      if (part.side(useful[k]) != part.side(useful[k - 1])) {
        runs++;
      }
    }
    int[] range = Limits.TABLE[useful.length - FIRST];
    if (runs < range[0] || runs > range[1]) {
      for (int i : useful) {
        flags[i] = Rules.UNSIDED;
      }
    }
    return flags;
  }

  private static int[][] limits() {
    int[][] limits = new int[LAST - FIRST + 1][];
    for (int n = FIRST; n <= LAST; n++) {
      int below = n / 2;
      int above = n - below;
      double total = CombinatoricsUtils.binomialCoefficientDouble(n, below);
      double[] p = new double[n + 1];
      for (int r = 2; r <= n; r++) {
        p[r] = ways(below, above, r) / total;
      }
      int lower = 2;
      double cumulative = p[2];
      while (cumulative <= 0.025) {
        cumulative += p[++lower];
      }
      int upper = n;
      cumulative = p[n];
      while (cumulative <= 0.025) {
        cumulative += p[--upper];
      }
      limits[n - FIRST] = new int[] {lower, upper};
    }
    return limits;
  }

  /** The number of arrangements of a and b points with exactly r runs (Swed and Eisenhart 1943). */
  private static double ways(int a, int b, int r) {
    int k = r / 2;
    if (r % 2 == 0) {
      return 2 * choose(a - 1, k - 1) * choose(b - 1, k - 1);
    }
    return choose(a - 1, k) * choose(b - 1, k - 1) + choose(a - 1, k - 1) * choose(b - 1, k);
  }

  private static double choose(int n, int k) {
    return k < 0 || k > n ? 0 : CombinatoricsUtils.binomialCoefficientDouble(n, k);
  }
}
