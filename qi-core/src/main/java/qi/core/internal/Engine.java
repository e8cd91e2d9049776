package qi.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.limits.PartData;
import qi.core.limits.PartLimits;
import qi.core.phases.Phases;
import qi.core.result.Analysis;
import qi.core.result.Assurance;
import qi.core.result.PhaseResult;
import qi.core.result.PointResult;
import qi.core.result.PointType;
import qi.core.result.Variation;
import qi.core.rules.AnhoejRuns;
import qi.core.rules.RuleInput;
import qi.core.rules.RunsFigures;
import qi.core.rules.RunsMethod;
import qi.core.rules.SigmaLimits;
import qi.core.series.Subgroup;
import qi.core.series.XValue;

/**
 * The pipeline behind {@link ControlChart#analyze()}, in qicharts2's order ({@code qic.agg}):
 * phases, then per part the chart's limits and the runs analysis, then {@code multiply}, undefined
 * limits, sigma signals, the non-negative clip, and the part summaries.
 */
public final class Engine {
  private Engine() {}

  public static Analysis analyze(ControlChart spec) {
    ChartType type = spec.type();
    List<Subgroup> subgroups = spec.series().subgroups();
    ChartChecks.check(type, spec.series());
    int size = subgroups.size();
    List<String> notes = new ArrayList<>();
    Set<Integer> partEnds =
        new TreeSet<>(
            spec.hasPartsByLabel()
                ? Phases.partEndsFromLabels(subgroups.stream().map(Subgroup::label).toList())
                : spec.partEnds());
    partEnds.addAll(rebaseEnds(spec.rebase(), subgroups));
    if (spec.freeze() > 0 && !partEnds.isEmpty()) {
      notes.add(
          "freeze ("
              + spec.freeze()
              + ") is ignored because the series has parts; each part's limits use all its points"
              + " (as qicharts2)");
    }
    Phases phases = Phases.of(size, spec.freeze(), partEnds, spec.excluded(), spec.fixAfter());
    double m = spec.multiply();

    double[] y = new double[size];
    double[] cl = new double[size];
    double[] lcl = new double[size];
    double[] ucl = new double[size];
    double[] lwl = new double[size];
    double[] uwl = new double[size];
    List<RunsFigures> figures = new ArrayList<>();
    List<int[]> ranges = phases.partRanges();
    for (int[] range : ranges) {
      PartData data = partData(spec, subgroups, phases, range[0], range[1]);
      PartLimits limits = type.limits().limits(data);
      boolean[] included = new boolean[range[1] - range[0]];
      for (int i = 0; i < included.length; i++) {
        included[i] = phases.isIncluded(range[0] + i);
      }
      RunsFigures runs = AnhoejRuns.analyse(limits.y(), limits.cl(), included, spec.runsMethod());
      if (type == ChartType.MR && runs.signal()) {
        runs = withoutSignal(runs);
      }
      noteFallback(spec.runsMethod(), runs, phases.part(range[0]), notes);
      figures.add(runs);
      for (int i = range[0]; i < range[1]; i++) {
        int k = i - range[0];
        y[i] = limits.y()[k] * m;
        cl[i] = limits.cl() * m;
        lcl[i] = limits.lcl()[k] * m;
        ucl[i] = limits.ucl()[k] * m;
        lwl[i] = limits.lwl()[k] * m;
        uwl[i] = limits.uwl()[k] * m;
      }
    }
    // An infinite limit is undefined (as a limit of a subgroup of one). Sums and products of
    // values near ±1.8e308 overflow: an infinite value or centre line is not a number anyone can
    // plot, so it becomes undefined too (NaN, null in JSON), and a note says why.
    for (double[] column : new double[][] {lcl, ucl, lwl, uwl}) {
      undefineInfinities(column);
    }
    boolean overflow = undefineInfinities(y);
    overflow |= undefineInfinities(cl);
    if (overflow) {
      notes.add(
          "some values, centre lines or limits exceed the range of a double (about ±1.8e308) and"
              + " are undefined; rescale the data (e.g. other units) to chart them");
    }
    boolean[] sigma = new boolean[size];
    for (int i = 0; i < size; i++) {
      sigma[i] = SigmaLimits.signals(y[i], lcl[i], ucl[i]);
    }
    List<List<String>> signals = new ArrayList<>(size);
    PointType[] pointTypes = new PointType[size];
    for (int p = 0; p < ranges.size(); p++) {
      int from = ranges.get(p)[0];
      int to = ranges.get(p)[1];
      boolean[] included = new boolean[to - from];
      for (int i = from; i < to; i++) {
        included[i - from] = phases.isIncluded(i);
      }
      RuleInput input =
          new RuleInput(
              slice(y, from, to),
              slice(cl, from, to),
              slice(lcl, from, to),
              slice(ucl, from, to),
              slice(lwl, from, to),
              slice(uwl, from, to),
              included,
              figures.get(p),
              spec.runsMethod());
      List<int[]> flags = spec.rules().rules().stream().map(rule -> rule.flags(input)).toList();
      List<String> ruleIds = spec.rules().rules().stream().map(rule -> rule.id()).toList();
      for (int k = 0; k < to - from; k++) {
        List<String> ids = List.of();
        int first = 0;
        for (int r = 0; r < flags.size(); r++) {
          int flag = flags.get(r)[k];
          if (flag != 0) {
            if (ids.isEmpty()) {
              ids = new ArrayList<>(2);
            }
            ids.add(ruleIds.get(r));
            first = first == 0 ? flag : first;
          }
        }
        signals.add(ids);
        pointTypes[from + k] = PointType.of(first, spec.direction(), input.side(k));
      }
    }
    if (spec.isNonNegative() && !(Stats.minimum(y) < 0)) {
      // qicharts2 clips after the sigma signals; with no negative value no signal can change.
      clipNegative(lcl);
      clipNegative(lwl);
    }

    List<PointResult> points = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Subgroup subgroup = subgroups.get(i);
      RunsFigures runs = figures.get(phases.part(i) - 1);
      points.add(
          new PointResult(
              i + 1,
              subgroup.x().text(),
              y[i],
              pointN(type, spec.series().hasDenominator(), subgroup),
              phases.part(i),
              phases.isBaseline(i),
              phases.isIncluded(i),
              cl[i],
              lcl[i],
              ucl[i],
              lwl[i],
              uwl[i],
              sigma[i],
              runs.signal(),
              spec.target(),
              signals.get(i),
              pointTypes[i]));
    }
    List<PhaseResult> parts = new ArrayList<>();
    for (int[] range : ranges) {
      RunsFigures runs = figures.get(parts.size());
      int last = range[1] - 1;
      int sigmaSignals = 0;
      for (int i = range[0]; i < range[1]; i++) {
        sigmaSignals += sigma[i] ? 1 : 0;
      }
      parts.add(
          new PhaseResult(
              parts.size() + 1,
              runs.nObs(),
              runs.nUseful(),
              runs.longestRun(),
              runs.longestRunMax(),
              runs.crossings(),
              runs.crossingsMin(),
              runs.signal(),
              sigmaSignals,
              meanOver(cl, range),
              meanOver(lcl, range),
              meanOver(ucl, range),
              meanOver(lwl, range),
              meanOver(uwl, range),
              Variation.of(pointTypes[last], spec.direction()),
              Assurance.of(spec.target(), lcl[last], ucl[last], spec.direction()),
              range[1] - range[0] < SHORT_PART));
    }
    return new Analysis(type.id(), points, parts, notes, spec.rules(), spec.direction());
  }

  /** Parts with fewer points than this have trial limits (NHSRplotthedots' warning threshold). */
  private static final int SHORT_PART = 13;

  /** Part ends before the first point on or after each rebase x value. */
  private static Set<Integer> rebaseEnds(List<XValue> rebase, List<Subgroup> subgroups) {
    Set<Integer> ends = new TreeSet<>();
    for (XValue start : rebase) {
      int index = 0;
      while (index < subgroups.size() && subgroups.get(index).x().compareTo(start) < 0) {
        index++;
      }
      if (index == subgroups.size()) {
        throw new IllegalArgumentException(
            "rebase ("
                + start.text()
                + ") must not be after the last point ("
                + subgroups.get(subgroups.size() - 1).x().text()
                + ")");
      }
      if (index > 0) {
        ends.add(index);
      }
    }
    return ends;
  }

  /** The part's values; the array itself when the part is the whole series (nothing copied). */
  private static double[] slice(double[] values, int from, int to) {
    return from == 0 && to == values.length
        ? values
        : java.util.Arrays.copyOfRange(values, from, to);
  }

  private static PartData partData(
      ControlChart spec, List<Subgroup> subgroups, Phases phases, int from, int to) {
    int size = to - from;
    double[] value = new double[size];
    double[] n = new double[size];
    double[] sum = new double[size];
    double[] count = new double[size];
    double[] mean = new double[size];
    double[] sd = new double[size];
    boolean[] base = new boolean[size];
    for (int k = 0; k < size; k++) {
      Subgroup s = subgroups.get(from + k);
      value[k] = s.value();
      n[k] = s.n();
      sum[k] = s.sum();
      count[k] = s.count();
      mean[k] = s.mean();
      sd[k] = s.sd();
      base[k] = phases.isBaseline(from + k) && phases.isIncluded(from + k);
    }
    return new PartData(
        value, n, sum, count, mean, sd, base, spec.centreLine(), spec.screensMovingRanges());
  }

  private static double pointN(ChartType type, boolean ratios, Subgroup subgroup) {
    if (ratios) {
      return subgroup.n();
    }
    return type.isSubgrouped() ? subgroup.count() : Double.NaN;
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

  /** Replaces every infinity by NaN; whether there was one. */
  private static boolean undefineInfinities(double[] values) {
    boolean found = false;
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        values[i] = Double.NaN;
        found = true;
      }
    }
    return found;
  }

  private static void clipNegative(double[] limits) {
    for (int i = 0; i < limits.length; i++) {
      if (limits[i] < 0) {
        limits[i] = 0;
      }
    }
  }

  private static double meanOver(double[] values, int[] range) {
    return Stats.mean(values, range[0], range[1]);
  }
}
