package qi.core.summary;

import java.util.Arrays;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.internal.Checks;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * How one measure of a {@link Summary} is analyzed and shown: an immutable value, built by {@link
 * #of(String)} with the "Making Data Count" defaults and changed by {@code with...} methods, each
 * returning a new value.
 *
 * <p>Defaults, as NHS England's Making Data Count does: an XmR chart ({@link ChartType#I}, whose
 * moving-range chart is not drawn) with the NHS rules ({@link RuleSet#NHS}), a {@link
 * Direction#NEUTRAL} direction, no target, {@code multiply} 1, no rebasing, no unit, no group.
 *
 * <pre>{@code
 * MeasureSettings waits = MeasureSettings.of("4-hour performance")
 *     .withChart(ChartType.P)
 *     .withDirection(Direction.INCREASE)
 *     .withTarget(95)
 *     .withMultiply(100)
 *     .withUnit("%")
 *     .withGroup("Flow");
 * }</pre>
 *
 * <h2>Missing values</h2>
 *
 * No target is NaN; no unit and no group are {@code ""}.
 *
 * @param measure the measure's name, as in the data's measure column (not blank)
 * @param chart the chart type
 * @param direction which way is better; it turns signals into improvement or concern
 * @param target the target (after {@code multiply}), NaN when none; finite otherwise
 * @param multiply the factor applied to values, centre line and limits (&gt; 0, e.g. 100 for
 *     percent)
 * @param rebase x values at which new parts start (NHS "rebasing"); empty when none
 * @param unit the unit label shown beside the values ({@code ""} when none)
 * @param group the group the measure is shown in ({@code ""} when none)
 * @param rules the rule set that flags points
 */
public record MeasureSettings(
    String measure,
    ChartType chart,
    Direction direction,
    double target,
    double multiply,
    List<XValue> rebase,
    String unit,
    String group,
    RuleSet rules) {
  public MeasureSettings {
    Checks.notBlank("measure", measure);
    Checks.notNull("chart", chart);
    Checks.notNull("direction", direction);
    if (!Double.isNaN(target)) {
      Checks.finite("target", target);
    }
    Checks.positiveFinite("multiply", multiply);
    rebase = List.copyOf(Checks.notNull("rebase", rebase));
    unit = unit == null ? "" : unit;
    group = group == null ? "" : group;
    Checks.notNull("rules", rules);
  }

  /** The settings of {@code measure} with the defaults (XmR chart, NHS rules, no target). */
  public static MeasureSettings of(String measure) {
    return new MeasureSettings(
        measure, ChartType.I, Direction.NEUTRAL, Double.NaN, 1, List.of(), "", "", RuleSet.NHS);
  }

  /** These settings with another chart type. */
  public MeasureSettings withChart(ChartType type) {
    return new MeasureSettings(
        measure, type, direction, target, multiply, rebase, unit, group, rules);
  }

  /** These settings with another direction. */
  public MeasureSettings withDirection(Direction better) {
    return new MeasureSettings(
        measure, chart, better, target, multiply, rebase, unit, group, rules);
  }

  /** These settings with a target (after {@code multiply}); NaN for none. */
  public MeasureSettings withTarget(double value) {
    return new MeasureSettings(
        measure, chart, direction, value, multiply, rebase, unit, group, rules);
  }

  /** These settings with another factor for values, centre line and limits. */
  public MeasureSettings withMultiply(double factor) {
    return new MeasureSettings(
        measure, chart, direction, target, factor, rebase, unit, group, rules);
  }

  /** These settings with new parts starting at these x values (replacing any given before). */
  public MeasureSettings withRebase(XValue... starts) {
    Arrays.stream(starts).forEach(x -> Checks.notNull("rebase", x));
    return new MeasureSettings(
        measure, chart, direction, target, multiply, List.of(starts), unit, group, rules);
  }

  /** These settings with a unit label. */
  public MeasureSettings withUnit(String label) {
    return new MeasureSettings(
        measure, chart, direction, target, multiply, rebase, label, group, rules);
  }

  /** These settings in a group. */
  public MeasureSettings withGroup(String name) {
    return new MeasureSettings(
        measure, chart, direction, target, multiply, rebase, unit, name, rules);
  }

  /** These settings with another rule set. */
  public MeasureSettings withRules(RuleSet set) {
    return new MeasureSettings(
        measure, chart, direction, target, multiply, rebase, unit, group, set);
  }

  /**
   * The chart specification of these settings over {@code series}: what {@code qi analyze} builds
   * from {@code --chart}, {@code --rules}, {@code --direction}, {@code --target}, {@code
   * --multiply} and {@code --rebase} with the same values.
   */
  public ControlChart spec(Series series) {
    ControlChart spec = ControlChart.of(chart, series);
    if (multiply != 1) {
      spec = spec.multiply(multiply);
    }
    if (!Double.isNaN(target)) {
      spec = spec.target(target);
    }
    spec = spec.rules(rules);
    if (!rebase.isEmpty()) {
      spec = spec.rebase(rebase.toArray(XValue[]::new));
    }
    return spec.direction(direction);
  }
}
