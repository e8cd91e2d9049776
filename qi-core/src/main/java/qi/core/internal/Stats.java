package qi.core.internal;

import java.util.Arrays;

/**
 * The summary statistics the chart types need, each skipping missing values (NaN) as R's {@code
 * na.rm = TRUE} does. An empty selection gives NaN.
 */
public final class Stats {
  private Stats() {}

  /**
   * Mean of the non-missing values, bit for bit as R's {@code mean(x, na.rm = TRUE)} on x86-64: the
   * values summed in 80-bit extended precision ({@link LongDouble}), the sum divided by n, a second
   * pass adding mean(xᵢ − mean) in the same precision, and only then rounded to double. A sum
   * rounded at 53 bits, or even the exactly rounded mean, can land one ulp away from R's.
   *
   * <p>Non-finite values: a mean with an infinite value is ±∞ or NaN (+∞ and −∞ together), as in R.
   * A sum beyond the double range is averaged as Σ(xᵢ/n) instead, as R does.
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

  /** R's mean of the values below {@code limit}, or equal to it too if asked; NaN never. */
  private static double meanUpTo(double[] values, int from, int to, double limit, boolean orEqual) {
    LongDouble sum = new LongDouble();
    int count = sum.addAll(values, from, to, limit, orEqual, null);
    if (count < 0) {
      // an infinite value: the mean is ±∞, or NaN with +∞ and −∞ (their plain sum), as in R
      double infinities = 0;
      for (int i = from; i < to; i++) {
        double v = values[i];
        if ((v < limit || orEqual && v == limit) && Double.isInfinite(v)) {
          infinities += v;
        }
      }
      return infinities;
    }
    if (count == 0) {
      return Double.NaN;
    }
    LongDouble mean = sum;
    if (Double.isFinite(sum.toDouble())) {
      mean.divide(count);
    } else {
      // the sum overflowed the double range: R averages the terms xᵢ/n instead
      mean = new LongDouble();
      for (int i = from; i < to; i++) {
        double v = values[i];
        if (v < limit || orEqual && v == limit) {
          mean.add(v / count);
        }
      }
      if (!Double.isFinite(mean.toDouble())) {
        return mean.toDouble();
      }
    }
    LongDouble correction = new LongDouble();
    correction.addAll(values, from, to, limit, orEqual, mean);
    return mean.add(correction.divide(count)).toDouble();
  }

  /**
   * Sum of the non-missing values, as R's {@code sum(x, na.rm = TRUE)}: accumulated in 80-bit
   * extended precision, then rounded to double; 0 when there are none.
   */
  public static double sum(double[] values) {
    LongDouble sum = new LongDouble();
    double infinite = 0;
    for (double v : values) {
      if (Double.isInfinite(v)) {
        infinite += v;
      } else if (!Double.isNaN(v)) {
        sum.add(v);
      }
    }
    return infinite != 0 || Double.isNaN(infinite) ? infinite : sum.toDouble();
  }

  /** aᵢ·bᵢ for every i, as R's {@code a * b} of two vectors of the same length. */
  public static double[] products(double[] a, double[] b) {
    double[] products = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      products[i] = a[i] * b[i];
    }
    return products;
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
      return n % 2 == 1 ? present[middle] : meanOfTwo(present[middle - 1], present[middle]);
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
    return meanOfTwo(lower, upper);
  }

  /** R's {@code median()} takes the two middle values' {@code mean()}, in extended precision. */
  private static double meanOfTwo(double a, double b) {
    return mean(new double[] {a, b});
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
   * As R's {@code sd(x, na.rm = TRUE)}: the mean as {@link #mean(double[])}, the squared deviations
   * from it formed and summed in 80-bit extended precision, divided by n − 1, rounded to double,
   * then the square root.
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
    if (!Double.isFinite(mean)) {
      return Double.NaN;
    }
    LongDouble centre = new LongDouble().set(mean);
    LongDouble squares = new LongDouble();
    LongDouble deviation = new LongDouble();
    LongDouble square = new LongDouble();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        deviation.setDifference(v, centre);
        squares.add(square.set(deviation).multiply(deviation));
      }
    }
    return Math.sqrt(squares.divide(count - 1).toDouble());
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
