package qi.core.funnel;

import java.util.Arrays;
import java.util.List;

/**
 * The funnel limits on a grid of denominators, as FunnelPlotR 0.5.0's {@code build_limits_lookup}
 * and {@code calculate_limits}: {@code seq(from, ceiling(max denominator), length.out = 1000)}
 * (from 1.1 for a standardised ratio, 3 otherwise) joined with the units' own denominators, so that
 * each unit's limits are read off the same curves that are drawn. The grid matters for proportions:
 * their monotonicity step compares each grid row with the next.
 */
final class LimitCurves {
  private static final int GRID = 1000;

  private final double[] grid;
  private final List<LimitPoint> points;

  private LimitCurves(double[] grid, List<LimitPoint> points) {
    this.grid = grid;
    this.points = points;
  }

  static LimitCurves of(
      FunnelType type,
      SrMethod method,
      double target,
      double multiplier,
      double tau2,
      double[] denominators) {
    double max = Double.NEGATIVE_INFINITY;
    for (double d : denominators) {
      max = Math.max(max, d);
    }
    double[] seq = RNumerics.seq(type == FunnelType.SR ? 1.1 : 3, Math.ceil(max), GRID);
    double[] all = Arrays.copyOf(seq, seq.length + denominators.length);
    System.arraycopy(denominators, 0, all, seq.length, denominators.length);
    double[] grid = Arrays.stream(all).sorted().distinct().toArray();
    double[][] adjusted = new double[4][];
    double[][] plain = new double[4][];
    LimitLevel[] levels = {LimitLevel.P95, LimitLevel.P998};
    for (int l = 0; l < 2; l++) {
      LimitLevel level = levels[l];
      adjusted[2 * l] = limits(type, method, target, multiplier, tau2, grid, level, true, true);
      adjusted[2 * l + 1] =
          limits(type, method, target, multiplier, tau2, grid, level, false, true);
      plain[2 * l] = limits(type, method, target, multiplier, 0, grid, level, true, false);
      plain[2 * l + 1] = limits(type, method, target, multiplier, 0, grid, level, false, false);
    }
    LimitPoint[] points = new LimitPoint[grid.length];
    for (int i = 0; i < grid.length; i++) {
      points[i] =
          new LimitPoint(
              grid[i],
              plain[0][i],
              plain[1][i],
              plain[2][i],
              plain[3][i],
              adjusted[0][i],
              adjusted[1][i],
              adjusted[2][i],
              adjusted[3][i]);
    }
    return new LimitCurves(grid, List.of(points));
  }

  /**
   * One limit curve, lower or upper. {@code withTau} false gives the unadjusted limits: exact
   * Poisson for a standardised ratio, the same normal approximation with τ² = 0 otherwise.
   */
  private static double[] limits(
      FunnelType type,
      SrMethod method,
      double target,
      double multiplier,
      double tau2,
      double[] x,
      LimitLevel level,
      boolean lower,
      boolean withTau) {
    double[] out = new double[x.length];
    double z = lower ? -level.z() : level.z();
    double p = lower ? 1 - level.tail() : level.tail();
    for (int i = 0; i < x.length; i++) {
      double e = x[i];
      double s = 1 / (2 * Math.sqrt(e));
      out[i] =
          switch (type) {
            case SR -> {
              if (!withTau) {
                // χ² quantiles: lower limit at 2E, upper at 2(E + 1) degrees of freedom
                double q = RNumerics.qchisqUpper(p, lower ? 2 * e : 2 * (e + 1));
                yield multiplier * target * (q / 2) / e;
              }
              yield method == SrMethod.SHMI
                  ? multiplier * Math.exp(z * Math.sqrt(1 / e + tau2))
                  : multiplier * (1 + z * Math.sqrt(s * s + tau2));
            }
            case RC -> multiplier * Math.exp(Math.log(target) + z * Math.sqrt(s * s + tau2));
            case PR -> {
              double sin = Math.sin(Math.asin(Math.sqrt(target)) + z * Math.sqrt(s * s + tau2));
              double v = multiplier * (sin * sin);
              yield lower ? Math.max(v, 0) : Math.min(v, multiplier);
            }
          };
    }
    if (type == FunnelType.PR) {
      // the arcsine limits need not be monotone at small n: FunnelPlotR opens them there,
      // comparing each row with the next before any is changed
      double[] clipped = out.clone();
      for (int i = 0; i < x.length - 1; i++) {
        if (lower ? clipped[i] > clipped[i + 1] : clipped[i] < clipped[i + 1]) {
          out[i] = lower ? 0 : multiplier;
        }
      }
    }
    return out;
  }

  /** The limits at a denominator of the grid (every unit's denominator is on it). */
  LimitPoint at(double denominator) {
    return points.get(Arrays.binarySearch(grid, denominator));
  }

  List<LimitPoint> points() {
    return points;
  }
}
