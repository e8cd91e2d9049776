package qi.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import qi.core.internal.Checks;
import qi.core.result.Analysis;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsMethod;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * What to analyze and how: an immutable specification. Every option method returns a new
 * specification; {@link #analyze()} is pure (the same specification gives the same {@link
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
 * RunsMethod#ANHOEJ}, moving ranges screened, negative lower limits kept; the chart type's default
 * rule set ({@link ChartType#defaultRules()}) and a {@link Direction#NEUTRAL} direction.
 */
public final class ControlChart {
  private final ChartType type;
  private final Series series;
  private int freeze;
  private Set<Integer> partEnds = Collections.emptySet();
  private boolean partsByLabel;
  private List<XValue> rebase = List.of();
  private int fixAfter;
  private Set<Integer> excluded = Collections.emptySet();
  private double multiply = 1;
  private double centreLine = Double.NaN;
  private double target = Double.NaN;
  private RunsMethod runsMethod = RunsMethod.ANHOEJ;
  private boolean screenMovingRanges = true;
  private boolean nonNegative;
  private RuleSet rules;
  private Direction direction = Direction.NEUTRAL;
  private double sd = Double.NaN;
  private SdMethod sdMethod;
  private double decisionInterval = 5;
  private double shift = 1;
  private double headStart;
  private double lambda = 0.2;
  private double nsigmas = 3;

  private ControlChart(ChartType type, Series series) {
    this.type = type;
    this.series = series;
    this.rules = type.defaultRules();
  }

  /** A copy to change one option of; fields are never changed after a copy is returned. */
  private ControlChart copy() {
    ControlChart c = new ControlChart(type, series);
    c.freeze = freeze;
    c.partEnds = partEnds;
    c.partsByLabel = partsByLabel;
    c.rebase = rebase;
    c.fixAfter = fixAfter;
    c.excluded = excluded;
    c.multiply = multiply;
    c.centreLine = centreLine;
    c.target = target;
    c.runsMethod = runsMethod;
    c.screenMovingRanges = screenMovingRanges;
    c.nonNegative = nonNegative;
    c.rules = rules;
    c.direction = direction;
    c.sd = sd;
    c.sdMethod = sdMethod;
    c.decisionInterval = decisionInterval;
    c.shift = shift;
    c.headStart = headStart;
    c.lambda = lambda;
    c.nsigmas = nsigmas;
    return c;
  }

  /** A chart of {@code type} over {@code series}, with the defaults. */
  public static ControlChart of(ChartType type, Series series) {
    return new ControlChart(Checks.notNull("type", type), Checks.notNull("series", series));
  }

  /**
   * Centre line and limits from the first {@code k} points only, drawn over the whole series (k ≥
   * 1). Ignored, with a note in the analysis, when parts are given (as qicharts2 does).
   */
  public ControlChart freeze(int k) {
    ControlChart c = copy();
    c.freeze = Checks.atLeast("freeze", k, 1);
    return c;
  }

  /** A new part starts after each of these 1-based positions. */
  public ControlChart parts(int... positions) {
    ControlChart c = copy();
    c.partEnds = sortedSet(positions);
    c.partsByLabel = false;
    return c;
  }

  /**
   * A new part starts where a subgroup's label (the {@code label} of its first observation) first
   * appears, as qicharts2 does with a character {@code part} column.
   */
  public ControlChart partsByLabel() {
    ControlChart c = copy();
    c.partEnds = Collections.emptySet();
    c.partsByLabel = true;
    return c;
  }

  /**
   * New parts start at the first point on or after each of these x values (NHS "rebasing"); they
   * add to the parts given by position.
   */
  public ControlChart rebase(XValue... starts) {
    ControlChart c = copy();
    Arrays.stream(starts).forEach(x -> Checks.notNull("rebase", x));
    c.rebase = List.of(starts);
    return c;
  }

  /**
   * Within each part, centre line and limits from its first {@code n} points only (NHS {@code
   * fix_after_n_points}); unlike {@link #freeze} it applies to every part.
   */
  public ControlChart fixAfter(int n) {
    ControlChart c = copy();
    c.fixAfter = Checks.atLeast("fixAfter", n, 1);
    return c;
  }

  /** Leave these 1-based positions out of centre line, limits and runs analysis. */
  public ControlChart exclude(int... positions) {
    ControlChart c = copy();
    c.excluded = sortedSet(positions);
    return c;
  }

  /** Multiply values, centre line and limits by {@code factor} (&gt; 0), e.g. 100 for percent. */
  public ControlChart multiply(double factor) {
    ControlChart c = copy();
    c.multiply = Checks.positiveFinite("multiply", factor);
    return c;
  }

  /**
   * Use a known centre line (before {@code multiply}) instead of computing it; for CUSUM and EWMA
   * the known in-control mean μ₀ (qcc's {@code center}).
   */
  public ControlChart centreLine(double cl) {
    ControlChart c = copy();
    c.centreLine = Checks.finite("cl", cl);
    return c;
  }

  /** A target value (after {@code multiply}), for drawing and for the NHS assurance. */
  public ControlChart target(double value) {
    ControlChart c = copy();
    c.target = Checks.finite("target", value);
    return c;
  }

  /** How the runs analysis decides on a signal. */
  public ControlChart runsMethod(RunsMethod method) {
    ControlChart c = copy();
    c.runsMethod = Checks.notNull("runsMethod", method);
    return c;
  }

  /** Whether moving ranges ≥ 3.267·AMR are dropped before σ̂ is estimated (default true). */
  public ControlChart screenMovingRanges(boolean screen) {
    ControlChart c = copy();
    c.screenMovingRanges = screen;
    return c;
  }

  /**
   * Whether negative lower limits become 0 when no plotted value is negative (qicharts2 {@code
   * y.neg = FALSE}); default false.
   */
  public ControlChart nonNegative(boolean clip) {
    ControlChart c = copy();
    c.nonNegative = clip;
    return c;
  }

  /** The rules that decide each point's signals, in order of precedence. */
  public ControlChart rules(RuleSet set) {
    ControlChart c = copy();
    c.rules = Checks.notNull("rules", set);
    return c;
  }

  /** Which way is better, to tell improvement from concern (default neutral). */
  public ControlChart direction(Direction better) {
    ControlChart c = copy();
    c.direction = Checks.notNull("direction", better);
    return c;
  }

  /**
   * CUSUM and EWMA: the known process standard deviation σ (&gt; 0) of one value, instead of
   * estimating it from the calibration points.
   */
  public ControlChart sd(double value) {
    ControlChart c = copy();
    c.sd = Checks.positiveFinite("sd", value);
    c.sdMethod = null;
    return c;
  }

  /**
   * CUSUM and EWMA: how σ is estimated from the calibration points (default: {@link SdMethod#MR}
   * for individual values, {@link SdMethod#UWAVE_R} for subgroups, {@link SdMethod#RMSDF} when a
   * subgroup has more than 25 values, as qcc 2.7).
   */
  public ControlChart sdMethod(SdMethod method) {
    ControlChart c = copy();
    c.sdMethod = Checks.notNull("sdMethod", method);
    c.sd = Double.NaN;
    return c;
  }

  /** CUSUM: the decision interval h &gt; 0, in standard errors (default 5). */
  public ControlChart decisionInterval(double h) {
    ControlChart c = copy();
    c.decisionInterval = Checks.positiveFinite("decisionInterval", h);
    return c;
  }

  /**
   * CUSUM: the shift to detect quickly, in standard errors, ≥ 0 (default 1); the reference value is
   * k = shift/2.
   */
  public ControlChart shift(double size) {
    ControlChart c = copy();
    if (!(size >= 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException(
          "shift (" + Checks.format(size) + ") must be a finite number >= 0");
    }
    c.shift = size;
    return c;
  }

  /**
   * CUSUM: the head start (fast initial response) C⁺₀ = −C⁻₀, in standard errors, 0 ≤ head start
   * &lt; h (default 0).
   */
  public ControlChart headStart(double value) {
    ControlChart c = copy();
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "headStart (" + Checks.format(value) + ") must be a finite number >= 0");
    }
    c.headStart = value;
    return c;
  }

  /**
   * EWMA: the weight λ of the newest point, 0 &lt; λ ≤ 1 (default 0.2; λ = 1 is a Shewhart chart).
   */
  public ControlChart lambda(double weight) {
    ControlChart c = copy();
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "lambda (" + Checks.format(weight) + ") must be > 0 and <= 1");
    }
    c.lambda = weight;
    return c;
  }

  /** EWMA: the width L of the limits in standard deviations of the EWMA, &gt; 0 (default 3). */
  public ControlChart nsigmas(double width) {
    ControlChart c = copy();
    c.nsigmas = Checks.positiveFinite("nsigmas", width);
    return c;
  }

  /**
   * Analyzes the series.
   *
   * @throws IllegalArgumentException naming the option or value that does not fit the series or the
   *     chart type (e.g. freeze beyond the series, a P chart without denominators)
   */
  public Analysis analyze() {
    return type.hasMemory() ? MemoryCharts.analyze(this) : Engine.analyze(this);
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

  public List<XValue> rebase() {
    return rebase;
  }

  public int fixAfter() {
    return fixAfter;
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

  public RuleSet rules() {
    return rules;
  }

  public Direction direction() {
    return direction;
  }

  /** The given σ; NaN when it is estimated. */
  public double sd() {
    return sd;
  }

  /** The estimator of σ; null for the default (or when σ is given). */
  public SdMethod sdMethod() {
    return sdMethod;
  }

  public double decisionInterval() {
    return decisionInterval;
  }

  public double shift() {
    return shift;
  }

  public double headStart() {
    return headStart;
  }

  public double lambda() {
    return lambda;
  }

  public double nsigmas() {
    return nsigmas;
  }

  private static Set<Integer> sortedSet(int[] positions) {
    return Collections.unmodifiableSet(new TreeSet<>(Arrays.stream(positions).boxed().toList()));
  }
}
