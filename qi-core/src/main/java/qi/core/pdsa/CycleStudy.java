package qi.core.pdsa;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.internal.Checks;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.rules.Direction;
import qi.core.rules.RunsMethod;
import qi.core.runs.AnhoejRuns;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.Subgroup;
import qi.core.series.XValue;

/**
 * "Did this change make a difference?": analyzes a cycle's measure with the cycle's start as a
 * phase break or a freeze point and reports whether a special cause appeared after it.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>Read the measure's CSV file ({@link CsvInput}) and group it as {@code qi analyze} does:
 *       {@link Series#ofRatios} with a denominator column, {@link Series#of} (mean) without.
 *   <li>K = the number of points whose x is before the start; point K + 1 is the first on or after
 *       it. There must be at least one point on each side.
 *   <li>Analyze with {@link ControlChart#parts parts(K)} ({@link StudyMethod#PHASE}) or {@link
 *       ControlChart#freeze freeze(K)} ({@link StudyMethod#FREEZE}): the same analysis as {@code qi
 *       analyze FILE --chart C --x X --y Y [--n N] --part K} or {@code --freeze K}.
 *   <li>Signals after the start: a point after the start outside the 3σ control limits ({@code
 *       sigmaSignal}, as {@code qi analyze} marks it); the runs analysis of the points after the
 *       start ({@code runsSignal}): for PHASE the runs analysis of their part, as {@code qi analyze
 *       --part K} reports it; for FREEZE the Anhøj runs analysis (Anhøj and Olesen 2014) of the
 *       points after the start against the baseline's centre line, as {@code qi analyze} of those
 *       points alone with {@code --chart run --cl CENTRE} gives it. (The runs analysis of {@code
 *       --freeze K} covers the baseline too, so a baseline that signals would seem to signal after
 *       the start.)
 *   <li>When: the smallest m such that the first m points after the start signal as in step 4, for
 *       PHASE with the series cut after point K + m: the point at which a team watching the chart
 *       week by week would have seen the signal.
 *   <li>Direction of that first signal: above or below the limits for a 3σ signal; for a runs
 *       signal, whether more points after the start lie above or below the baseline's centre line.
 *       Up on an {@link Direction#INCREASE} measure, or down on a {@link Direction#DECREASE} one,
 *       is an {@link Effect#IMPROVEMENT}; the opposite a {@link Effect#DETERIORATION}; any signal
 *       on a {@link Direction#NEUTRAL} measure, or one whose direction cannot be told (as many
 *       points above as below), is {@link Effect#NEUTRAL}.
 * </ol>
 */
public final class CycleStudy {
  private CycleStudy() {}

  /**
   * Analyzes the measure of cycle {@code number} of {@code project}, reading the measure's file
   * relative to {@code folder} (the project file's folder).
   *
   * @throws IllegalArgumentException when the cycle has no measure, the data cannot be read, or
   *     there is no point before or none on or after the cycle's start
   */
  public static ChangeAnalysis analyze(
      Project project, int number, Path folder, StudyMethod method) {
    return analyze(project, number, folder, null, method);
  }

  /**
   * As {@link #analyze(Project, int, Path, StudyMethod)}, leaving out the points before {@code
   * baselineFrom} (null: none), e.g. those before an earlier change that shifted the process, so
   * that the baseline is the process as it is now.
   */
  public static ChangeAnalysis analyze(
      Project project, int number, Path folder, LocalDate baselineFrom, StudyMethod method) {
    PdsaCycle cycle = Checks.notNull("project", project).cycle(number);
    if (cycle.measure() == null) {
      throw new IllegalArgumentException(
          "PDSA " + number + " has no measure to study: link a measure to the cycle first");
    }
    Measure measure = project.measure(cycle.measure());
    List<Observation> data = read(measure, Checks.notNull("folder", folder));
    return analyze(measure, data, cycle.start(), baselineFrom, method);
  }

