package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.ChartType;
import qi.core.pdsa.ProjectReview.CycleReview;
import qi.core.pdsa.ProjectReview.MeasureReview;
import qi.core.rules.Direction;

/**
 * The review behind {@code qi pdsa report}: the example project of examples/pdsa, and tiny
 * hand-made weekly series whose mean and latest value can be checked by eye.
 */
class ProjectReviewTest {
  private static final Path EXAMPLE = Path.of("../examples/pdsa");

  @TempDir Path dir;

  private static ProjectReview example() {
    Project project = ProjectStore.at(EXAMPLE.resolve("qi-project.json")).read();
    return ProjectReview.of(project, EXAMPLE);
  }

  @Test
  void exampleOutcomeStandsAboveItsTargetAtLatestValueAndCentreLine() {
    MeasureReview outcome = example().outcome().orElseThrow();
    // R 4.2.2: d <- read.csv("examples/data/time-to-triage.csv"); nrow(d) 40,
    // tail(d$minutes_to_triage, 1) 19.8, mean(d$minutes_to_triage) 21.18 (the I chart's centre
    // line,
    // qicharts2 0.8.1 qic(week, minutes_to_triage, data = d, chart = "i")$cl)
    assertThat(outcome.analysis().points()).hasSize(40);
    assertThat(outcome.standing())
        .isEqualTo(
            "The latest value, 19.8 (2025-10-06), does not meet the target of 18 (lower is"
                + " better); the centre line, 21.18 (over 40 points), does not meet it yet.");
  }

