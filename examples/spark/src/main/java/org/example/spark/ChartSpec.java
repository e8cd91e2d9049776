package org.example.spark;

import java.io.Serializable;
import java.util.Arrays;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Period;
import qi.core.series.Series;

/**
 * What to do with every series: the chart and its options, as {@code qi analyze} takes them, held
 * as a value that Spark ships to its executors. Immutable: each {@code with}-style method returns a
 * new spec. Each option is checked when it is set, on the driver, by the same qi-core check the
 * {@link ControlChart} method of that name runs, so a bad option fails before the job starts with
 * qi's own message ({@code freeze (0) must be >= 1}), never on an executor.
 *
 * <pre>{@code
 * ChartSpec spec = ChartSpec.of(ChartType.P).rules("nhs").direction(Direction.DECREASE).freeze(12);
 * }</pre>
 *
 * <p>A series is read as the CLI reads one (without {@code --count}): with a denominator column,
 * {@link Series#ofRatios(java.util.List, Period)}; without, {@link Series#of(java.util.List,
 * Aggregation, Period)} with {@link #aggregation()} (mean by default).
 */
public final class ChartSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ChartType chart;
  private String rules;
  private Direction direction = Direction.NEUTRAL;
  private RunsMethod runsMethod = RunsMethod.ANHOEJ;
  private Aggregation aggregation = Aggregation.MEAN;
  private Period period;
  private Double target;
  private Double multiply;
  private Double centreLine;
  private Integer freeze;
  private Integer fixAfter;
  private int[] parts = {};
  private int[] exclude = {};
  private boolean screenMovingRanges = true;
  private boolean nonNegative;

  private ChartSpec(ChartType chart) {
    this.chart = chart;
  }

  /** A spec for {@code chart} with qi's defaults (the CLI's, with no option given). */
  public static ChartSpec of(ChartType chart) {
    if (chart == null) {
      throw new IllegalArgumentException("chart must not be null");
    }
    return new ChartSpec(chart);
  }

  /** The named rule set ({@code anhoej}, {@code nhs}, ...; default: the chart type's). */
  public ChartSpec rules(String name) {
    RuleSet.named(name);
    ChartSpec s = copy();
    s.rules = name;
    return s;
  }

  /** Which way is better (default neutral). */
  public ChartSpec direction(Direction better) {
    probe().direction(better);
    ChartSpec s = copy();
    s.direction = better;
    return s;
  }

  /** How the runs analysis decides (default anhoej). */
  public ChartSpec runsMethod(RunsMethod method) {
    probe().runsMethod(method);
    ChartSpec s = copy();
    s.runsMethod = method;
    return s;
  }

  /** How rows with the same x are combined when there is no denominator (default mean). */
  public ChartSpec aggregation(Aggregation how) {
    if (how == null) {
      throw new IllegalArgumentException("aggregation must not be null");
    }
    ChartSpec s = copy();
    s.aggregation = how;
    return s;
  }

  /** Buckets dates into periods before grouping (default: none). */
  public ChartSpec period(Period bucket) {
    if (bucket == null) {
      throw new IllegalArgumentException("period must not be null");
    }
    ChartSpec s = copy();
    s.period = bucket;
    return s;
  }

  /** The target value of every series. */
  public ChartSpec target(double value) {
    probe().target(value);
    ChartSpec s = copy();
    s.target = value;
    return s;
  }

  /** Multiplies values, centre line and limits (100 for percent). */
  public ChartSpec multiply(double factor) {
    probe().multiply(factor);
    ChartSpec s = copy();
    s.multiply = factor;
    return s;
  }

  /** A given centre line instead of the computed one. */
  public ChartSpec centreLine(double cl) {
    probe().centreLine(cl);
    ChartSpec s = copy();
    s.centreLine = cl;
    return s;
  }

  /** Centre line and limits from the first {@code k} points only. */
  public ChartSpec freeze(int k) {
    probe().freeze(k);
    ChartSpec s = copy();
    s.freeze = k;
    return s;
  }

  /** Within each part, centre line and limits from its first {@code n} points only. */
  public ChartSpec fixAfter(int n) {
    probe().fixAfter(n);
    ChartSpec s = copy();
    s.fixAfter = n;
    return s;
  }

  /** New parts start after these 1-based positions. */
  public ChartSpec parts(int... positions) {
    probe().parts(positions);
    ChartSpec s = copy();
    s.parts = positions.clone();
    return s;
  }

  /** Leaves these 1-based positions out of centre line, limits and runs analysis. */
  public ChartSpec exclude(int... positions) {
    probe().exclude(positions);
    ChartSpec s = copy();
    s.exclude = positions.clone();
    return s;
  }

  /** Whether large moving ranges are left out of sigma (default true: qicharts2's screening). */
  public ChartSpec screenMovingRanges(boolean screen) {
    ChartSpec s = copy();
    s.screenMovingRanges = screen;
    return s;
  }

  /** Whether negative lower limits become 0 when no value is negative (default false). */
  public ChartSpec nonNegative(boolean clip) {
    ChartSpec s = copy();
    s.nonNegative = clip;
    return s;
  }

  /** The chart type. */
  public ChartType chart() {
    return chart;
  }

  /** Which way is better. */
  public Direction direction() {
    return direction;
  }

  /** How rows with the same x are combined without a denominator. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** The period dates are bucketed into; null when none. */
  public Period period() {
    return period;
  }

  /**
   * The {@link ControlChart} of this spec over one series, in the order the CLI applies options.
   *
   * @throws IllegalArgumentException when an option does not fit the series (a freeze longer than
   *     it, say), with qi-core's message
   */
  public ControlChart over(Series series) {
    ControlChart c = ControlChart.of(chart, series);
    if (freeze != null) {
      c = c.freeze(freeze);
    }
    if (parts.length > 0) {
      c = c.parts(parts);
    }
    if (exclude.length > 0) {
      c = c.exclude(exclude);
    }
    if (multiply != null) {
      c = c.multiply(multiply);
    }
    if (centreLine != null) {
      c = c.centreLine(centreLine);
    }
    if (target != null) {
      c = c.target(target);
    }
    if (rules != null) {
      c = c.rules(RuleSet.named(rules));
    }
    if (fixAfter != null) {
      c = c.fixAfter(fixAfter);
    }
    return c.runsMethod(runsMethod)
        .screenMovingRanges(screenMovingRanges)
        .nonNegative(nonNegative)
        .direction(direction);
  }

  /** A chart of this type over a tiny series, whose setters check a value as they would later. */
  private ControlChart probe() {
    return ControlChart.of(chart, Series.ofValues(1, 2, 3));
  }

  private ChartSpec copy() {
    ChartSpec s = new ChartSpec(chart);
    s.rules = rules;
    s.direction = direction;
    s.runsMethod = runsMethod;
    s.aggregation = aggregation;
    s.period = period;
    s.target = target;
    s.multiply = multiply;
    s.centreLine = centreLine;
    s.freeze = freeze;
    s.fixAfter = fixAfter;
    s.parts = parts;
    s.exclude = exclude;
    s.screenMovingRanges = screenMovingRanges;
    s.nonNegative = nonNegative;
    return s;
  }

  @Override
  public String toString() {
    return "ChartSpec[chart="
        + chart.id()
        + ", rules="
        + rules
        + ", direction="
        + direction.id()
        + ", target="
        + target
        + ", multiply="
        + multiply
        + ", freeze="
        + freeze
        + ", parts="
        + Arrays.toString(parts)
        + ", exclude="
        + Arrays.toString(exclude)
        + "]";
  }
}
