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
    return mean(values, 0, values.length);
  }

  /** As {@link #mean(double[])}, over {@code values[from]} … {@code values[to - 1]} only. */
  public static double mean(double[] values, int from, int to) {
    return meanUpTo(values, from, to, Double.POSITIVE_INFINITY, true);
  }

  /**
   * As {@link #mean(double[])} over the values below {@code limit} only (missing values, and every
   * value when the limit is NaN, are never below it).
   */
  public static double meanBelow(double[] values, double limit) {
    return meanUpTo(values, 0, values.length, limit, false);
  }

  /** The refined mean of the values below {@code limit}, or equal to it too if asked; NaN never. */
  private static double meanUpTo(double[] values, int from, int to, double limit, boolean orEqual) {
    double sum = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (v < limit || orEqual && v == limit) {
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
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (v < limit || orEqual && v == limit) {
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

  /**
   * Median of the non-missing values (the mean of the two middle values for an even count).
   *
   * <h2>Performance</h2>
   *
   * O(n): up to {@value #SORT_BELOW} values are sorted; above, the middle values are found by
   * selection (quickselect with median-of-three pivots), which falls back to sorting the remaining
   * range if it has not converged after 2·log₂ n rounds, so the worst case is O(n log n).
   */
  public static double median(double[] values) {
    double[] present = present(values);
    int n = present.length;
    if (n == 0) {
      return Double.NaN;
    }
    int middle = n / 2;
    if (n < SORT_BELOW) {
      Arrays.sort(present);
      return n % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }
    double upper = select(present, middle);
    if (n % 2 == 1) {
      return upper;
    }
    // After selecting, every value left of the middle is <= upper: the lower middle is their max.
    double lower = present[0];
    for (int i = 1; i < middle; i++) {
      lower = Math.max(lower, present[i]);
    }
    return (lower + upper) / 2;
  }

  /** Below this many values the median sorts them. */
  static final int SORT_BELOW = 64;

  /**
   * The k-th smallest (0-based) of {@code a}, rearranging {@code a} so that every value before
   * index k is &lt;= it and every value after is &gt;= it.
   */
  static double select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    int rounds = 2 * (32 - Integer.numberOfLeadingZeros(a.length)) + 2;
    while (hi > lo) {
      if (rounds-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      // median of three to a[mid], then partition around it (Hoare)
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /**
   * Sample standard deviation (denominator n − 1) of the non-missing values; NaN for fewer than 2.
   */
  public static double sd(double[] values) {
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        count++;
      }
    }
    if (count < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    return Math.sqrt(squares / (count - 1));
  }

  /**
   * The values where {@code mask} is true, in order: the array itself when the mask selects all
   * (callers only read the result).
   */
  public static double[] select(double[] values, boolean[] mask) {
    int count = 0;
    for (boolean m : mask) {
      if (m) {
        count++;
      }
    }
    if (count == values.length) {
      return values;
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
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        count++;
      }
    }
    if (count == values.length) {
      return values.clone();
    }
    double[] present = new double[count];
    int j = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        present[j++] = v;
      }
    }
    return present;
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

  /** max − min of the non-missing values (the subgroup range R); NaN when there are none. */
  public static double range(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return min > max ? Double.NaN : max - min;
  }
}
