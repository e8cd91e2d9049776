package qi.core.pdsa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import qi.core.ControlChart;
import qi.core.internal.Checks;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.Vocabulary;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.Subgroup;
import qi.core.series.XValue;

/**
 * The whole project at once, for a review (what {@code qi pdsa report} draws): each measure's data
 * read and analyzed with its chart type, direction and target, and each cycle linked to it placed
 * on its series with the result of its study.
 *
 * <p>A cycle's study result is the analysis the team accepted ({@link Study#analysis()}) when there
 * is one; otherwise {@link CycleStudy} analyzes the cycle's start as a {@link StudyMethod#FREEZE
 * freeze point}, as {@code qi pdsa cycle study N --analyze} does without saving it.
 *
 * <p>A measure whose data cannot be read (file missing, bad CSV, x not dates) has no analysis and a
 * {@code problem}; the review of the other measures goes on.
 *
 * @param project the project
 * @param measures the review of each measure, in the project's order
 */
public record ProjectReview(Project project, List<MeasureReview> measures) {
  public ProjectReview {
    Checks.notNull("project", project);
    measures = List.copyOf(Checks.notNull("measures", measures));
  }

  /**
   * Reads and analyzes every measure of {@code project}, its file resolved against {@code folder}
   * (the project file's folder).
   */
  public static ProjectReview of(Project project, Path folder) {
    Checks.notNull("project", project);
    Checks.notNull("folder", folder);
    return new ProjectReview(
        project, project.measures().stream().map(m -> review(project, m, folder)).toList());
  }

  /** The review of the project's first outcome measure, the one the aim is judged by. */
  public Optional<MeasureReview> outcome() {
    return project
        .firstOutcomeMeasure()
        .flatMap(m -> measures.stream().filter(r -> r.measure().equals(m)).findFirst());
  }

  /**
   * The cycles that tested {@code changeIdea} of the driver diagram: those whose change idea it is,
   * or whose ramp tests it, in cycle order.
   */
  public List<PdsaCycle> cyclesTesting(String changeIdea) {
    return project.cycles().stream().filter(c -> tests(c, changeIdea)).toList();
  }

  /** The cycles that test no change idea of the driver diagram, in cycle order. */
  public List<PdsaCycle> cyclesOutsideDiagram() {
    List<String> ideas = project.driverDiagram().changeIdeas();
    return project.cycles().stream()
        .filter(c -> ideas.stream().noneMatch(idea -> tests(c, idea)))
        .toList();
  }

  private boolean tests(PdsaCycle cycle, String changeIdea) {
    return cycle.changeIdea().equals(changeIdea)
        || (cycle.ramp() != null
            && project
                .ramp(cycle.ramp())
                .map(r -> r.changeIdea().equals(changeIdea))
                .orElse(false));
  }

