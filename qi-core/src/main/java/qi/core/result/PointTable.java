package qi.core.result;

import java.util.List;
import qi.core.rules.Rule;

/**
 * The points of an {@link Analysis} read by 0-based position, one field at a time: what a renderer
 * or writer of a long series reads instead of building a {@link PointResult}, and its x text, for
 * every point. An analysis from the engine answers from the columns it computed; one built from a
 * list of points answers from those points. Each accessor returns the field of the same name of
 * {@code analysis.points().get(i)}.
 *
 * <pre>{@code
 * PointTable t = analysis.table();
 * for (int i = 0; i < t.size(); i++) {
 *   if (t.signalled(i)) {
 *     PointResult p = t.point(i);   // built only for the few points that signal
 *   }
 * }
 * }</pre>
 *
 * <p>Every accessor throws {@link IndexOutOfBoundsException} when i is not in [0, size).
 */
public final class PointTable {
  private final Points points;
  private final List<Rule> rules;

  PointTable(Points points, List<Rule> rules) {
    this.points = points;
    this.rules = rules;
  }

  /** The number of points. */
  public int size() {
    return points.size();
  }

  /** The whole point i, as {@code analysis.points().get(i)}. */
  public PointResult point(int i) {
    return points.get(i);
  }

  /** The x value of point i as text (made when asked). */
  public String x(int i) {
    check(i);
    return points.x(i);
  }

  public double y(int i) {
    check(i);
    return points.y(i);
  }

  public double cl(int i) {
    check(i);
    return points.cl(i);
  }

  public double lcl(int i) {
    check(i);
    return points.lcl(i);
  }

  public double ucl(int i) {
    check(i);
    return points.ucl(i);
  }

  public double lwl(int i) {
    check(i);
    return points.lwl(i);
  }

  public double uwl(int i) {
    check(i);
    return points.uwl(i);
  }

  public double target(int i) {
    check(i);
    return points.target(i);
  }

  /** The denominator of point i, or its subgroup size for Xbar and S charts; NaN without one. */
  public double n(int i) {
    check(i);
    return points.n(i);
  }

  /** The 1-based part of point i. */
  public int part(int i) {
    check(i);
    return points.part(i);
  }

  public boolean baseline(int i) {
    check(i);
    return points.isBaseline(i);
  }

  public boolean included(int i) {
    check(i);
    return points.isIncluded(i);
  }

  public boolean runsSignal(int i) {
    check(i);
    return points.runsSignal(i);
  }

  public boolean sigmaSignal(int i) {
    check(i);
    return points.sigmaSignal(i);
  }

  /** The ids of the rules that flag point i, highest precedence first (made when asked). */
  public List<String> signals(int i) {
    check(i);
    return points.signals(i);
  }

  public PointType pointType(int i) {
    check(i);
    return points.pointType(i);
  }

  /** CUSUM chart: the upper sum of point i; NaN for other charts. */
  public double cusumUpper(int i) {
    check(i);
    return points.cusumUpper(i);
  }

  /** CUSUM chart: the lower sum of point i; NaN for other charts. */
  public double cusumLower(int i) {
    check(i);
    return points.cusumLower(i);
  }

  /** EWMA chart: the smoothed statistic of point i; NaN for other charts. */
  public double ewma(int i) {
    check(i);
    return points.ewma(i);
  }

  /** Whether any rule flags point i: its {@code signals} are not empty. */
  public boolean signalled(int i) {
    check(i);
    return points.isSignalled(i);
  }

  /**
   * Whether {@code rule} flags point i: its {@code signals} hold the rule's id. False for a rule
   * that is not in the analysis' rule set.
   */
  public boolean flaggedBy(int i, Rule rule) {
    check(i);
    int r = rules.indexOf(rule);
    return r >= 0 && points.isFlaggedBy(i, r, rule);
  }

  private void check(int i) {
    java.util.Objects.checkIndex(i, points.size());
  }
}