  @Test
  void exampleKeepsAcceptedStudiesAndStudiesTheOthersAtAFreezePoint() {
    List<CycleReview> cycles = example().measures().get(0).cycles();
    assertThat(cycles).extracting(c -> c.cycle().number()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    // cycles 2, 6 and 8 were studied with --accept in examples/pdsa/create-project.sh
    assertThat(cycles)
        .extracting(CycleReview::accepted)
        .containsExactly(false, true, false, false, false, true, false, true);
    CycleReview six = cycles.get(5);
    assertThat(six.study()).isEqualTo(six.cycle().study().analysis());
    assertThat(six.study().effect()).isEqualTo(Effect.IMPROVEMENT);
    // pointsToSignal 1: the first point on or after 2025-06-23 is the week of 2025-06-23
    assertThat(six.signalDate()).isEqualTo(LocalDate.parse("2025-06-23"));
    // dated weekly data: the start itself is the note's x, placed between the points
    assertThat(six.x()).isEqualTo("2025-06-23");
    CycleReview one = cycles.get(0);
    assertThat(one.study())
        .isEqualTo(
            CycleStudy.analyze(
                ProjectStore.at(EXAMPLE.resolve("qi-project.json")).read(),
                1,
                EXAMPLE,
                StudyMethod.FREEZE));
  }

  @Test
  void laterCyclesThatStartedBeforeASignalAreNamed() {
    MeasureReview m = example().measures().get(0);
    CycleReview three = m.cycles().get(2);
    // cycle 3 (2025-03-31), studied at a freeze point, first signals in the week of 2025-06-23,
    // the start of cycle 6: cycles 4 (2025-05-05), 5 (2025-05-26) and 6 had started by then
    assertThat(three.signalDate()).isEqualTo(LocalDate.parse("2025-06-23"));
    assertThat(m.startedBeforeSignal(three)).extracting(PdsaCycle::number).containsExactly(4, 5, 6);
    // cycle 8: no signal, so nothing to attribute
    assertThat(m.startedBeforeSignal(m.cycles().get(7))).isEmpty();
  }

  @Test
  void changeIdeaIsTestedByCyclesOfItsNameOrOfARampTestingIt() {
    ProjectReview review = example();
    // ramp "Triage form" tests "One-page triage form": its cycles 1-3 carry other names from 2 on
    assertThat(review.cyclesTesting("One-page triage form"))
        .extracting(PdsaCycle::number)
        .containsExactly(1, 2, 3);
    assertThat(review.cyclesTesting("Live board of waiting patients"))
        .extracting(PdsaCycle::number)
        .containsExactly(7, 8);
    assertThat(review.cyclesOutsideDiagram()).isEmpty();
  }

  @Test
  void cycleOfAnIdeaOutsideTheDiagramIsListedApart() {
    Project p =
        Project.of("P", Aim.of("A"))
            .withDriverDiagram(DriverDiagram.empty().with("Primary", "Secondary", "Idea"))
            .withCycle(Fixtures.cycle(1, "Idea", "2025-01-06"))
            .withCycle(Fixtures.cycle(2, "Other idea", "2025-02-03"));
    ProjectReview review = ProjectReview.of(p, dir);
    assertThat(review.cyclesTesting("Idea")).extracting(PdsaCycle::number).containsExactly(1);
    assertThat(review.cyclesOutsideDiagram()).extracting(PdsaCycle::number).containsExactly(2);
  }

  @Test
  void missingDataFileIsAProblemNamingThePathAndKeepsAcceptedStudies() {
    Project example = ProjectStore.at(EXAMPLE.resolve("qi-project.json")).read();
    ProjectReview review = ProjectReview.of(example, dir); // no ../data/time-to-triage.csv there
    MeasureReview m = review.measures().get(0);
    assertThat(m.missing()).isTrue();
    assertThat(m.analysis()).isNull();
    assertThat(m.problem())
        .isEqualTo("data file not found: " + dir.resolve("../data/time-to-triage.csv").normalize());
    assertThat(m.standing()).startsWith("No data: data file not found: ");
    assertThat(m.cycles().get(5).study()).isEqualTo(example.cycle(6).study().analysis());
    assertThat(m.cycles().get(0).study()).isNull();
    assertThat(m.cycles().get(0).problem()).isEqualTo("no data to study");
  }

  @Test
  void unreadableDataFileIsAProblemButNotMissing() throws IOException {
    Files.writeString(dir.resolve("m.csv"), "week,other\n2025-01-06,1\n");
    MeasureReview m = review(Direction.DECREASE, 13).measures().get(0);
    assertThat(m.missing()).isFalse();
    assertThat(m.analysis()).isNull();
    assertThat(m.problem()).contains("minutes");
  }

  private ProjectReview review(Direction better, double target) {
    Measure measure =
        new Measure(
            "Minutes",
            MeasureKind.OUTCOME,
            "m.csv",
            "week",
            "minutes",
            null,
            ChartType.RUN,
            better,
            target);
    return ProjectReview.of(Project.of("P", Aim.of("A")).withMeasure(measure), dir);
  }

  private String standing(Direction better, double target) throws IOException {
    // a run chart of 10, 12, 14: median 12, latest value 14
    Files.writeString(
        dir.resolve("m.csv"), "week,minutes\n2025-01-06,10\n2025-01-13,12\n2025-01-20,14\n");
    return review(better, target).outcome().orElseThrow().standing();
  }

  @Test
  void standingReadsLatestValueAndMedianInTheMeasuresDirection() throws IOException {
    assertThat(standing(Direction.DECREASE, 13))
        .isEqualTo(
            "The latest value, 14 (2025-01-20), does not meet the target of 13 (lower is better);"
                + " the median, 12 (over 3 points), meets it.");
    assertThat(standing(Direction.INCREASE, 13))
        .isEqualTo(
            "The latest value, 14 (2025-01-20), meets the target of 13 (higher is better);"
                + " the median, 12 (over 3 points), does not meet it yet.");
    assertThat(standing(Direction.NEUTRAL, 12))
        .isEqualTo(
            "The latest value, 14 (2025-01-20), is above the target of 12; the median, 12 (over 3"
                + " points), is at it (neither direction is better).");
    assertThat(standing(Direction.DECREASE, Double.NaN))
        .isEqualTo(
            "The latest value, 14 (2025-01-20); the median, 12 (over 3 points). The measure has no"
                + " target to compare them with.");
  }

  @Test
  void cycleStartingAfterTheLastPointHasNoPlaceOnTheChartNorAStudy() throws IOException {
    Files.writeString(
        dir.resolve("m.csv"), "week,minutes\n2025-01-06,10\n2025-01-13,12\n2025-01-20,14\n");
    Project p =
        review(Direction.DECREASE, 13)
            .project()
            .withCycle(Fixtures.cycle(1, "Idea", "2025-03-03").withMeasure("Minutes"));
    CycleReview c = ProjectReview.of(p, dir).measures().get(0).cycles().get(0);
    assertThat(c.x()).isNull();
    assertThat(c.study()).isNull();
    assertThat(c.problem()).contains("no point on or after the start (2025-03-03)");
  }
}