  /**
   * Analyzes {@code observations} of {@code measure} around {@code start}.
   *
   * @throws IllegalArgumentException when x is not a date, or there is no point before or none on
   *     or after {@code start}
   */
  public static ChangeAnalysis analyze(
      Measure measure, List<Observation> observations, LocalDate start, StudyMethod method) {
    return analyze(measure, observations, start, null, method);
  }

  /**
   * Analyzes {@code observations} of {@code measure} from {@code baselineFrom} (null: from the
   * first) around {@code start}.
   *
   * @throws IllegalArgumentException when x is not a date, {@code baselineFrom} is not before
   *     {@code start}, or there is no point before or none on or after {@code start}
   */
  public static ChangeAnalysis analyze(
      Measure measure,
      List<Observation> all,
      LocalDate start,
      LocalDate baselineFrom,
      StudyMethod method) {
    Checks.notNull("measure", measure);
    Checks.notNull("start", start);
    Checks.notNull("method", method);
    Checks.notNull("observations", all);
    if (baselineFrom != null && !baselineFrom.isBefore(start)) {
      throw new IllegalArgumentException(
          "baselineFrom (" + baselineFrom + ") must be before start (" + start + ")");
    }
    List<Observation> observations =
        baselineFrom == null
            ? all
            : all.stream().filter(o -> !date(measure, o.x()).isBefore(baselineFrom)).toList();
    if (observations.isEmpty()) {
      throw new IllegalArgumentException(
          "measure "
              + measure.name()
              + ": no point on or after baselineFrom ("
              + baselineFrom
              + ")");
    }
    Series series = series(measure, observations);
    List<Subgroup> subgroups = series.subgroups();
    int before = pointsBefore(measure, subgroups, start);
    int after = subgroups.size() - before;
    if (before == 0) {
      throw new IllegalArgumentException(
          "measure "
              + measure.name()
              + ": no point before the start ("
              + start
              + "); the first is "
              + subgroups.get(0).x().text()
              + ", so there is no baseline to compare with");
    }
    if (after == 0) {
      throw new IllegalArgumentException(
          "measure "
              + measure.name()
              + ": no point on or after the start ("
              + start
              + "); the last is "
              + subgroups.get(subgroups.size() - 1).x().text()
              + ": add data, then study again");
    }
    Analysis full = chart(measure, series, before, method).analyze();
    List<PointResult> afterPoints = full.points().subList(before, full.points().size());
    double centreBefore = full.points().get(0).cl();
    double centreAfter = method == StudyMethod.PHASE ? afterPoints.get(0).cl() : Double.NaN;
    boolean sigma = afterPoints.stream().anyMatch(PointResult::sigmaSignal);
    boolean runs =
        method == StudyMethod.PHASE
            ? afterPoints.get(0).runsSignal()
            : runsAgainst(measure.chart(), afterPoints, centreBefore);
    OptionalInt toSignal = OptionalInt.empty();
    Effect effect = Effect.NO_SIGNAL;
    if (sigma || runs) {
      for (int m = 1; m <= after; m++) {
        List<PointResult> seen;
        boolean runsSeen;
        if (method == StudyMethod.FREEZE) {
          // frozen limits come from the baseline only: later points do not move them
          seen = afterPoints.subList(0, m);
          runsSeen = runsAgainst(measure.chart(), seen, centreBefore);
        } else {
          Analysis prefix =
              m == after
                  ? full
                  : chart(
                          measure,
                          prefix(measure, observations, subgroups.get(before + m - 1).x()),
                          before,
                          method)
                      .analyze();
          seen = prefix.points().subList(before, prefix.points().size());
          runsSeen = seen.get(0).runsSignal();
        }
        int direction = signalDirection(seen, runsSeen, centreBefore);
        if (direction != NO_SIGNAL) {
          toSignal = OptionalInt.of(m);
          effect = effect(measure.direction(), direction);
          break;
        }
      }
    }
    return new ChangeAnalysis(
        measure.name(),
        method,
        measure.chart(),
        start,
        baselineFrom,
        before,
        after,
        centreBefore,
        centreAfter,
        sigma,
        runs,
        toSignal,
        effect);
  }

