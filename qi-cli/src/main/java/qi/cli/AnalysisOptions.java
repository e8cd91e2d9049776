package qi.cli;

import java.util.List;
import picocli.CommandLine.Option;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.EventCounts;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.Series;

/**
 * The analysis options of the CLI contract, mapped onto {@link ControlChart} (shared by commands).
 */
final class AnalysisOptions {
  @Option(
      names = "--chart",
      paramLabel = "CHART",
      converter = Converters.Chart.class,
      description = "run (default), i, mr, xbar, s, t, p, pp, c, u, up, g, ip.")
  ChartType chart = ChartType.RUN;

  @Option(
      names = "--freeze",
      paramLabel = "K",
      description = "Centre line and limits from the first K points only (ignored with parts).")
  Integer freeze;

  @Option(
      names = "--part",
      split = ",",
      paramLabel = "POS",
      description = "New parts start after these positions, e.g. 12,24.")
  List<Integer> parts = List.of();

  @Option(
      names = "--part-column",
      paramLabel = "COL",
      description = "New part wherever a new label first appears in this column.")
  String partColumn;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "POS",
      description = "Leave these positions out of centre line, limits and runs analysis.")
  List<Integer> exclude = List.of();

  @Option(
      names = "--multiply",
      paramLabel = "M",
      description = "Multiply values, centre line and limits (e.g. 100 for percent).")
  Double multiply;

  @Option(
      names = "--agg",
      paramLabel = "FUN",
      converter = Converters.Agg.class,
      description =
          "How rows with the same x are combined without --n: mean (default), median, sum"
              + " (not used with --count).")
  Aggregation aggregation = Aggregation.MEAN;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = Converters.PeriodConverter.class,
      description = "Bucket dates before grouping: day, week (ISO, Monday), month, quarter, year.")
  Period period;

  @Option(
      names = "--runs-method",
      paramLabel = "METHOD",
      converter = Converters.Runs.class,
      description = "anhoej (default), bestbox, cutbox.")
  RunsMethod runsMethod = RunsMethod.ANHOEJ;

  @Option(
      names = "--no-screen-mr",
      description = "Keep moving ranges >= 3.267 x average when estimating sigma.")
  boolean noScreen;

  @Option(
      names = "--cl",
      paramLabel = "V",
      description = "Use this centre line instead of computing it.")
  Double cl;

  @Option(names = "--target", paramLabel = "V", description = "Target value.")
  Double target;

  @Option(
      names = "--nonnegative",
      description =
          "Negative lower limits become 0 when no value is negative (qicharts2 y.neg = FALSE).")
  boolean nonNegative;

  /** Reads the input and analyses it. */
  Analysis analyze(InputOptions input) {
    if (partColumn != null && !parts.isEmpty()) {
      throw new IllegalArgumentException("--part and --part-column cannot be combined: choose one");
    }
    if (input.counts() && partColumn != null) {
      throw new IllegalArgumentException(
          "--part-column cannot be combined with --count: use --part with positions");
    }
    List<Observation> observations = input.read(partColumn);
    if (input.counts()) {
      observations = EventCounts.of(observations, period);
    }
    Series series =
        input.hasDenominator()
            ? Series.ofRatios(observations, period)
            : Series.of(observations, aggregation, period);
    return chart(series).analyze();
  }

  /** The chart specification these options describe, over {@code series}. */
  ControlChart chart(Series series) {
    ControlChart spec = ControlChart.of(chart, series);
    if (freeze != null) {
      spec = spec.freeze(freeze);
    }
    if (partColumn != null) {
      spec = spec.partsByLabel();
    } else if (!parts.isEmpty()) {
      spec = spec.parts(parts.stream().mapToInt(Integer::intValue).toArray());
    }
    if (!exclude.isEmpty()) {
      spec = spec.exclude(exclude.stream().mapToInt(Integer::intValue).toArray());
    }
    if (multiply != null) {
      spec = spec.multiply(multiply);
    }
    if (cl != null) {
      spec = spec.centreLine(cl);
    }
    if (target != null) {
      spec = spec.target(target);
    }
    return spec.runsMethod(runsMethod).screenMovingRanges(!noScreen).nonNegative(nonNegative);
  }
}
