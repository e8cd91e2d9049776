package qi.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import qi.core.internal.Checks;
import qi.core.internal.Engine;
import qi.core.result.Analysis;
import qi.core.rules.RunsMethod;
import qi.core.series.Series;

/**
 * What to analyse and how: an immutable specification. Every {@code with}-style method returns a
 * new specification; {@link #analyze()} is pure (the same specification gives the same {@link
 * Analysis}).
 *
 * <pre>{@code
 * Analysis a = ControlChart.of(ChartType.I, Series.ofValues(48, 51, 50, 47, 55, 49))
 *     .freeze(4)
 *     .analyze();
 * }</pre>
 *
 * <p>Defaults, as qicharts2 0.8.1 attached with {@code library(qicharts2)}: no freeze, one part,
 * nothing excluded, {@code multiply} 1, centre line computed, no target, runs method {@link
 * RunsMethod#ANHOEJ}, moving ranges screened, negative lower limits kept.
 */
public final class ControlChart {
  private final ChartType type;
  private final Series series;
  private final int freeze;
  private final Set<Integer> partEnds;
  private final boolean partsByLabel;
  private final Set<Integer> excluded;
  private final double multiply;
  private final double centreLine;
  private final double target;
  private final RunsMethod runsMethod;
  private final boolean screenMovingRanges;
  private final boolean nonNegative;

  private ControlChart(
      ChartType type,
      Series series,
      int freeze,
      Set<Integer> partEnds,
      boolean partsByLabel,
      Set<Integer> excluded,
      double multiply,
      double centreLine,
      double target,
      RunsMethod runsMethod,
      boolean screenMovingRanges,
      boolean nonNegative) {
    this.type = type;
    this.series = series;
    this.freeze = freeze;
    this.partEnds = partEnds;
    this.partsByLabel = partsByLabel;
    this.excluded = excluded;
    this.multiply = multiply;
    this.centreLine = centreLine;
    this.target = target;
    this.runsMethod = runsMethod;
    this.screenMovingRanges = screenMovingRanges;
    this.nonNegative = nonNegative;
  }

  /** A chart of {@code type} over {@code series}, with the defaults. */
  public static ControlChart of(ChartType type, Series series) {
    return new ControlChart(
        Checks.notNull("type", type),
        Checks.notNull("series", series),
        0,
        Collections.emptySet(),
        false,
        Collections.emptySet(),
        1,
        Double.NaN,
        Double.NaN,
        RunsMethod.ANHOEJ,
        true,
        false);
  }

  /**
   * Centre line and limits from the first {@code k} points only, drawn over the whole series (k ≥
   * 1). Ignored, with a note in the analysis, when parts are given (as qicharts2 does).
   */
  public ControlChart freeze(int k) {
    Checks.atLeast("freeze", k, 1);
    return new ControlChart(
        type,
        series,
        k,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** A new part (phase) starts after each of these 1-based positions. */
  public ControlChart parts(int... positions) {
    return new ControlChart(
        type,
        series,
        freeze,
        sortedSet(positions),
        false,
        excluded,
        multiply,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /**
   * A new part starts where a subgroup's label (the {@code label} of its first observation) first
   * appears, as qicharts2 does with a character {@code part} column.
   */
  public ControlChart partsByLabel() {
    return new ControlChart(
        type,
        series,
        freeze,
        Collections.emptySet(),
        true,
        excluded,
        multiply,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** Leave these 1-based positions out of centre line, limits and runs analysis. */
  public ControlChart exclude(int... positions) {
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        sortedSet(positions),
        multiply,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** Multiply values, centre line and limits by {@code factor} (&gt; 0), e.g. 100 for percent. */
  public ControlChart multiply(double factor) {
    Checks.positiveFinite("multiply", factor);
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        factor,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** Use a known centre line (before {@code multiply}) instead of computing it. */
  public ControlChart centreLine(double cl) {
    Checks.finite("cl", cl);
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        cl,
        target,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** A target value, carried on every point (for drawing and assurance). */
  public ControlChart target(double value) {
    Checks.finite("target", value);
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        centreLine,
        value,
        runsMethod,
        screenMovingRanges,
        nonNegative);
  }

  /** How the runs analysis decides on a signal. */
  public ControlChart runsMethod(RunsMethod method) {
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        centreLine,
        target,
        Checks.notNull("runsMethod", method),
        screenMovingRanges,
        nonNegative);
  }

  /** Whether moving ranges ≥ 3.267·AMR are dropped before σ̂ is estimated (default true). */
  public ControlChart screenMovingRanges(boolean screen) {
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        centreLine,
        target,
        runsMethod,
        screen,
        nonNegative);
  }

  /**
   * Whether negative lower limits become 0 when no plotted value is negative (qicharts2 {@code
   * y.neg = FALSE}); default false.
   */
  public ControlChart nonNegative(boolean clip) {
    return new ControlChart(
        type,
        series,
        freeze,
        partEnds,
        partsByLabel,
        excluded,
        multiply,
        centreLine,
        target,
        runsMethod,
        screenMovingRanges,
        clip);
  }

  /**
   * Analyses the series.
   *
   * @throws IllegalArgumentException naming the option or value that does not fit the series or the
   *     chart type (e.g. freeze beyond the series, a P chart without denominators)
   */
  public Analysis analyze() {
    return Engine.analyze(this);
  }

  public ChartType type() {
    return type;
  }

  public Series series() {
    return series;
  }

  public int freeze() {
    return freeze;
  }

  public Set<Integer> partEnds() {
    return partEnds;
  }

  public boolean hasPartsByLabel() {
    return partsByLabel;
  }

  public Set<Integer> excluded() {
    return excluded;
  }

  public double multiply() {
    return multiply;
  }

  public double centreLine() {
    return centreLine;
  }

  public double target() {
    return target;
  }

  public RunsMethod runsMethod() {
    return runsMethod;
  }

  public boolean screensMovingRanges() {
    return screenMovingRanges;
  }

  public boolean isNonNegative() {
    return nonNegative;
  }

  private static Set<Integer> sortedSet(int[] positions) {
    return Collections.unmodifiableSet(new TreeSet<>(Arrays.stream(positions).boxed().toList()));
  }
}
