package org.example.spark;

import java.io.Serializable;
import java.util.Arrays;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.SdMethod;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Period;
import qi.core.series.Series;
import qi.core.series.XValue;

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
 * <p>A series is read as the CLI reads one: with a denominator column, {@link
 * Series#ofRatios(java.util.List, Period)}; without, {@link Series#of(java.util.List, Aggregation,
 * Period)} with {@link #aggregation()} (mean by default); the rows of an event log ({@link
 * Columns#ofEvents}) are counted first, as {@code --count} counts them.
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
  private String partColumn;
  private String[] rebase = {};
  private boolean screenMovingRanges = true;
  private boolean nonNegative;
  private Double sd;
  private SdMethod sdMethod;
  private Double decisionInterval;
  private Double shift;
  private Double headStart;
  private Double lambda;
  private Double nsigmas;

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

  /** New parts start after these 1-based positions; replaces {@link #partsByLabel(String)}. */
  public ChartSpec parts(int... positions) {
    probe().parts(positions);
    ChartSpec s = copy();
    s.parts = positions.clone();
    s.partColumn = null;
    return s;
  }

  /**
   * A new part wherever a new label first appears in {@code column}, a column of the input ({@code
   * qi analyze --part-column}; {@link ControlChart#partsByLabel()}); replaces {@link #parts}. A
   * subgroup's label is that of its first row: with several rows at one x, give them the same
   * label, since Spark does not keep the input's row order within a series.
   */
  public ChartSpec partsByLabel(String column) {
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("partsByLabel (" + column + ") must name a column");
    }
    ChartSpec s = copy();
    s.partColumn = column;
    s.parts = new int[0];
    return s;
  }

  /**
   * New parts start at the first point on or after each of these x values ({@code qi analyze
   * --rebase}; {@link ControlChart#rebase}), written as the data's x values are: {@code
   * 2021-01-01}, {@code Jan 2021}, a number. Each series reads them as the CLI reads {@code
   * --rebase} against its data (see {@link XArgument}).
   *
   * @throws IllegalArgumentException when a value is not an x value qi reads
   */
  public ChartSpec rebase(String... starts) {
    for (String start : starts) {
      XArgument.check("rebase", start);
    }
    ChartSpec s = copy();
    s.rebase = starts.clone();
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

  /**
   * CUSUM and EWMA: the known standard deviation of one value, {@code > 0} ({@code qi analyze
   * --sd}; {@link ControlChart#sd}); replaces {@link #sdMethod}.
   */
  public ChartSpec sd(double value) {
    only("sd", chart.hasMemory(), "cusum or ewma");
    probe().sd(value);
    ChartSpec s = copy();
    s.sd = value;
    s.sdMethod = null;
    return s;
  }

  /**
   * CUSUM and EWMA: how the standard deviation is estimated ({@code qi analyze --sd-method}; {@link
   * ControlChart#sdMethod}); replaces {@link #sd}.
   */
  public ChartSpec sdMethod(SdMethod method) {
    only("sdMethod", chart.hasMemory(), "cusum or ewma");
    probe().sdMethod(method);
    ChartSpec s = copy();
    s.sdMethod = method;
    s.sd = null;
    return s;
  }

  /**
   * CUSUM: signal when a sum exceeds h standard errors (default 5; {@code qi analyze
   * --decision-interval}).
   */
  public ChartSpec decisionInterval(double h) {
    only("decisionInterval", chart == ChartType.CUSUM, "cusum");
    probe().decisionInterval(h);
    ChartSpec s = copy();
    s.decisionInterval = h;
    return s;
  }

  /** CUSUM: the shift to detect, in standard errors (default 1; {@code qi analyze --shift}). */
  public ChartSpec shift(double size) {
    only("shift", chart == ChartType.CUSUM, "cusum");
    probe().shift(size);
    ChartSpec s = copy();
    s.shift = size;
    return s;
  }

  /**
   * CUSUM: both sums start at this many standard errors, below h (default 0; {@code qi analyze
   * --head-start}).
   */
  public ChartSpec headStart(double value) {
    only("headStart", chart == ChartType.CUSUM, "cusum");
    probe().headStart(value);
    ChartSpec s = copy();
    s.headStart = value;
    return s;
  }

  /** EWMA: the weight of the newest point, in (0, 1] (default 0.2; {@code qi analyze --lambda}). */
  public ChartSpec lambda(double weight) {
    only("lambda", chart == ChartType.EWMA, "ewma");
    probe().lambda(weight);
    ChartSpec s = copy();
    s.lambda = weight;
    return s;
  }

  /**
   * EWMA: limits at this many standard deviations of the average (default 3; {@code qi analyze
   * --nsigmas}).
   */
  public ChartSpec nsigmas(double width) {
    only("nsigmas", chart == ChartType.EWMA, "ewma");
    probe().nsigmas(width);
    ChartSpec s = copy();
    s.nsigmas = width;
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

  /** The column of part labels ({@link #partsByLabel(String)}); null when none. */
  public String partColumn() {
    return partColumn;
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
    if (partColumn != null) {
      c = c.partsByLabel();
    } else if (parts.length > 0) {
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
    c = sd == null ? c : c.sd(sd);
    c = sdMethod == null ? c : c.sdMethod(sdMethod);
    c = decisionInterval == null ? c : c.decisionInterval(decisionInterval);
    c = shift == null ? c : c.shift(shift);
    c = headStart == null ? c : c.headStart(headStart);
    c = lambda == null ? c : c.lambda(lambda);
    c = nsigmas == null ? c : c.nsigmas(nsigmas);
    if (target != null) {
      c = c.target(target);
    }
    if (rules != null) {
      c = c.rules(RuleSet.named(rules));
    }
    if (rebase.length > 0) {
      XValue like = series.x(0);
      c =
          c.rebase(
              Arrays.stream(rebase)
                  .map(r -> XValue.parseLike("rebase", r, null, like))
                  .toArray(XValue[]::new));
    }
    if (fixAfter != null) {
      c = c.fixAfter(fixAfter);
    }
    return c.runsMethod(runsMethod)
        .screenMovingRanges(screenMovingRanges)
        .nonNegative(nonNegative)
        .direction(direction);
  }

  /** Refuses an option of other chart types, as {@code qi analyze} does, rather than ignore it. */
  private void only(String option, boolean applies, String charts) {
    if (!applies) {
      throw new IllegalArgumentException(
          option + " applies to charts " + charts + ", not " + chart.id());
    }
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
    s.partColumn = partColumn;
    s.rebase = rebase;
    s.sd = sd;
    s.sdMethod = sdMethod;
    s.decisionInterval = decisionInterval;
    s.shift = shift;
    s.headStart = headStart;
    s.lambda = lambda;
    s.nsigmas = nsigmas;
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
        + ", partColumn="
        + partColumn
        + ", rebase="
        + Arrays.toString(rebase)
        + "]";
  }
}
