package qi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import qi.core.internal.Stats;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import qi.core.result.PointType;
import qi.core.result.Variation;
import qi.core.series.Series;
import qi.core.shift.Calibration;
import qi.core.shift.Cusum;
import qi.core.shift.Ewma;
import qi.core.shift.SigmaEstimates;

/**
 * The pipeline behind {@link ControlChart#analyze()} for {@link ChartType#CUSUM} and {@link
 * ChartType#EWMA}, in qcc 2.7's order: the points (values or subgroup means), the centre and σ from
 * the calibration points (all, or the first k with {@code freeze(k)}, qcc's {@code data}; the rest
 * are its {@code newdata}), then the statistic over all points, run on without restart.
 */
final class MemoryCharts {
  private MemoryCharts() {}

  static Analysis analyze(ControlChart spec) {
    ChartType type = spec.type();
    checkOptions(spec);
    Series s = spec.series();
    int size = s.size();
    if (size == 0) {
      throw new IllegalArgumentException("series must not be empty: there are no points to chart");
    }
    if (s.hasDenominator()) {
      throw new IllegalArgumentException(
          "chart (" + type.id() + ") charts values or subgroup means: it takes no denominator n");
    }
    double[] values = new double[size];
    double[] sizes = new double[size];
    double[] sds = new double[size];
    double[] ranges = new double[size];
    for (int i = 0; i < size; i++) {
      sizes[i] = s.count(i);
      if (sizes[i] == 0) {
        throw new IllegalArgumentException(
            "y at x "
                + s.x(i).text()
                + " is missing: a "
                + type
                + " chart needs a value at every point (its statistic carries each point forward)");
      }
      values[i] = s.mean(i);
      sds[i] = s.sd(i);
      ranges[i] = s.range(i);
    }
    int k = spec.freeze() > 0 ? spec.freeze() : size;
    if (k > size) {
      throw new IllegalArgumentException(
          "freeze (" + k + ") must be <= the number of points (" + size + ")");
    }
    Calibration calibration =
        new Calibration(
            java.util.Arrays.copyOf(values, k),
            java.util.Arrays.copyOf(sizes, k),
            java.util.Arrays.copyOf(sds, k),
            java.util.Arrays.copyOf(ranges, k),
            i -> s.x(i).text());
    double center = spec.centreLine();
    if (Double.isNaN(center)) {
      center = mean(calibration);
    }
    double sd = spec.sd();
    String sdMethod = "given";
    if (Double.isNaN(sd)) {
      SdMethod method = spec.sdMethod() != null ? spec.sdMethod() : defaultMethod(calibration);
      sd = estimate(method, calibration);
      sdMethod = method.id();
    }

    double[] cl = new double[size];
    double[] lcl = new double[size];
    double[] ucl = new double[size];
    double[] upper = nans(size);
    double[] lower = nans(size);
    double[] ewma = nans(size);
    int[] flags;
    if (type == ChartType.CUSUM) {
      double h = spec.decisionInterval();
      if (!(spec.headStart() < h)) {
        throw new IllegalArgumentException(
            "headStart ("
                + spec.headStart()
                + ") must be < decisionInterval ("
                + h
                + "): a sum starting beyond the decision interval signals at once");
      }
      Cusum.Sums sums = Cusum.of(values, sizes, center, sd, spec.shift(), spec.headStart());
      upper = sums.upper();
      lower = sums.lower();
      java.util.Arrays.fill(lcl, -h);
      java.util.Arrays.fill(ucl, h);
      flags = Cusum.signals(sums, h);
    } else {
      Ewma.Line line = Ewma.of(values, sizes, center, sd, spec.lambda(), spec.nsigmas());
      ewma = line.ewma();
      java.util.Arrays.fill(cl, center);
      System.arraycopy(line.lcl(), 0, lcl, 0, size);
      System.arraycopy(line.ucl(), 0, ucl, 0, size);
      flags = Ewma.signals(line);
    }

    String upId = type.id() + "_upper";
    String downId = type.id() + "_lower";
    List<PointResult> points = new ArrayList<>(size);
    int signals = 0;
    PointType last = PointType.COMMON_CAUSE;
    for (int i = 0; i < size; i++) {
      boolean up = (flags[i] & Cusum.UPPER) != 0;
      boolean down = (flags[i] & Cusum.LOWER) != 0;
      int flag = up ? 1 : down ? -1 : 0;
      signals += flag != 0 ? 1 : 0;
      last = PointType.of(flag, spec.direction(), flag);
      points.add(
          new PointResult(
              i + 1,
              s.x(i).text(),
              values[i],
              sizes[i],
              1,
              i < k,
              true,
              cl[i],
              lcl[i],
              ucl[i],
              Double.NaN,
              Double.NaN,
              flag != 0,
              false,
              spec.target(),
              up && down
                  ? List.of(upId, downId)
                  : up ? List.of(upId) : down ? List.of(downId) : List.of(),
              last,
              upper[i],
              lower[i],
              ewma[i]));
    }
    PartResult part =
        new PartResult(
            1,
            size,
            size,
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            OptionalInt.empty(),
            false,
            signals,
            Stats.mean(cl),
            Stats.mean(lcl),
            Stats.mean(ucl),
            Double.NaN,
            Double.NaN,
            Variation.of(last, spec.direction()),
            null,
            false,
            center,
            sd,
            sdMethod);
    return new Analysis(
        type.id(), points, List.of(part), List.of(), spec.rules(), spec.direction());
  }

