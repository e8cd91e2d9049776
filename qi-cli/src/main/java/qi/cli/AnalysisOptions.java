package qi.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;
import qi.core.ChartAdvisor;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.SdMethod;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.EventCounts;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The analysis options of the CLI contract, mapped onto {@link ControlChart} (shared by commands).
 */
final class AnalysisOptions {
  @Option(
      names = "--chart",
      paramLabel = "CHART",
      converter = Converters.Chart.class,
      completionCandidates = Converters.ChartNames.class,
      description =
          "run (default), i, mr, xbar, s, t, p, pp, c, u, up, g, ip, xmr, cusum, ewma, or auto"
              + " (qi suggests one from the data and says why).")
  ChartType chart = ChartType.RUN;

  /** Notes on how the options were applied (e.g. the chart that auto chose), for stderr. */
  final List<String> notes = new ArrayList<>();

  /** The data's {@code --date-format} (null: none), for options that take x values. */
  String dateFormat;

  /** The denominator column (null: none), whose name tells {@code --chart auto} about exposure. */
  private String denominator;

  /** The first x value read, whose kind options that take x values share. */
  XValue firstX;

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
      description =
          "How rows with the same x are combined without --n: mean (default), median, sum, sd"
              + " (not used with --count).")
  Aggregation aggregation = Aggregation.MEAN;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "Bucket dates before grouping: day, week (ISO, Monday), month, quarter, year.")
  Period period;

  @Option(
      names = "--runs-method",
      paramLabel = "METHOD",
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

  @Option(
      names = "--target",
      paramLabel = "V",
      description = "Target value, or one per facet with --by: A=25,B=75.")
  String target;

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      converter = Converters.Rules.class,
      completionCandidates = Converters.RuleNames.class,
      description = "Rule set: anhoej (default; nhs for xmr), nhs, western-electric, nelson, ihi.")
  RuleSet rules;

  @Option(
      names = "--direction",
      paramLabel = "DIR",
      description = "Which way is better: increase, decrease, neutral (default).")
  Direction direction = Direction.NEUTRAL;

  @Option(
      names = "--rebase",
      split = ",",
      paramLabel = "X",
      description =
          "New parts start at these x values, written as the data's (e.g. 2021-01-01,2022-07-01"
              + " or \"Jan 2021\").")
  List<String> rebase = List.of();

  @Option(
      names = "--fix-after",
      paramLabel = "N",
      description = "Within each part, centre line and limits from its first N points only.")
  Integer fixAfter;

  @Option(
      names = "--by",
      paramLabel = "COL",
      description = "One analysis per value of this column (small multiples).")
  String by;

  @Option(
      names = "--nonnegative",
      description =
          "Negative lower limits become 0 when no value is negative (qicharts2 y.neg = FALSE).")
  boolean nonNegative;

  @Option(
      names = "--center",
      paramLabel = "V",
      description =
          "cusum, ewma: the known in-control mean (default: mean of the calibration points).")
  Double center;

  @Option(
      names = "--sd",
      paramLabel = "V",
      description = "cusum, ewma: the known standard deviation of one value (> 0).")
  Double sd;

  @Option(
      names = "--sd-method",
      paramLabel = "METHOD",
      converter = Converters.Sd.class,
      completionCandidates = Converters.SdMethodIds.class,
      description =
          "cusum, ewma: how sd is estimated: mr, sd (individual values), uwave-r, uwave-sd,"
              + " mvlue-r, mvlue-sd, rmsdf (subgroups). Default: mr for individual values,"
              + " uwave-r for subgroups (rmsdf above 25 values).")
  SdMethod sdMethod;

  @Option(
      names = "--decision-interval",
      paramLabel = "H",
      description = "cusum: signal when a sum exceeds H standard errors (default 5).")
  Double decisionInterval;

  @Option(
      names = "--shift",
      paramLabel = "S",
      description = "cusum: the shift to detect, in standard errors (default 1; k = S/2).")
  Double shift;

  @Option(
      names = "--head-start",
      paramLabel = "V",
      description = "cusum: both sums start at V standard errors, 0 <= V < H (default 0).")
  Double headStart;

  @Option(
      names = "--lambda",
      paramLabel = "L",
      description = "ewma: the weight of the newest point, 0 < L <= 1 (default 0.2).")
  Double lambda;

  @Option(
      names = "--nsigmas",
      paramLabel = "N",
      description = "ewma: limits at N standard deviations of the average (default 3).")
  Double nsigmas;

  /** Reads the input and analyzes it; {@code --by} is not allowed here. */
  Analysis analyze(InputOptions input) {
    if (by != null) {
      throw new IllegalArgumentException("--by is not supported by this command");
    }
    return analyzeFacets(input).get(0).analysis();
  }

  /**
   * Reads the input and analyzes it, once per value of the {@code --by} column (in sorted order),
   * or once with a null facet name without {@code --by}.
   */
  List<Facet> analyzeFacets(InputOptions input) {
    if (partColumn != null && !parts.isEmpty()) {
      throw new IllegalArgumentException("--part and --part-column cannot be combined: choose one");
    }
    dateFormat = input.dateFormat;
    denominator = input.n;
    List<Observation> observations = input.read(by != null ? by : partColumn);
    firstX = observations.get(0).x();
    if (by == null) {
      return List.of(
          new Facet(null, chart(series(observations, input), parseTarget(null)).analyze()));
    }
    // Each facet's own parts: the same rows read again with the part labels instead.
    List<Observation> withParts = partColumn == null ? observations : input.read(partColumn);
    // Grouped by hash, then sorted once: a sorted map would compare labels for every row.
    Map<String, List<Observation>> byLabel = new HashMap<>();
    for (int i = 0; i < observations.size(); i++) {
      byLabel
          .computeIfAbsent(observations.get(i).label(), k -> new ArrayList<>())
          .add(withParts.get(i));
    }
    Map<String, List<Observation>> groups = new TreeMap<>(byLabel);
    Map<String, Double> targets = parseTargets(groups.keySet());
    // Facets are independent: analyze them on every core, keeping them in sorted order and
    // reporting the first failing facet in that order, whichever thread met it first.
    List<Map.Entry<String, List<Observation>>> entries = new ArrayList<>(groups.entrySet());
    Object[] results = new Object[entries.size()];
    IntStream.range(0, results.length)
        .parallel()
        .forEach(
            k -> {
              Map.Entry<String, List<Observation>> group = entries.get(k);
              try {
                Series series = series(group.getValue(), input);
                results[k] =
                    new Facet(group.getKey(), chart(series, targets.get(group.getKey())).analyze());
              } catch (IllegalArgumentException e) {
                results[k] =
                    new IllegalArgumentException(
                        "facet " + group.getKey() + " (--by " + by + "): " + e.getMessage(), e);
              } catch (RuntimeException e) {
                results[k] = e;
              }
            });
    List<Facet> facets = new ArrayList<>(results.length);
    for (Object result : results) {
      if (result instanceof RuntimeException e) {
        throw e;
      }
      facets.add((Facet) result);
    }
    return facets;
  }

  private Series series(List<Observation> rows, InputOptions input) {
    List<Observation> observations = input.counts() ? EventCounts.of(rows, period) : rows;
    return input.hasDenominator()
        ? Series.ofRatios(observations, period)
        : Series.of(observations, aggregation, period);
  }

  /**
   * The CUSUM and EWMA options, each refused with any other chart; a core message is prefixed by
   * the option that caused it.
   */
  private ControlChart memoryOptions(ControlChart spec) {
    ChartType type = spec.type();
    boolean cusum = type == ChartType.CUSUM;
    only("--decision-interval", decisionInterval, cusum, "cusum", type);
    only("--shift", shift, cusum, "cusum", type);
    only("--head-start", headStart, cusum, "cusum", type);
    only("--lambda", lambda, type == ChartType.EWMA, "ewma", type);
    only("--nsigmas", nsigmas, type == ChartType.EWMA, "ewma", type);
    only("--center", center, type.hasMemory(), "cusum or ewma", type);
    only("--sd", sd, type.hasMemory(), "cusum or ewma", type);
    only("--sd-method", sdMethod, type.hasMemory(), "cusum or ewma", type);
    if (!type.hasMemory()) {
      return spec;
    }
    if (sd != null && sdMethod != null) {
      throw new IllegalArgumentException("--sd and --sd-method cannot be combined: choose one");
    }
    if (center != null && cl != null) {
      throw new IllegalArgumentException("--center and --cl cannot be combined: choose one");
    }
    ControlChart c = spec;
    c = center == null ? c : option("--center", () -> spec.centreLine(center));
    c = apply(c, "--sd", sd, ControlChart::sd);
    c = sdMethod == null ? c : c.sdMethod(sdMethod);
    c = apply(c, "--decision-interval", decisionInterval, ControlChart::decisionInterval);
    c = apply(c, "--shift", shift, ControlChart::shift);
    c = apply(c, "--head-start", headStart, ControlChart::headStart);
    c = apply(c, "--lambda", lambda, ControlChart::lambda);
    return apply(c, "--nsigmas", nsigmas, ControlChart::nsigmas);
  }

  private static void only(
      String option, Object value, boolean applies, String charts, ChartType type) {
    if (value != null && !applies) {
      throw new IllegalArgumentException(
          option + " applies to --chart " + charts + ", not " + type.id());
    }
  }

  private static ControlChart apply(
      ControlChart spec,
      String option,
      Double value,
      java.util.function.BiFunction<ControlChart, Double, ControlChart> setter) {
    return value == null ? spec : option(option, () -> setter.apply(spec, value));
  }

  private static ControlChart option(
      String option, java.util.function.Supplier<ControlChart> apply) {
    try {
      return apply.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  /** The target of one facet (null name: no --by); null when none applies. */
  private Double parseTarget(String facet) {
    if (target == null) {
      return null;
    }
    if (target.contains("=")) {
      throw new IllegalArgumentException(
          "--target (" + target + ") gives targets per facet: use it with --by");
    }
    return number("--target", target);
  }

  private Map<String, Double> parseTargets(java.util.Set<String> facets) {
    Map<String, Double> targets = new HashMap<>();
    if (target == null) {
      return targets;
    }
    if (!target.contains("=")) {
      double value = number("--target", target);
      facets.forEach(f -> targets.put(f, value));
      return targets;
    }
    for (String pair : target.split(",")) {
      String[] parts = pair.split("=", 2);
      String facet = parts[0].trim();
      if (parts.length != 2 || !facets.contains(facet)) {
        throw new IllegalArgumentException(
            "--target ("
                + pair
                + ") must be FACET=VALUE with FACET one of "
                + String.join(", ", facets));
      }
      if (targets.put(facet, number("--target", parts[1])) != null) {
        throw new IllegalArgumentException(
            "--target ("
                + target
                + ") gives facet \""
                + facet
                + "\" more than one value; which is meant would be a guess");
      }
    }
    return targets;
  }

  private static double number(String option, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " (" + text + ") must be a number");
    }
  }

  /** The chart specification these options describe, over {@code series}. */
  ControlChart chart(Series series) {
    return chart(series, parseTarget(null));
  }

  private ControlChart chart(Series series, Double targetValue) {
    ChartType type = chart;
    if (type == null) {
      ChartAdvisor.Recommendation advice = ChartAdvisor.recommend(series, denominator);
      type = advice.chart();
      notes.add("--chart auto chose " + type.id() + ": " + advice.reason());
    }
    ControlChart spec = ControlChart.of(type, series);
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
    spec = memoryOptions(spec);
    if (targetValue != null) {
      spec = spec.target(targetValue);
    }
    if (rules != null) {
      spec = spec.rules(rules);
    }
    if (!rebase.isEmpty()) {
      XValue like = series.subgroups().get(0).x();
      spec =
          spec.rebase(
              rebase.stream()
                  .map(r -> XValue.parseLike("--rebase", r, dateFormat, like))
                  .toArray(XValue[]::new));
    }
    if (fixAfter != null) {
      spec = spec.fixAfter(fixAfter);
    }
    return spec.runsMethod(runsMethod)
        .screenMovingRanges(!noScreen)
        .nonNegative(nonNegative)
        .direction(direction);
  }
}
