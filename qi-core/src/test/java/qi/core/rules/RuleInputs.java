package qi.core.rules;

import java.util.Arrays;
import qi.core.runs.AnhoejRuns;

/**
 * Tiny hand-made parts for rule tests: centre line 0 and σ = 1, so the 1σ, 2σ and 3σ boundaries are
 * ±1, ±2 and ±3 and a value reads as its distance from the centre line in σ.
 */
final class RuleInputs {
  private RuleInputs() {}

  static RuleInput zones(double... y) {
    return part(y, 3);
  }

  /** A run chart part: centre line 0, no limits. */
  static RuleInput runChart(double... y) {
    return part(y, Double.NaN);
  }

  private static RuleInput part(double[] y, double sigmas) {
    int n = y.length;
    boolean[] included = new boolean[n];
    Arrays.fill(included, true);
    return new RuleInput(
        y,
        filled(n, 0),
        filled(n, -sigmas),
        filled(n, sigmas),
        filled(n, -sigmas * 2 / 3),
        filled(n, sigmas * 2 / 3),
        included,
        AnhoejRuns.analyze(y, 0, included, RunsMethod.ANHOEJ),
        RunsMethod.ANHOEJ);
  }

  private static double[] filled(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }

  /** The 0-based positions a rule flags. */
  static int[] flagged(Rule rule, RuleInput part) {
    int[] flags = rule.flags(part);
    return java.util.stream.IntStream.range(0, flags.length).filter(i -> flags[i] != 0).toArray();
  }

  /** n copies of a value followed by more values. */
  static double[] repeat(int n, double value, double... then) {
    double[] values = new double[n + then.length];
    Arrays.fill(values, 0, n, value);
    System.arraycopy(then, 0, values, n, then.length);
    return values;
  }
}