  /**
   * One measure: its data analyzed, and the cycles linked to it.
   *
   * <h2>Missing values</h2>
   *
   * {@code analysis} is null and {@code problem} says why when the data could not be read; {@code
   * problem} is null otherwise.
   *
   * @param measure the measure
   * @param file its data file, resolved against the project file's folder
   * @param missing whether the data file does not exist
   * @param analysis the analysis of its data with its chart type, direction and target
   * @param problem why there is no analysis
   * @param cycles the cycles linked to the measure, in cycle order
   */
  public record MeasureReview(
      Measure measure,
      Path file,
      boolean missing,
      Analysis analysis,
      String problem,
      List<CycleReview> cycles) {
    public MeasureReview {
      Checks.notNull("measure", measure);
      Checks.notNull("file", file);
      cycles = List.copyOf(Checks.notNull("cycles", cycles));
      if ((analysis == null) == (problem == null)) {
        throw new IllegalArgumentException(
            "measure review of " + measure.name() + " must have either an analysis or a problem");
      }
    }

    /**
     * Where the measure stands, in words: its latest value and its centre line against its target,
     * read in its direction ("The latest value, 19.8 (2025-10-06), does not meet the target of 18
     * (lower is better); the centre line, 21.18 (over 40 points), does not meet it yet."), or why
     * there is nothing to say.
     */
    public String standing() {
      if (analysis == null) {
        return "No data: " + problem + ".";
      }
      PointResult latest = null;
      for (PointResult p : analysis.points()) {
        if (Double.isFinite(p.y())) {
          latest = p;
        }
      }
      if (latest == null) {
        return "No value to compare yet: every point of the data is missing.";
      }
      int part = latest.part();
      long count =
          analysis.points().stream()
              .filter(p -> p.part() == part && p.included() && Double.isFinite(p.y()))
              .count();
      String centreWord = Vocabulary.of(analysis).centre();
      String latestText = "the latest value, " + number(latest.y()) + " (" + latest.x() + ")";
      String centreText =
          "the "
              + centreWord
              + ", "
              + number(latest.cl())
              + " (over "
              + count
              + (count == 1 ? " point" : " points")
              + (analysis.parts().size() > 1 ? " of the last part" : "")
              + ")";
      if (!measure.hasTarget()) {
        return capitalized(latestText)
            + "; "
            + centreText
            + ". The measure has no target to compare them with.";
      }
      String target = number(measure.target());
      Direction better = measure.direction();
      if (better == Direction.NEUTRAL) {
        return capitalized(latestText)
            + ", is "
            + side(latest.y(), measure.target())
            + " the target of "
            + target
            + "; "
            + centreText
            + ", is "
            + side(latest.cl(), measure.target())
            + " it (neither direction is better).";
      }
      String way = better == Direction.DECREASE ? "lower is better" : "higher is better";
      return capitalized(latestText)
          + ", "
          + (meets(latest.y()) ? "meets" : "does not meet")
          + " the target of "
          + target
          + " ("
          + way
          + "); "
          + centreText
          + (Double.isNaN(latest.cl())
              ? ", is undefined."
              : meets(latest.cl()) ? ", meets it." : ", does not meet it yet.");
    }

    /**
     * The cycles of this measure that started after {@code review}'s cycle and no later than its
     * first signal ({@link CycleReview#signalDate()}): the signal may be theirs. Empty without a
     * signal date.
     */
    public List<PdsaCycle> startedBeforeSignal(CycleReview review) {
      LocalDate signal = Checks.notNull("review", review).signalDate();
      if (signal == null) {
        return List.of();
      }
      return cycles.stream()
          .map(CycleReview::cycle)
          .filter(c -> c.number() > review.cycle().number() && !c.start().isAfter(signal))
          .toList();
    }

    private boolean meets(double value) {
      return measure.direction() == Direction.DECREASE
          ? value <= measure.target()
          : value >= measure.target();
    }

    private static String side(double value, double target) {
      return value > target ? "above" : value < target ? "below" : "at";
    }

    private static String capitalized(String text) {
      return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }

  /**
   * A cycle on its measure's chart, and what the data did after it started.
   *
   * <h2>Missing values</h2>
   *
   * {@code x} is null when the start cannot be placed on the series (no data, or the start is
   * outside the data); {@code study} is null when there is no result, and then {@code problem} says
   * why; {@code signalDate} is null without a signal or data.
   *
   * @param cycle the cycle
   * @param x where its start sits on the chart, as the analysis writes x: the start date for dated
   *     data (placed between the points), else the x of the last point at or before the start
   * @param study the study result
   * @param accepted whether {@code study} is the analysis the team accepted (else computed for the
   *     review)
   * @param problem why there is no study result
   * @param signalDate the date of the point where the study's first signal was seen ({@link
   *     ChangeAnalysis#pointsToSignal()} points from the start), read from the data as they are now
   */
  public record CycleReview(
      PdsaCycle cycle,
      String x,
      ChangeAnalysis study,
      boolean accepted,
      String problem,
      LocalDate signalDate) {
    public CycleReview {
      Checks.notNull("cycle", cycle);
      if ((study == null) == (problem == null)) {
        throw new IllegalArgumentException(
            "review of PDSA " + cycle.number() + " must have either a study or a problem");
      }
    }
  }

  private static MeasureReview review(Project project, Measure measure, Path folder) {
    Path file = folder.resolve(measure.file()).normalize();
    List<PdsaCycle> linked =
        project.cycles().stream().filter(c -> measure.name().equals(c.measure())).toList();
    if (!Files.isRegularFile(file)) {
      String problem = "data file not found: " + file;
      return new MeasureReview(
          measure, file, true, null, problem, linked.stream().map(c -> noData(c)).toList());
    }
    List<Observation> observations;
    Series series;
    Analysis analysis;
    try {
      observations = CycleStudy.read(measure, folder);
      series = CycleStudy.series(measure, observations);
      ControlChart spec = ControlChart.of(measure.chart(), series).direction(measure.direction());
      analysis = (measure.hasTarget() ? spec.target(measure.target()) : spec).analyze();
    } catch (IllegalArgumentException e) {
      return new MeasureReview(
          measure,
          file,
          false,
          null,
          String.valueOf(e.getMessage()),
          linked.stream().map(c -> noData(c)).toList());
    }
    List<CycleReview> cycles = new ArrayList<>();
    for (PdsaCycle cycle : linked) {
      cycles.add(cycle(measure, observations, series.subgroups(), cycle));
    }
    return new MeasureReview(measure, file, false, analysis, null, cycles);
  }

  private static CycleReview noData(PdsaCycle cycle) {
    ChangeAnalysis accepted = cycle.study().analysis();
    return accepted != null
        ? new CycleReview(cycle, null, accepted, true, null, null)
        : new CycleReview(cycle, null, null, false, "no data to study", null);
  }

  private static CycleReview cycle(
      Measure measure, List<Observation> observations, List<Subgroup> subgroups, PdsaCycle cycle) {
    String x;
    try {
      x = x(measure, subgroups, cycle.start());
    } catch (IllegalArgumentException e) {
      x = null; // x is not dates: the start has no place on the chart
    }
    ChangeAnalysis accepted = cycle.study().analysis();
    if (accepted != null) {
      return new CycleReview(
          cycle, x, accepted, true, null, signalDate(measure, subgroups, accepted));
    }
    try {
      ChangeAnalysis study =
          CycleStudy.analyze(measure, observations, cycle.start(), StudyMethod.FREEZE);
      return new CycleReview(cycle, x, study, false, null, signalDate(measure, subgroups, study));
    } catch (IllegalArgumentException e) {
      return new CycleReview(cycle, x, null, false, String.valueOf(e.getMessage()), null);
    }
  }

  /**
   * The date of the point where {@code study} first signalled: the m-th point on or after its start
   * (m = pointsToSignal); null without a signal, or when the data no longer reach it.
   */
  private static LocalDate signalDate(
      Measure measure, List<Subgroup> subgroups, ChangeAnalysis study) {
    if (!study.hasSignal()) {
      return null;
    }
    try {
      int firstAfter = 0;
      while (firstAfter < subgroups.size()
          && CycleStudy.date(measure, subgroups.get(firstAfter).x()).isBefore(study.start())) {
        firstAfter++;
      }
      int at = firstAfter + study.pointsToSignal().getAsInt() - 1;
      return at < subgroups.size() ? CycleStudy.date(measure, subgroups.get(at).x()) : null;
    } catch (IllegalArgumentException e) {
      return null; // x is not dates
    }
  }

  /** Where {@code start} sits on the series; null when outside the data. */
  private static String x(Measure measure, List<Subgroup> subgroups, LocalDate start) {
    if (subgroups.isEmpty()
        || start.isBefore(CycleStudy.date(measure, subgroups.get(0).x()))
        || start.isAfter(CycleStudy.date(measure, subgroups.get(subgroups.size() - 1).x()))) {
      return null;
    }
    XValue last = subgroups.get(0).x();
    for (Subgroup s : subgroups) {
      if (!CycleStudy.date(measure, s.x()).isAfter(start)) {
        last = s.x();
      }
    }
    return last instanceof XValue.Day ? start.toString() : last.text();
  }

  /** Four significant digits, trailing zeros dropped: 18, 16.9, 23.91. */
  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    String text = String.format(Locale.ROOT, "%.4g", value);
    return text.contains(".") && !text.contains("e")
        ? text.replaceAll("0+$", "").replaceAll("\\.$", "")
        : text;
  }
}