  /**
   * The options of Shewhart charts that have no meaning here are refused rather than ignored: a
   * CUSUM runs over all points in one piece, and its calibration points are given by freeze.
   */
  private static void checkOptions(ControlChart spec) {
    String chart = "chart (" + spec.type().id() + ")";
    if (!spec.partEnds().isEmpty() || spec.hasPartsByLabel() || !spec.rebase().isEmpty()) {
      throw new IllegalArgumentException(
          chart + " has no parts: its statistic runs over all points; use freeze for calibration");
    }
    if (spec.fixAfter() > 0) {
      throw new IllegalArgumentException(
          chart + " does not take fixAfter: use freeze to name the calibration points");
    }
    if (!spec.excluded().isEmpty()) {
      throw new IllegalArgumentException(
          chart + " does not take exclude: every point enters the statistic");
    }
    if (spec.multiply() != 1) {
      throw new IllegalArgumentException(
          chart + " does not take multiply: its sums are in standard errors");
    }
  }

  /**
   * The centre of the calibration points as qcc computes it: the mean of individual values ({@code
   * stats.xbar.one}), else Σnᵢx̄ᵢ/Σnᵢ ({@code stats.xbar}).
   */
  private static double mean(Calibration c) {
    if (c.individuals()) {
      return Stats.mean(c.values());
    }
    double sum = 0;
    double count = 0;
    for (int i = 0; i < c.size(); i++) {
      sum += c.sizes()[i] * c.values()[i];
      count += c.sizes()[i];
    }
    return sum / count;
  }

  /** qcc's default: MR for individual values, else UWAVE-R, or RMSDF beyond 25 values. */
  static SdMethod defaultMethod(Calibration c) {
    if (c.individuals()) {
      return SdMethod.MR;
    }
    return c.largest() > 25 ? SdMethod.RMSDF : SdMethod.UWAVE_R;
  }

  private static double estimate(SdMethod method, Calibration c) {
    String id = method.id();
    return switch (method) {
      case MR -> SigmaEstimates.movingRange(c, id);
      case SD -> SigmaEstimates.standardDeviation(c, id);
      case UWAVE_R -> SigmaEstimates.averageRange(c, id);
      case UWAVE_SD -> SigmaEstimates.averageSd(c, id);
      case MVLUE_R -> SigmaEstimates.weightedRange(c, id);
      case MVLUE_SD -> SigmaEstimates.weightedSd(c, id);
      case RMSDF -> SigmaEstimates.pooled(c, id);
    };
  }

  private static double[] nans(int size) {
    double[] column = new double[size];
    java.util.Arrays.fill(column, Double.NaN);
    return column;
  }
}
