package qi.core.funnel;

import java.util.List;

/**
 * The analysis of a funnel plot: the settings used, the target, the overdispersion estimates, one
 * {@link UnitResult} per unit (in the order units first appear in the input) and the limit curves
 * on a grid of denominators for drawing. Field names are those of the CLI's JSON.
 *
 * <h2>Missing values</h2>
 *
 * {@code phi} is NaN when no unit is left after trimming (a trim of 0.5 under the SHMI method), and
 * φ and τ² are +∞ when a zero count with z = −∞ is kept; writers give both as {@code null}.
 *
 * @param type what is compared
 * @param srMethod the method for a standardised ratio (SHMI for other types, where it is unused)
 * @param limit the limits that flag outliers
 * @param trim the share trimmed (truncated or Winsorised) at each end before φ is estimated
 * @param multiplier the factor applied to values, target and limits
 * @param shmiRounding whether the SHMI method rounded expected counts to 2 decimals
 * @param overdispersion whether the adjustment was asked for
 * @param adjusted whether the adjusted limits are in use: asked for and φ &gt; 1
 * @param target the target line, multiplied: 1 for a ratio, ΣO/Σn otherwise
 * @param phi the overdispersion ratio φ: the mean squared trimmed z-score (computed even when the
 *     adjustment was not asked for, where FunnelPlotR reports 0)
 * @param tau2 the between-unit variance τ² (likewise)
 * @param unitsUsed the units whose z-scores entered φ (all but the truncated ones)
 * @param units one result per unit
 * @param limits the limit curves on the grid, sorted by denominator
 */
public record Funnel(
    FunnelType type,
    SrMethod srMethod,
    LimitLevel limit,
    double trim,
    double multiplier,
    boolean shmiRounding,
    boolean overdispersion,
    boolean adjusted,
    double target,
    double phi,
    double tau2,
    int unitsUsed,
    List<UnitResult> units,
    List<LimitPoint> limits) {
  public Funnel {
    units = List.copyOf(units);
    limits = List.copyOf(limits);
  }

  /** The units above the limits in use. */
  public List<UnitResult> high() {
    return units.stream().filter(u -> u.side() == Side.HIGH).toList();
  }

  /** The units below the limits in use. */
  public List<UnitResult> low() {
    return units.stream().filter(u -> u.side() == Side.LOW).toList();
  }
}
