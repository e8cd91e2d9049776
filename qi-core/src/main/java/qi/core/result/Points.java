package qi.core.result;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import qi.core.rules.Rule;

/**
 * The points of an {@link Analysis} as the verdict reads them, by 0-based position. A list made by
 * hand answers through its points; the engine's {@link PointColumns} answers from its columns
 * without building a {@link PointResult} (a million points and their x text cost more than the
 * analysis).
 */
abstract class Points extends AbstractList<PointResult> implements RandomAccess {
  /** The points as {@code Points}: the list itself when it is, else an unmodifiable copy. */
  static Points of(List<PointResult> points) {
    return points instanceof Points readable ? readable : new Listed(List.copyOf(points));
  }

  /** Points given as a list. */
  private static final class Listed extends Points {
    private final List<PointResult> points;

    Listed(List<PointResult> points) {
      this.points = points;
    }

    @Override
    public PointResult get(int i) {
      return points.get(i);
    }

    @Override
    public int size() {
      return points.size();
    }
  }

  /** Whether any point has a signal. */
  boolean hasSignal() {
    for (int i = 0; i < size(); i++) {
      if (isSignalled(i)) {
        return true;
      }
    }
    return false;
  }

  int part(int i) {
    return get(i).part();
  }

  double ucl(int i) {
    return get(i).ucl();
  }

  boolean isSignalled(int i) {
    return !get(i).signals().isEmpty();
  }

  /** Whether the r-th rule of the analysis' rule set flags point i. */
  boolean isFlaggedBy(int i, int r, Rule rule) {
    return get(i).signals().contains(rule.id());
  }

  /** Whether the r-th rule is point i's first signal, the one its point type comes from. */
  boolean isFirstSignal(int i, int r, Rule rule) {
    return get(i).signals().get(0).equals(rule.id());
  }

  /** Which side of the centre line point i is on: 1 above, −1 below, 0 on it or undefined. */
  double side(int i) {
    return Math.signum(get(i).y() - get(i).cl());
  }

  String x(int i) {
    return get(i).x();
  }

  double y(int i) {
    return get(i).y();
  }

  /** The denominator, or the subgroup size for Xbar and S charts, else NaN. */
  double n(int i) {
    return get(i).n();
  }

  double cl(int i) {
    return get(i).cl();
  }

  double lcl(int i) {
    return get(i).lcl();
  }

  double uwl(int i) {
    return get(i).uwl();
  }

  double lwl(int i) {
    return get(i).lwl();
  }

  boolean runsSignal(int i) {
    return get(i).runsSignal();
  }

  double target(int i) {
    return get(i).target();
  }

  boolean isBaseline(int i) {
    return get(i).baseline();
  }

  boolean isIncluded(int i) {
    return get(i).included();
  }

  PointType pointType(int i) {
    return get(i).pointType();
  }

  boolean sigmaSignal(int i) {
    return get(i).sigmaSignal();
  }

  List<String> signals(int i) {
    return get(i).signals();
  }

  double cusumUpper(int i) {
    return get(i).cusumUpper();
  }

  double cusumLower(int i) {
    return get(i).cusumLower();
  }

  double ewma(int i) {
    return get(i).ewma();
  }
}