  /**
   * The chart specification of the study: the measure's chart type over {@code series}, split after
   * {@code pointsBefore} points by {@code method}.
   */
  public static ControlChart chart(
      Measure measure, Series series, int pointsBefore, StudyMethod method) {
    ControlChart spec = ControlChart.of(measure.chart(), series);
    if (measure.hasTarget()) {
      spec = spec.target(measure.target());
    }
    return method == StudyMethod.PHASE ? spec.parts(pointsBefore) : spec.freeze(pointsBefore);
  }

  private static final int NO_SIGNAL = 0;
  private static final int UP = 1;
  private static final int DOWN = -1;
  private static final int UNKNOWN = 2;

  /**
   * The Anhøj runs analysis of {@code points} against {@code centre}, the baseline's centre line
   * (never a signal on an MR chart, as in {@code qi analyze}).
   */
  private static boolean runsAgainst(ChartType type, List<PointResult> points, double centre) {
    if (type == ChartType.MR) {
      return false;
    }
    double[] y = points.stream().mapToDouble(PointResult::y).toArray();
    boolean[] included = new boolean[points.size()];
    for (int i = 0; i < included.length; i++) {
      included[i] = points.get(i).included();
    }
    return AnhoejRuns.analyze(y, centre, included, RunsMethod.ANHOEJ).signal();
  }

  /** UP, DOWN or UNKNOWN for the first signal among {@code after}; NO_SIGNAL when none. */
  private static int signalDirection(List<PointResult> after, boolean runs, double centreBefore) {
    for (PointResult p : after) {
      if (p.sigmaSignal()) {
        return p.y() > p.ucl() ? UP : DOWN;
      }
    }
    if (!runs) {
      return NO_SIGNAL;
    }
    int above = 0;
    int below = 0;
    for (PointResult p : after) {
      if (p.y() > centreBefore) {
        above++;
      } else if (p.y() < centreBefore) {
        below++;
      }
    }
    return above > below ? UP : below > above ? DOWN : UNKNOWN;
  }

  private static Effect effect(Direction better, int direction) {
    if (better == Direction.NEUTRAL || direction == UNKNOWN) {
      return Effect.NEUTRAL;
    }
    boolean increase = direction == UP;
    return increase == (better == Direction.INCREASE) ? Effect.IMPROVEMENT : Effect.DETERIORATION;
  }

  /** The observations of {@code measure}, its file resolved against {@code folder}. */
  static List<Observation> read(Measure measure, Path folder) {
    return CsvInput.read(
        folder.resolve(measure.file()), new Columns(measure.x(), measure.y(), measure.n(), null));
  }

  /** The series of {@code measure}, grouped as {@code qi analyze} groups it. */
  static Series series(Measure measure, List<Observation> observations) {
    Checks.notNull("observations", observations);
    return measure.n() != null ? Series.ofRatios(observations) : Series.of(observations);
  }

  private static Series prefix(Measure measure, List<Observation> observations, XValue last) {
    return series(measure, observations.stream().filter(o -> o.x().compareTo(last) <= 0).toList());
  }

  private static int pointsBefore(Measure measure, List<Subgroup> subgroups, LocalDate start) {
    int before = 0;
    for (Subgroup s : subgroups) {
      if (date(measure, s.x()).isBefore(start)) {
        before++;
      }
    }
    return before;
  }

  /** The date of {@code x} (a period's first day). */
  static LocalDate date(Measure measure, XValue x) {
    if (x instanceof XValue.Day day) {
      return day.date();
    }
    if (x instanceof XValue.Time time) {
      return time.time().toLocalDate();
    }
    if (x instanceof XValue.Span span) {
      return span.start();
    }
    throw new IllegalArgumentException(
        "measure "
            + measure.name()
            + ": x column "
            + measure.x()
            + " ("
            + x.text()
            + ") must hold dates to place a cycle's start on the series");
  }
}
