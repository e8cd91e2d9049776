package qi.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import qi.core.limits.CLimits;
import qi.core.limits.GLimits;
import qi.core.limits.ILimits;
import qi.core.limits.IpLimits;
import qi.core.limits.Limits;
import qi.core.limits.MrLimits;
import qi.core.limits.PLimits;
import qi.core.limits.PpLimits;
import qi.core.limits.RunLimits;
import qi.core.limits.SLimits;
import qi.core.limits.TLimits;
import qi.core.limits.ULimits;
import qi.core.limits.UpLimits;
import qi.core.limits.XbarLimits;
import qi.core.limits.XmrLimits;
import qi.core.rules.RuleSet;

/**
 * The chart types qi draws, each computed as qicharts2 0.8.1 computes it. The formula and source of
 * each are in the Javadoc of its {@link Limits} class.
 *
 * <table>
 *   <caption>Which chart for which data</caption>
 *   <tr><th>data</th><th>chart</th></tr>
 *   <tr><td>any measure over time, few assumptions</td><td>{@link #RUN}</td></tr>
 *   <tr><td>one measurement per period</td><td>{@link #I} (with {@link #MR}); {@link #XMR}
 *       for NHS Making Data Count</td></tr>
 *   <tr><td>several measurements per period</td><td>{@link #XBAR} and {@link #S}</td></tr>
 *   <tr><td>units with an attribute out of n</td><td>{@link #P}; {@link #PP} for large n</td></tr>
 *   <tr><td>counts of events, equal opportunity</td><td>{@link #C}</td></tr>
 *   <tr><td>events per unit of exposure</td><td>{@link #U}; {@link #UP} for large exposure</td></tr>
 *   <tr><td>opportunities between rare events</td><td>{@link #G}</td></tr>
 *   <tr><td>time between rare events</td><td>{@link #T}</td></tr>
 *   <tr><td>proportions with varying n as individuals</td><td>{@link #IP}</td></tr>
 *   <tr><td>small sustained shifts of a mean (values or subgroups)</td><td>{@link #CUSUM}, {@link
 *       #EWMA}</td></tr>
 * </table>
 */
