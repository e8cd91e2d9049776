package qi.core.limits;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/** Moving ranges and their screened average, shared by the I, T, P′ and U′ charts. */
final class MovingRanges {
  private MovingRanges() {}

  /** |vᵢ − vᵢ₋₁| for i ≥ 1; NaN where either value is missing. */
  static double[] of(double[] values) {
    double[] ranges = new double[Math.max(values.length - 1, 0)];
    for (int i = 1; i < values.length; i++) {
      ranges[i - 1] = Math.abs(values[i] - values[i - 1]);
    }
    return ranges;
  }

  /**
   * The average moving range of {@code values}, screened (Nelson 1982) when asked: ranges at or
   * above 3.267·AMR are dropped and AMR recomputed. With every range 0, screening keeps none and
   * the result is NaN, as in qicharts2.
   */
  static double average(double[] values, boolean screen) {
    return screenedMean(of(values), screen, SpcConstants.D4);
  }

  /** The mean of {@code values}, recomputed without those at or above factor·mean if asked. */
  static double screenedMean(double[] values, boolean screen, double factor) {
    double mean = Stats.mean(values);
    if (!screen) {
      return mean;
    }
    return Stats.meanBelow(values, factor * mean);
  }

  /** σ̂ = AMR / d₂ from the moving ranges of {@code values}. */
  static double sigma(double[] values, boolean screen) {
    return average(values, screen) / SpcConstants.D2;
  }
}
