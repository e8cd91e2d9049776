package qi.core.shift;

/**
 * The bias-correction tables of qcc 2.7 ({@code R/utilities.R}, {@code .qcc.options}), with the
 * literals qcc uses: CUSUM and EWMA reproduce qcc to 1e-9 relative, so its 3-decimal d₂ table is
 * used, not the d₂ computed in {@code SpcConstants} (1.128 for n = 2 either way, but e.g. 2.326
 * rather than 2.32593 for n = 5).
 */
final class QccTables {
  private QccTables() {}

  /**
   * d₂(n) = E[R]/σ for n = 2 … 25 (qcc's {@code exp.R.unscaled}; Montgomery, Introduction to
   * Statistical Quality Control, Appendix VI). Index n; NaN for n &lt; 2.
   */
  private static final double[] D2 = {
    Double.NaN,
    Double.NaN,
    1.128,
    1.693,
    2.059,
    2.326,
    2.534,
    2.704,
    2.847,
    2.970,
    3.078,
    3.173,
    3.258,
    3.336,
    3.407,
    3.472,
    3.532,
    3.588,
    3.640,
    3.689,
    3.735,
    3.778,
    3.819,
    3.858,
    3.895,
    3.931
  };

  /**
   * d₃(n) = sd(R)/σ for n = 2 … 50 (qcc's {@code se.R.unscaled}, 7 significant digits). Index n;
   * NaN for n &lt; 2.
   */
  private static final double[] D3 = {
    Double.NaN,
    Double.NaN,
    0.8525033,
    0.8883697,
    0.8798108,
    0.8640855,
    0.8480442,
    0.8332108,
    0.8198378,
    0.8078413,
    0.7970584,
    0.7873230,
    0.7784873,
    0.7704257,
    0.7630330,
    0.7562217,
    0.7499188,
    0.7440627,
    0.7386021,
    0.7334929,
    0.7286980,
    0.7241851,
    0.7199267,
    0.7158987,
    0.7120802,
    0.7084528,
    0.7050004,
    0.7017086,
    0.6985648,
    0.6955576,
    0.6926770,
    0.6899137,
    0.6872596,
    0.6847074,
    0.6822502,
    0.6798821,
    0.6775973,
    0.6753910,
    0.6732584,
    0.6711952,
    0.6691976,
    0.6672619,
    0.6653848,
    0.6635632,
    0.6617943,
    0.6600754,
    0.6584041,
    0.6567780,
    0.6551950,
    0.6536532,
    0.6521506
  };

  /** The largest subgroup the range-based estimators accept: the end of the d₂ table. */
  static final int MAX_RANGE_SIZE = D2.length - 1;

  /** qcc's d₂(n), n = 2 … {@value #MAX_RANGE_SIZE}; NaN outside. */
  static double d2(int n) {
    return n >= 0 && n < D2.length ? D2[n] : Double.NaN;
  }

  /** qcc's d₃(n), n = 2 … 50; NaN outside. */
  static double d3(int n) {
    return n >= 0 && n < D3.length ? D3[n] : Double.NaN;
  }
}