public enum ChartType {
  /** Run chart: median centre line, runs analysis only ({@link RunLimits}). */
  RUN("run", new RunLimits()),
  /** Individuals chart ({@link ILimits}). */
  I("i", new ILimits()),
  /** Moving-range chart ({@link MrLimits}). */
  MR("mr", new MrLimits()),
  /** Subgroup means ({@link XbarLimits}). */
  XBAR("xbar", new XbarLimits()),
  /** Subgroup standard deviations ({@link SLimits}). */
  S("s", new SLimits()),
  /** Time between rare events ({@link TLimits}). */
  T("t", new TLimits()),
  /** Proportions ({@link PLimits}). */
  P("p", new PLimits()),
  /** Laney P′ ({@link PpLimits}). */
  PP("pp", new PpLimits()),
  /** Counts ({@link CLimits}). */
  C("c", new CLimits()),
  /** Rates ({@link ULimits}). */
  U("u", new ULimits()),
  /** Laney U′ ({@link UpLimits}). */
  UP("up", new UpLimits()),
  /** Opportunities between rare events ({@link GLimits}). */
  G("g", new GLimits()),
  /** Individuals of proportions with varying n ({@link IpLimits}). */
  IP("ip", new IpLimits()),
  /** NHS "Making Data Count" XmR chart ({@link XmrLimits}); NHS rules by default. */
  XMR("xmr", new XmrLimits()),
  /**
   * Tabular CUSUM of individual values or subgroup means (Page 1954, Biometrika 41: 100–115;
   * Montgomery, Introduction to Statistical Quality Control, 6th ed., §9.1), as qcc 2.7 {@code
   * cusum()}. With μ₀ the centre ({@link ControlChart#centreLine}, else the mean of the calibration
   * points: Σnᵢx̄ᵢ/Σnᵢ), σ given ({@link ControlChart#sd}) or estimated ({@link SdMethod}), zᵢ =
   * (x̄ᵢ − μ₀)/(σ/√nᵢ) and k = shift/2:
   *
   * <pre>
   * C⁺ᵢ = max(0, C⁺ᵢ₋₁ + zᵢ − k)      C⁻ᵢ = −max(0, −C⁻ᵢ₋₁ − zᵢ − k)      C⁺₀ = −C⁻₀ = head start
   * </pre>
   *
   * The sums are in standard errors; a point signals {@code cusum_upper} when C⁺ᵢ &gt; h and {@code
   * cusum_lower} when C⁻ᵢ &lt; −h (strictly), and the sums are not reset after a signal. Points
   * carry the sums in {@code cusumUpper}/{@code cusumLower}, the value or subgroup mean in {@code
   * y}, and cl = 0, lcl = −h, ucl = h. Defaults as qcc: h = 5, shift = 1, head start 0.
   */
  CUSUM("cusum", null),
  /**
   * EWMA of individual values or subgroup means (Roberts 1959, Technometrics 1: 239–250;
   * Montgomery, 6th ed., §9.2), as qcc 2.7 {@code ewma()}. With μ₀ and σ as for {@link #CUSUM}:
   *
   * <pre>
   * zᵢ = λ·x̄ᵢ + (1 − λ)·zᵢ₋₁,  z₀ = μ₀      limits μ₀ ± L·σ/√nᵢ·√(λ/(2 − λ)·(1 − (1 − λ)^(2i)))
   * </pre>
   *
   * The exact limits widen with i (counted over all points, never restarted) towards μ₀ ± L·σ/√nᵢ·
   * √(λ/(2 − λ)). A point signals {@code ewma_upper} or {@code ewma_lower} when zᵢ is strictly
   * outside. Points carry zᵢ in {@code ewma}, the value or subgroup mean in {@code y}, cl = μ₀.
   * Defaults as qcc: λ = 0.2, L = 3.
   */
  EWMA("ewma", null);

  private final String id;
  private final Limits limits;

  ChartType(String id, Limits limits) {
    this.id = id;
    this.limits = limits;
  }

  /** The chart's identifier in the CLI and in output: {@code run}, {@code i}, {@code xbar}, … */
  public String id() {
    return id;
  }

  /**
   * How this chart computes its centre line and limits (an unexported class per chart).
   *
   * @throws UnsupportedOperationException for {@link #CUSUM} and {@link #EWMA}, whose statistics
   *     are not a value against centre line ± kσ ({@link #hasMemory()})
   */
  Limits limits() {
    if (limits == null) {
      throw new UnsupportedOperationException(
          "chart (" + id + ") has no Shewhart limits: its statistic carries past points forward");
    }
    return limits;
  }

  /**
   * Whether each point's statistic accumulates the points before it ({@link #CUSUM}, {@link
   * #EWMA}): charts for small sustained shifts, without parts or runs analysis.
   */
  public boolean hasMemory() {
    return this == CUSUM || this == EWMA;
  }

  /** The rule set used when none is chosen: {@link RuleSet#NHS} for XmR, else Anhøj. */
  public RuleSet defaultRules() {
    return this == XMR ? RuleSet.NHS : RuleSet.ANHOEJ;
  }

  /** Whether the chart needs a denominator n (P, P′, U, U′). */
  public boolean needsDenominator() {
    return this == P || this == PP || this == U || this == UP;
  }

  /** Whether the chart's points are subgroups of several measurements (Xbar, S). */
  public boolean isSubgrouped() {
    return this == XBAR || this == S;
  }

  /**
   * The chart type with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static ChartType fromId(String id) {
    for (ChartType type : values()) {
      if (type.id.equalsIgnoreCase(id.trim())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "chart ("
            + id
            + ") must be one of "
            + Arrays.stream(values()).map(ChartType::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id.toUpperCase(Locale.ROOT);
  }
}
