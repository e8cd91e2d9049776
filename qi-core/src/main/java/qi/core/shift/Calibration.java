package qi.core.shift;

import java.util.function.IntFunction;

/**
 * The calibration points of a CUSUM or EWMA chart, from which σ is estimated: per point its value
 * (an individual value or a subgroup mean), its size (non-missing values), and for subgroups their
 * standard deviation and range (NaN for a single value). Arrays are read, never written.
 *
 * @param values the individual values or subgroup means
 * @param sizes the number of values of each point
 * @param sds the sample standard deviation of each subgroup; NaN for one value
 * @param ranges the range (max − min) of each subgroup; 0 or NaN for one value
 * @param x the x text of point i (0-based), for messages
 */
public record Calibration(
    double[] values, double[] sizes, double[] sds, double[] ranges, IntFunction<String> x) {

  /** The number of calibration points. */
  public int size() {
    return values.length;
  }

  /** Whether every point is a single value (qcc's {@code xbar.one}). */
  public boolean individuals() {
    for (double n : sizes) {
      if (n != 1) {
        return false;
      }
    }
    return true;
  }

  /** The size of the largest subgroup. */
  public double largest() {
    double largest = 0;
    for (double n : sizes) {
      largest = Math.max(largest, n);
    }
    return largest;
  }
}
