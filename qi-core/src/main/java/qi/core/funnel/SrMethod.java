package qi.core.funnel;

/**
 * How a standardised ratio ({@link FunnelType#SR}) is scored and trimmed before the overdispersion
 * ratio φ is estimated.
 */
public enum SrMethod {
  /**
   * NHS Digital's SHMI method: z = √E·log(O/E) (log scale, s = 1/√E); the units in the lowest and
   * highest {@code trim} of the ranked z-scores are <em>truncated</em> (left out of φ and τ²);
   * expected counts are rounded to 2 decimals first unless rounding is switched off. Adjusted
   * limits exp(±z·√(1/E + τ²)). Source: NHS Digital, SHMI methodology (v1.34, 2020), as FunnelPlotR
   * 0.5.0.
   */
  SHMI("shmi"),
  /**
   * The CQC / Spiegelhalter method: z = (√(O/E) − 1)·2√E (square-root scale, s = 1/(2√E)); the
   * z-scores are <em>Winsorised</em> at their {@code trim} and 1 − {@code trim} quantiles. Adjusted
   * limits 1 ± z·√(1/(4E) + τ²), on the ratio scale as FunnelPlotR draws them (not squared back).
   * Source: Spiegelhalter et al. 2012, JRSS A 175:1, section 3.3.
   */
  CQC("cqc");

  private final String id;

  SrMethod(String id) {
    this.id = id;
  }

  /** The name in the CLI and in JSON: {@code shmi}, {@code cqc}. */
  public String id() {
    return id;
  }
}
