package qi.core.internal;

import org.apache.commons.math3.special.Gamma;

/**
 * Every SPC factor qi uses, in one place, with its derivation and source. The literals are those of
 * the reference implementation (qicharts2 0.8.1, {@code R/helper.functions.R}), since qi's results
 * are compared with it to 1e-9 relative.
 */
public final class SpcConstants {
  private SpcConstants() {}

  /**
   * d₂ for moving ranges of two: σ̂ = AMR / d₂. Montgomery, Introduction to Statistical Quality
   * Control, 6th ed., eq. 6.33 and Appendix VI; qicharts2 {@code qic.i} uses the literal 1.128.
   */
  public static final double D2 = 1.128;

  /**
   * D₄ for moving ranges of two (3.267 = 1 + 3·d₃/d₂): moving ranges at or above 3.267·AMR are
   * screened out before σ̂ is estimated (Nelson 1982, J. Qual. Technol. 14(3)); also the MR chart's
   * upper limit factor. qicharts2 {@code qic.i}, {@code qic.mr}, {@code qic.pp}.
   */
  public static final double D4 = 3.267;

  /** The screening factor of qicharts2's I′ chart ({@code qic.ip}), which writes 3.2665. */
  public static final double IP_SCREEN = 3.2665;

  /**
   * Exponent of the T chart's transform: times between events y are charted as y^(1/3.6), which
   * makes exponential times nearly normal (Nelson 1994, J. Qual. Technol. 26(3)); qicharts2 {@code
   * qic.t}.
   */
  public static final double T_EXPONENT = 3.6;

  /**
   * Ratio of the median to the mean of a geometric distribution, ln 2 ≈ 0.693: with a given centre
   * line the G chart draws 0.693·cl (Provost and Murray, The Health Care Data Guide, 2011, p. 228);
   * qicharts2 {@code qic.g}.
   */
  public static final double G_MEDIAN_RATIO = 0.693;

  /**
   * The NHS XmR process-limit factor: limits at mean ± 2.66·AMR (≈ 3/d₂). NHS England Making Data
   * Count; NHSRplotthedots 0.2.2 {@code ptd_spc_standard} uses the literal 2.66.
   */
  public static final double XMR_LIMIT = 2.66;

  /** Multiplier of the control limits (3σ) and of the warning limits (2σ). */
  public static final double CONTROL_SIGMAS = 3;

  public static final double WARNING_SIGMAS = 2;

  /**
   * c₄(n) = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2): E[s] = c₄·σ for samples of n from a normal
   * distribution (Montgomery, 6th ed., Appendix VI). Computed through the log-gamma function as
   * qicharts2 {@code c4()} does; NaN for n ≤ 1.
   */
  public static double c4(double n) {
    if (!(n > 1)) {
      return Double.NaN;
    }
    int whole = (int) n;
    if (whole == n && whole < SmallSubgroups.C4.length) {
      return SmallSubgroups.C4[whole];
    }
    return c4ByLogGamma(n);
  }

  private static double c4ByLogGamma(double n) {
    return Math.sqrt(2 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2) - Gamma.logGamma((n - 1) / 2));
  }

  /**
   * c₄ of subgroups of 2 … 100 values, computed once by the same formula: the S and Xbar charts
   * need it for every point, and two log-gamma evaluations cost more than the rest of the point.
   */
  private static final class SmallSubgroups {
    static final double[] C4 = new double[101];

    static {
      C4[0] = Double.NaN;
      C4[1] = Double.NaN;
      for (int n = 2; n < C4.length; n++) {
        C4[n] = c4ByLogGamma(n);
      }
    }
  }

  /** c₅(n) = √(1 − c₄(n)²): the standard deviation of s in units of σ; NaN for n ≤ 1. */
  public static double c5(double n) {
    double c4 = c4(n);
    return Math.sqrt(1 - c4 * c4);
  }

  /**
   * d₂(n) = E[R]/σ, the mean range of n standard normal values: ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx
   * (Montgomery, 6th ed., Appendix VI; Tippett 1925). Computed by Simpson's rule on [−10, 10];
   * agrees with the printed table to its 3 decimals. NaN for n &lt; 2.
   */
  public static double d2(int n) {
    if (n < 2) {
      return Double.NaN;
    }
    return simpson(x -> 1 - Math.pow(phi(x), n) - Math.pow(1 - phi(x), n), -10, 10, 4000);
  }

  /**
   * d₃(n) = sd(R)/σ: E[R²] = 2∬_{x&lt;y} 1 − Φ(y)ⁿ − (1 − Φ(x))ⁿ + (Φ(y) − Φ(x))ⁿ dx dy, d₃ =
   * √(E[R²] − d₂²) (Montgomery, 6th ed., Appendix VI). Computed by nested Simpson's rule; agrees
   * with the printed table to its 3 decimals. NaN for n &lt; 2.
   */
  public static double d3(int n) {
    if (n < 2) {
      return Double.NaN;
    }
    double secondMoment =
        2
            * simpson(
                y ->
                    simpson(
                        x ->
                            1
                                - Math.pow(phi(y), n)
                                - Math.pow(1 - phi(x), n)
                                + Math.pow(phi(y) - phi(x), n),
                        -8,
                        y,
                        400),
                -8,
                8,
                400);
    double d2 = d2(n);
    return Math.sqrt(secondMoment - d2 * d2);
  }

  private static double phi(double x) {
    return 0.5 * org.apache.commons.math3.special.Erf.erfc(-x / Math.sqrt(2));
  }

  private static double simpson(
      java.util.function.DoubleUnaryOperator f, double from, double to, int intervals) {
    if (to <= from) {
      return 0;
    }
    double h = (to - from) / intervals;
    double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
    for (int i = 1; i < intervals; i++) {
      sum += f.applyAsDouble(from + i * h) * (i % 2 == 0 ? 2 : 4);
    }
    return sum * h / 3;
  }
}
