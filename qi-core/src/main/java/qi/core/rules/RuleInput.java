package qi.core.rules;

/**
 * One part of an analyzed chart, as the rules see it: plotted values, centre line and limits per
 * point (NaN where undefined), which points are included, and the part's runs analysis.
 *
 * <p>Zones for the Western Electric and Nelson rules: beyond 3σ is outside [lcl, ucl]; beyond 2σ is
 * outside [lwl, uwl]; beyond 1σ is outside cl ± half the distance to the warning limits.
 *
 * @param y plotted values
 * @param cl centre line per point
 * @param lcl lower control limit (3σ) per point
 * @param ucl upper control limit (3σ) per point
 * @param lwl lower warning limit (2σ) per point
 * @param uwl upper warning limit (2σ) per point
 * @param included whether each point takes part in the sequence rules
 * @param runs the part's runs analysis
 * @param runsMethod the method that decided the part's runs signal
 */
public record RuleInput(
    double[] y,
    double[] cl,
    double[] lcl,
    double[] ucl,
    double[] lwl,
    double[] uwl,
    boolean[] included,
    RunsFigures runs,
    RunsMethod runsMethod) {

  public int size() {
    return y.length;
  }

  /** sign(yᵢ − clᵢ): +1 above, −1 below, 0 on the centre line or missing. */
  public int side(int i) {
    // a cast takes NaN (a missing value) to 0; signum needs no branch that random data mispredicts
    return (int) Math.signum(y[i] - cl[i]);
  }

  /** +1 when yᵢ is beyond {@code sigmas} σ above the centre, −1 below, else 0 (k = 1, 2 or 3). */
  public int beyond(int i, int sigmas) {
    double upper;
    double lower;
    switch (sigmas) {
      case 3 -> {
        upper = ucl[i];
        lower = lcl[i];
      }
      case 2 -> {
        upper = uwl[i];
        lower = lwl[i];
      }
      default -> {
        upper = cl[i] + (uwl[i] - cl[i]) / 2;
        lower = cl[i] - (cl[i] - lwl[i]) / 2;
      }
    }
    if (y[i] > upper) {
      return 1;
    }
    return y[i] < lower ? -1 : 0;
  }

  /**
   * The 0-based positions of the included points with a value off the centre line, in order: the
   * useful observations of the runs analysis.
   */
  public int[] usefulSequence() {
    int[] positions = new int[y.length];
    int count = 0;
    for (int i = 0; i < y.length; i++) {
      // a missing value is on neither side
      if (included[i] && side(i) != 0) {
        positions[count++] = i;
      }
    }
    return count == positions.length ? positions : java.util.Arrays.copyOf(positions, count);
  }

  /**
   * The 0-based positions of the included points with a value, in order: the sequence on which
   * run-like rules look for patterns. Excluded and missing points neither break nor extend a
   * pattern.
   */
  public int[] sequence() {
    return sequence(false);
  }

  /**
   * The 0-based positions of the included points, in order, missing ones too ({@code keepMissing}):
   * a rule that looks along it finds a missing value (NaN, on neither side) in the middle of a
   * pattern, which breaks it, as NHSRplotthedots' rules do. Without {@code keepMissing}, {@link
   * #sequence()}.
   */
  public int[] sequence(boolean keepMissing) {
    int[] positions = new int[y.length];
    int count = 0;
    for (int i = 0; i < y.length; i++) {
      if (included[i] && (keepMissing || !Double.isNaN(y[i]))) {
        positions[count++] = i;
      }
    }
    return count == positions.length ? positions : java.util.Arrays.copyOf(positions, count);
  }
}
