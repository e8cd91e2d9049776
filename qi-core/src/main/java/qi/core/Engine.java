package qi.core;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntToDoubleFunction;
import qi.core.internal.SigmaLimits;
import qi.core.internal.Stats;
import qi.core.limits.PartData;
import qi.core.limits.PartLimits;
import qi.core.parts.Parts;
import qi.core.result.Analysis;
import qi.core.result.Assurance;
import qi.core.result.PartResult;
import qi.core.result.PointType;
import qi.core.result.Variation;
import qi.core.rules.Direction;
import qi.core.rules.Rule;
import qi.core.rules.RuleInput;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsFigures;
import qi.core.rules.RunsMethod;
import qi.core.runs.AnhoejRuns;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The pipeline behind {@link ControlChart#analyze()}, in qicharts2's order ({@code qic.agg}):
 * parts, then per part the chart's limits and the runs analysis, then {@code multiply}, undefined
 * limits, sigma signals, the non-negative clip, and the part summaries.
 */
final class Engine {
  private Engine() {}

  /**
   * The series' own value column ({@code Series.values()}, private): a part that is the whole
   * series hands it to the limits without copying, and the analysis shares it as y when the chart
   * plots the values unchanged (run, I and ratio charts). Within its own module, a class may look
   * into another's private members with {@code privateLookupIn}; nothing outside qi-core can.
   */
  private static final MethodHandle SERIES_VALUES;

  /**
   * {@code Analysis.ofColumns} (private): builds the analysis over the engine's columns without
   * copying them. It takes the part masks, a type of the unexported {@code parts}, so it is no
   * public API; the engine reaches it as it reaches the series' values.
   */
  private static final MethodHandle ANALYSIS_OF_COLUMNS;

  static {
    try {
      SERIES_VALUES =
          MethodHandles.privateLookupIn(Series.class, MethodHandles.lookup())
              .findVirtual(Series.class, "values", MethodType.methodType(double[].class));
      ANALYSIS_OF_COLUMNS =
          MethodHandles.privateLookupIn(Analysis.class, MethodHandles.lookup())
              .findStatic(
                  Analysis.class,
                  "ofColumns",
                  MethodType.methodType(
                      Analysis.class,
                      String.class,
                      Series.class,
                      boolean.class,
                      Parts.class,
                      double[][].class,
                      boolean[].class,
                      double.class,
                      int[].class,
                      byte[].class,
                      List.class,
                      List.class,
                      RuleSet.class,
                      Direction.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static Analysis analyze(ControlChart spec) {
    ChartType type = spec.type();
    Series subgroups = spec.series();
    ChartChecks.check(type, subgroups);
    int size = subgroups.size();
    List<String> notes = new ArrayList<>();
    Set<Integer> partEnds =
        new TreeSet<>(
            spec.hasPartsByLabel() ? Parts.partEndsFromLabels(labels(subgroups)) : spec.partEnds());
    partEnds.addAll(rebaseEnds(spec.rebase(), subgroups, notes));
    if (spec.freeze() > 0 && !partEnds.isEmpty()) {
      notes.add(
          "freeze ("
              + spec.freeze()
              + ") is ignored because the series has parts; each part's limits use all its points"
              + " (as qicharts2)");
    }
    if (subgroups.hasDenominator()) {
      for (int i = 0; i < size; i++) {
        if (subgroups.n(i) == 0) {
          notes.add(Analysis.noDenominatorNote(subgroups.x(i).text()));
        }
      }
    }
    Parts masks = Parts.of(size, spec.freeze(), partEnds, spec.excluded(), spec.fixAfter());
    List<int[]> ranges = masks.partRanges();
    boolean[] included = new boolean[size];
    for (int i = 0; i < size; i++) {
      included[i] = masks.isIncluded(i);
    }
    // y, cl, lcl, ucl, lwl, uwl per point, after multiply
    double[][] lines = new double[LINES][];
    List<RunsFigures> figures = new ArrayList<>();
    for (int[] range : ranges) {
      PartLimits limits = type.limits().limits(partData(spec, subgroups, masks, range));
      boolean[] partIncluded = slice(included, range);
      RunsFigures runs =
          AnhoejRuns.analyze(limits.y(), limits.cl(), partIncluded, spec.runsMethod());
      if (type == ChartType.MR && runs.signal()) {
        runs = withoutSignal(runs);
      }
      noteFallback(spec.runsMethod(), runs, masks.part(range[0]), notes);
      figures.add(runs);
      double[][] partLines = {
        limits.y(),
        filled(range, limits.cl()),
        limits.lcl(),
        limits.ucl(),
        limits.lwl(),
        limits.uwl()
      };
      for (int line = 0; line < LINES; line++) {
        lines[line] = place(lines[line], partLines[line], range, size, spec.multiply());
      }
    }
    // An infinite limit is undefined (as a limit of a subgroup of one). Sums and products of
    // values near ±1.8e308 overflow: an infinite value or centre line is not a number anyone can
    // plot, so it becomes undefined too (NaN, null in JSON), and a note says why. The centre line
    // is one value per part, and so are the limits of most charts (one σ̂ per part): those columns
    // are looked at once per part instead of once per point.
    boolean[] uniform = new boolean[ranges.size()];
    boolean limitsUniform = true;
    for (int p = 0; p < ranges.size(); p++) {
      uniform[p] = uniformLimits(lines, ranges.get(p));
      limitsUniform &= uniform[p];
    }
    for (int line = LCL; line <= UWL; line++) {
      if (!limitsUniform || anyInfinite(lines[line], ranges)) {
        lines[line] = undefineInfinities(lines[line]);
      }
    }
    double[] y = undefineInfinities(lines[Y]);
    double[] cl = anyInfinite(lines[CL], ranges) ? undefineInfinities(lines[CL]) : lines[CL];
    if (y != lines[Y] || cl != lines[CL]) {
      notes.add(
          "some values, centre lines or limits exceed the range of a double (about ±1.8e308) and"
              + " are undefined; rescale the data (e.g. other units) to chart them");
    }
    lines[Y] = y;
    lines[CL] = cl;

    int rulesCount = spec.rules().rules().size();
    int[] signalMask = new int[size];
    byte[] pointTypes = new byte[size]; // all COMMON_CAUSE (ordinal 0) until a rule flags a point
    for (int p = 0; p < ranges.size(); p++) {
      int[] range = ranges.get(p);
      RuleInput input =
          new RuleInput(
              slice(y, range),
              slice(cl, range),
              slice(lines[LCL], range),
              slice(lines[UCL], range),
              slice(lines[LWL], range),
              slice(lines[UWL], range),
              slice(included, range),
              figures.get(p),
              spec.runsMethod());
      int[] firstFlag = new int[range[1] - range[0]];
      int[][] flagsOfRules = flags(spec.rules().rules(), input);
      for (int r = 0; r < rulesCount; r++) {
        int[] flags = flagsOfRules[r];
        for (int k = 0; k < flags.length; k++) {
          if (flags[k] != 0) {
            signalMask[range[0] + k] |= 1 << r;
            firstFlag[k] = firstFlag[k] == 0 ? flags[k] : firstFlag[k];
          }
        }
      }
      for (int k = 0; k < firstFlag.length; k++) {
        if (firstFlag[k] != 0) {
          pointTypes[range[0] + k] =
              (byte) PointType.of(firstFlag[k], spec.direction(), input.side(k)).ordinal();
        }
      }
    }
    if (spec.isNonNegative() && !(Stats.minimum(y) < 0)) {
      // qicharts2 clips after the sigma signals; with no negative value no signal can change.
      lines[LCL] = clipNegative(lines[LCL]);
      lines[LWL] = clipNegative(lines[LWL]);
    }
    double[] lcl = lines[LCL];
    double[] ucl = lines[UCL];

    List<PartResult> parts = new ArrayList<>();
    boolean[] runsSignalOfPart = new boolean[ranges.size()];
    for (int[] range : ranges) {
      RunsFigures runs = figures.get(parts.size());
      runsSignalOfPart[parts.size()] = runs.signal();
      int last = range[1] - 1;
      int sigmaSignals = 0;
      int usable = 0;
      for (int i = range[0]; i < range[1]; i++) {
        sigmaSignals += SigmaLimits.signals(y[i], lcl[i], ucl[i]) ? 1 : 0;
        usable += included[i] && Double.isFinite(y[i]) ? 1 : 0;
      }
      if (usable == 0) {
        // Never let an empty part read as "no signal": say so (Verdict and Headline say it too).
        notes.add(
            "no points left to analyze in part "
                + (parts.size() + 1)
                + ": every point is excluded or missing");
      }
      parts.add(
          new PartResult(
              parts.size() + 1,
              runs.nObs(),
              runs.nUseful(),
              runs.longestRun(),
              runs.longestRunMax(),
              runs.crossings(),
              runs.crossingsMin(),
              runs.signal(),
              sigmaSignals,
              cl[range[0]],
              meanOver(lcl, range, uniform[parts.size()]),
              meanOver(ucl, range, uniform[parts.size()]),
              meanOver(lines[LWL], range, uniform[parts.size()]),
              meanOver(lines[UWL], range, uniform[parts.size()]),
              Variation.of(PointType.values()[pointTypes[last]], spec.direction()),
              Assurance.of(spec.target(), lcl[last], ucl[last], spec.direction()),
              range[1] - range[0] < SHORT_PART,
              Double.NaN,
              Double.NaN,
              null));
    }
    return ofColumns(
        type.id(),
        subgroups,
        !subgroups.hasDenominator() && type.isSubgrouped(),
        masks,
        lines,
        runsSignalOfPart,
        spec.target(),
        signalMask,
        pointTypes,
        parts,
        notes,
        spec.rules(),
        spec.direction());
  }

  private static Analysis ofColumns(
      String chart,
      Series series,
      boolean subgrouped,
      Parts masks,
      double[][] lines,
      boolean[] runsSignalOfPart,
      double target,
      int[] signalMask,
      byte[] pointTypes,
      List<PartResult> parts,
      List<String> notes,
      RuleSet rules,
      Direction direction) {
    try {
      return (Analysis)
          ANALYSIS_OF_COLUMNS.invokeExact(
              chart,
              series,
              subgrouped,
              masks,
              lines,
              runsSignalOfPart,
              target,
              signalMask,
              pointTypes,
              parts,
              notes,
              rules,
              direction);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build the analysis", e);
    }
  }

  private static final int LINES = 6;
  private static final int Y = 0;
  private static final int CL = 1;
  private static final int LCL = 2;
  private static final int UCL = 3;
  private static final int LWL = 4;
  private static final int UWL = 5;

  /**
   * Puts one part's column into the series' column: the part's own array when it is the whole
   * series and nothing is multiplied (nothing copied), else a copy times {@code multiply}.
   */
  private static double[] place(double[] column, double[] part, int[] range, int size, double m) {
    if (range[0] == 0 && range[1] == size && m == 1) {
      return part;
    }
    double[] target = column == null ? new double[size] : column;
    for (int k = 0; k < part.length; k++) {
      target[range[0] + k] = part[k] * m;
    }
    return target;
  }

  private static double[] filled(int[] range, double value) {
    double[] column = new double[range[1] - range[0]];
    Arrays.fill(column, value);
    return column;
  }

  private static List<String> labels(Series subgroups) {
    List<String> labels = new ArrayList<>(subgroups.size());
    for (int i = 0; i < subgroups.size(); i++) {
      labels.add(subgroups.label(i));
    }
    return labels;
  }

  /**
   * From this many points of a part on, its rules are evaluated on every core: each reads the part
   * and writes only its own flags, and a rule over a million points takes milliseconds, while
   * handing one to another thread costs microseconds.
   */
  private static final int RULES_ON_ALL_CORES_FROM = 100_000;

  /**
   * The flags of each rule over the part, in the rule set's order; a long part's rules in the
   * common fork-join pool (all joined before this returns).
   */
  private static int[][] flags(List<Rule> rules, RuleInput part) {
    int[][] flags = new int[rules.size()][];
    if (part.size() < RULES_ON_ALL_CORES_FROM
        || rules.size() < 2
        || Runtime.getRuntime().availableProcessors() < 2) {
      for (int r = 0; r < flags.length; r++) {
        flags[r] = rules.get(r).flags(part);
      }
      return flags;
    }
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int r = 0; r < flags.length; r++) {
      int rule = r;
      tasks.add(ForkJoinTask.adapt(() -> flags[rule] = rules.get(rule).flags(part)));
    }
    ForkJoinTask.invokeAll(tasks);
    return flags;
  }

  /** Parts with fewer points than this have trial limits (NHSRplotthedots' warning threshold). */
  private static final int SHORT_PART = 13;

  /**
   * Part ends before the first point on or after each rebase x value (x is sorted). An x after the
   * last point is an error (no point could start the part); one before the first point starts no
   * part and is noted, not refused: the same rebase applies to every facet of a grouped analysis,
   * and a facet may begin after it.
   */
  private static Set<Integer> rebaseEnds(
      List<XValue> rebase, Series subgroups, List<String> notes) {
    Set<Integer> ends = new TreeSet<>();
    int size = subgroups.size();
    for (XValue start : rebase) {
      int low = 0;
      int high = size;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (subgroups.x(middle).compareTo(start) < 0) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      if (low == size) {
        throw new IllegalArgumentException(
            "rebase ("
                + start.text()
                + ") must not be after the last point ("
                + subgroups.x(size - 1).text()
                + ")");
      }
      if (low > 0) {
        ends.add(low);
      } else if (start.compareTo(subgroups.x(0)) < 0) {
        notes.add(
            "rebase ("
                + start.text()
                + ") is before the first point ("
                + subgroups.x(0).text()
                + "): no part starts there");
      }
    }
    return ends;
  }

  /** The part's values; the array itself when the part is the whole series (nothing copied). */
  private static double[] slice(double[] values, int[] range) {
    return range[0] == 0 && range[1] == values.length
        ? values
        : Arrays.copyOfRange(values, range[0], range[1]);
  }

  private static boolean[] slice(boolean[] values, int[] range) {
    return range[0] == 0 && range[1] == values.length
        ? values
        : Arrays.copyOfRange(values, range[0], range[1]);
  }

  /**
   * The part's columns as its limits read them, each made the first time the chart asks for it: the
   * series' own value column for a part that is the whole series, else a copy of the part.
   */
  private static PartData partData(ControlChart spec, Series subgroups, Parts masks, int[] range) {
    int from = range[0];
    int to = range[1];
    boolean[] base = new boolean[to - from];
    for (int k = 0; k < base.length; k++) {
      base[k] = masks.isBaseline(from + k) && masks.isIncluded(from + k);
    }
    boolean whole = from == 0 && to == subgroups.size();
    return new PartData(
        () -> whole ? values(subgroups) : column(from, to, subgroups::value),
        () -> column(from, to, subgroups::n),
        () -> column(from, to, subgroups::sum),
        () -> column(from, to, subgroups::count),
        () -> column(from, to, subgroups::mean),
        () -> column(from, to, subgroups::sd),
        base,
        spec.centreLine(),
        spec.screensMovingRanges());
  }

  private static double[] values(Series series) {
    try {
      return (double[]) SERIES_VALUES.invokeExact(series);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read the series' values", e);
    }
  }

  /** The column of subgroups [from, to), read from the series. */
  private static double[] column(int from, int to, IntToDoubleFunction field) {
    double[] column = new double[to - from];
    for (int i = from; i < to; i++) {
      column[i - from] = field.applyAsDouble(i);
    }
    return column;
  }

  private static RunsFigures withoutSignal(RunsFigures runs) {
    return new RunsFigures(
        runs.nObs(),
        runs.nUseful(),
        runs.longestRun(),
        runs.longestRunMax(),
        runs.crossings(),
        runs.crossingsMin(),
        false);
  }

  private static void noteFallback(
      RunsMethod method, RunsFigures runs, int part, List<String> notes) {
    if (method != RunsMethod.ANHOEJ
        && runs.nUseful() > 0
        && (runs.nUseful() < 10 || runs.nUseful() > 100)) {
      notes.add(
          "runs method "
              + method.id()
              + " needs 10 to 100 useful observations; part "
              + part
              + " has "
              + runs.nUseful()
              + ", so the Anhoej rules were used (as qicharts2)");
    }
  }

  /**
   * The values with every infinity replaced by NaN: the array itself when it has none, else a copy
   * (the array may be the series' own column, which is never written).
   */
  private static double[] undefineInfinities(double[] values) {
    double[] result = values;
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        result = result == values ? values.clone() : result;
        result[i] = Double.NaN;
      }
    }
    return result;
  }

  /** The limits with negative ones raised to 0; the array itself when none is negative. */
  private static double[] clipNegative(double[] limits) {
    double[] result = limits;
    for (int i = 0; i < limits.length; i++) {
      if (limits[i] < 0) {
        result = result == limits ? limits.clone() : result;
        result[i] = 0;
      }
    }
    return result;
  }

  /**
   * Whether the four limits are each one value over the part (the same bits at every point), as
   * they are where σ̂ is one value per part. In one pass that stops at the first point where a
   * limit differs from the part's first.
   */
  private static boolean uniformLimits(double[][] lines, int[] range) {
    double[] lcl = lines[LCL];
    double[] ucl = lines[UCL];
    double[] lwl = lines[LWL];
    double[] uwl = lines[UWL];
    int first = range[0];
    long lower = Double.doubleToRawLongBits(lcl[first]);
    long upper = Double.doubleToRawLongBits(ucl[first]);
    long lowerWarning = Double.doubleToRawLongBits(lwl[first]);
    long upperWarning = Double.doubleToRawLongBits(uwl[first]);
    for (int i = first + 1; i < range[1]; i++) {
      if (Double.doubleToRawLongBits(lcl[i]) != lower
          || Double.doubleToRawLongBits(ucl[i]) != upper
          || Double.doubleToRawLongBits(lwl[i]) != lowerWarning
          || Double.doubleToRawLongBits(uwl[i]) != upperWarning) {
        return false;
      }
    }
    return true;
  }

  /** Whether the column, one value over each part, is infinite in any part. */
  private static boolean anyInfinite(double[] column, List<int[]> ranges) {
    for (int[] range : ranges) {
      if (Double.isInfinite(column[range[0]])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mean of the part's defined values: the part's first value when the column is {@code
   * uniform} over the part (NaN if that is).
   */
  private static double meanOver(double[] values, int[] range, boolean uniform) {
    return uniform ? values[range[0]] : meanOver(values, range);
  }

  /**
   * The mean of the part's defined values. Limits are mostly the same at every point of a part:
   * then the mean is that value, found in one pass that stops at the first differing value.
   */
  private static double meanOver(double[] values, int[] range) {
    double first = Double.NaN;
    for (int i = range[0]; i < range[1]; i++) {
      double v = values[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (Double.isNaN(first)) {
        first = v;
      } else if (v != first) {
        return Stats.mean(values, range[0], range[1]);
      }
    }
    return first;
  }
}
