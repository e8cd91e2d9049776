package qi.core.funnel;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

/**
 * The few R 4.2 functions whose exact behaviour FunnelPlotR 0.5.0's numbers depend on: {@code
 * round(x, 2)}, {@code seq(from, to, length.out)}, {@code quantile(type = 7)}, {@code rank(ties =
 * "average")} and {@code qchisq}. Each reproduces R's arithmetic step by step (or, for the
 * chi-square quantile, R's answer to full double precision), so that limits and flags agree to
 * 1e-9.
 */
final class RNumerics {
  /** Newton steps on the log scale: the quantile converges in a handful, this is a safety net. */
  private static final int MAX_STEPS = 200;

  private RNumerics() {}

  /**
   * R's {@code round(x, digits)} for {@code digits >= 1} (R ≥ 4.0.0, {@code src/nmath/fround.c}):
   * the candidates ⌊x·10ᵈ⌋/10ᵈ and ⌈x·10ᵈ⌉/10ᵈ, the one nearer to x in double arithmetic, a tie
   * going to the even last digit. Not the decimal half-up rounding of {@code BigDecimal}: R gives
   * {@code round(0.15, 1) = 0.1} because the double 0.15 lies below 0.15.
   */
  static double round(double x, int digits) {
    if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
      return x;
    }
    double sign = 1;
    if (x < 0) {
      sign = -1;
      x = -x;
    }
    // DBL_DIG = 15 significant digits: beyond them x is already as rounded as it can be
    if (digits + (Math.getExponent(x) + 0.5) * Math.log10(2) > 15) {
      return sign * x;
    }
    double p10 = Math.pow(10, digits);
    double x10 = p10 * x;
    double i10 = Math.floor(x10);
    double down = i10 / p10;
    double up = Math.ceil(x10) / p10;
    double du = up - x;
    double dd = x - down;
    return sign * ((du < dd || (du == dd && i10 % 2 == 1)) ? up : down);
  }

  /**
   * R's {@code seq(from, to, length.out = n)} for doubles and n &gt; 2: {@code c(from, from +
   * (1:(n-2)) * ((to - from)/(n-1)), to)}, or n copies of {@code from} when {@code from == to}.
   */
  static double[] seq(double from, double to, int n) {
    double[] s = new double[n];
    if (from == to) {
      Arrays.fill(s, from);
      return s;
    }
    double by = (to - from) / (n - 1);
    s[0] = from;
    for (int i = 1; i < n - 1; i++) {
      s[i] = from + i * by;
    }
    s[n - 1] = to;
    return s;
  }

  /**
   * R's {@code quantile(x, p, type = 7)}: with h = 1 + (n − 1)·p, the sorted values x₍⌊h⌋₎ and
   * x₍⌈h⌉₎ interpolated as (1 − f)·x₍⌊h⌋₎ + f·x₍⌈h⌉₎, f = h − ⌊h⌋ (the lower value itself when f =
   * 0 or both are equal). {@code sorted} must be sorted and non-empty.
   */
  static double quantile7(double[] sorted, double p) {
    double index = 1 + (sorted.length - 1) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo - 1];
    if (index > lo && sorted[hi - 1] != q) {
      double h = index - lo;
      q = (1 - h) * q + h * sorted[hi - 1];
    }
    return q;
  }

  /**
   * R's {@code rank(x, ties.method = "average")}: 1-based ranks, tied values sharing the mean of
   * their ranks. No NaN allowed; −∞ ranks first.
   */
  static double[] rank(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] ranks = new double[x.length];
    int i = 0;
    while (i < x.length) {
      int j = i;
      while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double average = (i + 1 + j + 1) / 2.0;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = average;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * R's {@code qchisq(p, df, lower.tail = FALSE)}: the x with P(χ²_df &gt; x) = p, for 0 &lt; p
   * &lt; 1 and df &gt; 0. R computes it as 2·{@code qgamma(p, df/2, lower.tail = FALSE)}; here the
   * gamma quantile is solved to full precision by Newton steps on log x, bracketed, against Commons
   * Math's regularised incomplete gamma functions: P(a, x) for a quantile in the lower half of the
   * distribution, Q(a, x) in the upper half, so that a small tail keeps its relative precision.
   */
  static double qchisqUpper(double p, double df) {
    return 2 * gammaQuantile(1 - p, p, df / 2);
  }

  /**
   * The x with P(a, x) = {@code lower} (and Q(a, x) = {@code upper} = 1 − lower, given separately
   * so that neither loses digits to the subtraction).
   */
  private static double gammaQuantile(double lower, double upper, double a) {
    boolean useLower = lower <= upper;
    double target = useLower ? lower : upper;
    // start: the mean a, or the small-x approximation P(a, x) ≈ xᵃ/Γ(a + 1) for a tiny lower tail
    double x = a;
    if (useLower) {
      double small = Math.exp((Math.log(lower) + Gamma.logGamma(a + 1)) / a);
      if (small == 0) {
        return 0; // below the smallest double, as R's answer is
      }
      if (small < a) {
        x = small;
      }
    }
    double t = Math.log(x);
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (int step = 0; step < MAX_STEPS; step++) {
      x = Math.exp(t);
      double tail = useLower ? Gamma.regularizedGammaP(a, x) : Gamma.regularizedGammaQ(a, x);
      // the tail grows with x for P and shrinks for Q
      boolean tooFar = useLower ? tail > target : tail < target;
      if (tooFar) {
        hi = Math.min(hi, t);
      } else {
        lo = Math.max(lo, t);
      }
      if (tail == target) {
        return x;
      }
      // d tail / d log x = ± x·f(x), f the gamma density: xᵃ·e⁻ˣ/Γ(a)
      double slope = Math.exp(a * t - x - Gamma.logGamma(a));
      double change = (useLower ? 1 : -1) * (tail - target) / slope;
      // at most a factor e per step: far from the root the tangent can point anywhere
      double next = t - Math.max(-1, Math.min(1, change));
      if (!(next > lo && next < hi) || !Double.isFinite(next)) {
        next =
            Double.isInfinite(lo)
                ? hi - 1
                : Double.isInfinite(hi) ? lo + 1 : lo + (hi - lo) / 2; // bisect the bracket
      }
      if (Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(t))) {
        return Math.exp(next);
      }
      t = next;
    }
    return Math.exp(t);
  }
}
