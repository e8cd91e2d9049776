package qi.core.funnel;

/**
 * What a funnel plot compares: the kind of ratio each unit has, which fixes the target, the
 * transformation of the z-scores and the limit formulas. Formulas as FunnelPlotR 0.5.0 ({@code
 * R/od_adjustment.R}, {@code R/calculate_limits.R}); O a unit's numerator, n its denominator.
 */
public enum FunnelType {
  /**
   * An indirectly standardised ratio O/E (observed over expected events, e.g. SHMI): target 1,
   * denominator E. The method ({@link SrMethod}) chooses the scale of the z-scores. Unadjusted
   * limits are exact Poisson limits by the chi-square quantile: lower χ²₀.₀₂₅(2E)/(2E), upper
   * χ²₀.₉₇₅(2E + 2)/(2E) (0.001 and 0.999 for 99.8 %). Source: Spiegelhalter 2005, Stat Med
   * 24:1185, eq. 3 and Appendix A.1.
   */
  SR("sr"),
  /**
   * A proportion O/n (events out of n): target p̄ = ΣO/Σn, on the arcsine scale y = asin(√(O/n)), s
   * = 1/(2√n). Limits sin²(asin(√p̄) ± z·√(1/(4n) + τ²)), clipped to [0, 1]; where the clipped
   * curve is not monotone along the denominator grid, a lower limit above the next one is set to 0
   * and an upper limit below the next one to 1 (FunnelPlotR's step). Source: Spiegelhalter 2005,
   * Appendix A.2.
   */
  PR("pr"),
  /**
   * A ratio of two counts O/n: target ΣO/Σn, y = log((O + ½)/(n + ½)), s = √(O/(O + ½)² + n/(n +
   * ½)²). Limits target·exp(±z·√(1/(4n) + τ²)) (the 1/(4n) variance, as FunnelPlotR draws them, not
   * s²). Source: Spiegelhalter 2005, Appendix A.3.
   */
  RC("rc");

  private final String id;

  FunnelType(String id) {
    this.id = id;
  }

  /** The name in the CLI and in JSON: {@code sr}, {@code pr}, {@code rc}. */
  public String id() {
    return id;
  }
}
