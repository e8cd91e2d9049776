package qi.core.internal;

import java.util.Arrays;

/**
 * The summary statistics the chart types need, each skipping missing values (NaN) as R's {@code
 * na.rm = TRUE} does. An empty selection gives NaN.
 */
public final class Stats {
  private Stats() {}

  /**
   * Mean of the non-missing values, refined by a second pass as R's {@code mean()} does, so that
   * the result is the correctly rounded mean in all but pathological cases.
   */
  public static double mean(double[] values) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    double mean = sum / count;
    if (!Double.isFinite(mean)) {
      return mean;
    }
    double correction = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        correction += v - mean;
      }
    }
    return mean + correction / count;
  }

  /** Sum of the non-missing values; 0 when there are none. */
  public static double sum(double[] values) {
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
      }
    }
    return sum;
  }

  /** Median of the non-missing values (the mean of the two middle values for an even count). */
  public static double median(double[] values) {
    double[] present = present(values);
    if (present.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(present);
    int middle = present.length / 2;
    return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
  }

  /**
   * Sample standard deviation (denominator n − 1) of the non-missing values; NaN for fewer than 2.
   */
  public static double sd(double[] values) {
    double[] present = present(values);
    if (present.length < 2) {
      return Double.NaN;
    }
    double mean = mean(present);
    double squares = 0;
    for (double v : present) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (present.length - 1));
  }

  /** The values where {@code mask} is true, in order. */
  public static double[] select(double[] values, boolean[] mask) {
    int count = 0;
    for (boolean m : mask) {
      if (m) {
        count++;
      }
    }
    double[] selected = new double[count];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      if (mask[i]) {
        selected[j++] = values[i];
      }
    }
    return selected;
  }

  private static double[] present(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** The smallest non-missing value; NaN when there is none. */
  public static double minimum(double[] values) {
    double min = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && !(v >= min)) {
        min = v;
      }
    }
    return min;
  }
}
