package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.rules.Direction;

/** The project model holds together, and each validation message names argument and value. */
class ProjectTest {
  @Test
  void endBeforeStartIsRejectedNamingBothDates() {
    PdsaCycle cycle = Fixtures.cycle(1, "Form", "2024-03-08");

    assertThatThrownBy(() -> cycle.withEnd(LocalDate.parse("2024-03-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end (2024-03-01) must not be before start (2024-03-08)");
  }

  @Test
  void endOnTheStartDayIsAOneDayCycle() {
    LocalDate day = LocalDate.parse("2024-03-08");

    assertThat(Fixtures.cycle(1, "Form", "2024-03-08").withEnd(day).end()).isEqualTo(day);
  }

  @Test
  void blankChangeIdeaIsRejected() {
    assertThatThrownBy(() -> Fixtures.cycle(1, "  ", "2024-03-08"))
        .hasMessage("change idea (\"  \") must not be blank");
  }

  @Test
  void missingStartIsRejected() {
    assertThatThrownBy(() -> PdsaCycle.planned(1, "Form", "Objective", List.of(), "P", null))
        .hasMessage("start must not be null");
  }

  @Test
  void cyclesAreNumberedFromOneInOrder() {
    Project project = Fixtures.triage();

    assertThat(project.nextCycleNumber()).isEqualTo(3);
    assertThatThrownBy(() -> project.withCycle(Fixtures.cycle(7, "Idea", "2025-04-01")))
        .hasMessage("cycle number (7) must be the next number (3)");
  }

  @Test
  void unknownCycleNamesTheCyclesThereAre() {
    assertThatThrownBy(() -> Fixtures.triage().cycle(9))
        .hasMessage("cycle (9) must be between 1 and 2");
    assertThatThrownBy(() -> Project.of("T", Aim.of("A")).cycle(1))
        .hasMessage("cycle (1) must be a cycle of the project, which has none yet");
  }

  @Test
  void cycleInARampMustNotStartBeforeTheCycleItBuildsOn() {
    Project project = Fixtures.triage();

    assertThatThrownBy(
            () -> project.withCycle(Fixtures.cycle(3, "Form again", "2025-03-10").withRamp("Form")))
        .hasMessage(
            "start of PDSA 3 (2025-03-10) must not be before start of PDSA 2, the cycle it builds"
                + " on in ramp Form (2025-03-24)");
  }

  @Test
  void cycleNamingANewRampCreatesItWithTheCyclesChangeIdea() {
    Project project =
        Fixtures.triage()
            .withCycle(Fixtures.cycle(3, "Nurse at the door", "2025-05-12").withRamp("Door"));

    assertThat(project.ramp("Door")).contains(new Ramp("Door", "Nurse at the door"));
    assertThat(project.cyclesOfRamp("Form")).extracting(PdsaCycle::number).containsExactly(1, 2);
  }

  @Test
  void cycleLinkedToAnUnknownMeasureIsRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.triage()
                    .withCycle(Fixtures.cycle(3, "Idea", "2025-05-12").withMeasure("LWBS")))
        .hasMessage(
            "measure of PDSA 3 (LWBS) must be one of the project's measures (Time to triage)");
  }

  @Test
  void measureNamesAreUniqueButAddingTheSameNameReplacesIt() {
    Measure changed =
        new Measure(
            "Time to triage",
            MeasureKind.OUTCOME,
            "other.csv",
            "week",
            "minutes",
            null,
            ChartType.RUN,
            Direction.DECREASE,
            Double.NaN);

    Project project = Fixtures.triage().withMeasure(changed);

    assertThat(project.measures()).containsExactly(changed);
    assertThatThrownBy(
            () ->
                new Project(
                    "T",
                    Aim.of("A"),
                    List.of(changed, changed),
                    DriverDiagram.empty(),
                    List.of(),
                    List.of()))
        .hasMessage("measure (Time to triage) must be unique, but appears twice");
  }

  @Test
  void ratioChartWithoutDenominatorIsRejected() {
    assertThatThrownBy(
            () ->
                new Measure(
                    "Harm",
                    MeasureKind.OUTCOME,
                    "harm.csv",
                    "month",
                    "harmed",
                    null,
                    ChartType.P,
                    Direction.DECREASE,
                    Double.NaN))
        .hasMessage("chart (p) needs a denominator column (n) for measure Harm");
  }

  @Test
  void infiniteTargetIsRejected() {
    assertThatThrownBy(
            () ->
                new Measure(
                    "M",
                    MeasureKind.PROCESS,
                    "m.csv",
                    "x",
                    "y",
                    null,
                    ChartType.RUN,
                    Direction.INCREASE,
                    Double.POSITIVE_INFINITY))
        .hasMessage("target (Infinity) must be finite");
  }

  @Test
  void unknownActNamesTheChoices() {
    assertThatThrownBy(() -> Act.fromId("maybe"))
        .hasMessage("act (maybe) must be one of adopt, adapt, abandon");
  }

  @Test
  void driverDiagramAddsOnlyWhatIsNew() {
    DriverDiagram diagram =
        DriverDiagram.empty()
            .with("Prompt assessment", "Triage process", "New triage form")
            .with("Prompt assessment", "Triage process", "New triage form")
            .with("Prompt assessment", "Staffing at arrival", "Nurse at the door")
            .with("Patient flow", null, null);

    assertThat(diagram.primaryDrivers())
        .extracting(DriverDiagram.PrimaryDriver::name)
        .containsExactly("Prompt assessment", "Patient flow");
    assertThat(diagram.changeIdeas()).containsExactly("New triage form", "Nurse at the door");
    assertThatThrownBy(() -> diagram.with("Patient flow", null, "Idea"))
        .hasMessage("change idea (Idea) needs a secondary driver to sit under");
  }

  @Test
  void statusFollowsTheCycleThroughPdsa() {
    PdsaCycle planned = Fixtures.cycle(1, "Form", "2025-03-03");
    PdsaCycle done = planned.withDoing(new Doing("Ran it", null, null));
    PdsaCycle studied = done.withStudy(new Study("As predicted", null));
    PdsaCycle acted = studied.withDecision(new Decision(Act.ADAPT, "All nurses"));

    assertThat(List.of(planned, done, studied, acted))
        .extracting(PdsaCycle::status)
        .containsExactly("planned", "done", "studied", "adapt");
  }

  @Test
  void annotationsLabelEachCycleStartForTheMeasuresChart() {
    Project project = Fixtures.triage().withCycle(Fixtures.cycle(3, "Unlinked idea", "2025-05-12"));

    assertThat(project.annotations("Time to triage"))
        .containsExactly(
            new Annotation(LocalDate.parse("2025-03-03"), "PDSA 1: New triage form"),
            new Annotation(LocalDate.parse("2025-03-24"), "PDSA 2: New triage form, all nurses"));
    assertThat(project.annotations()).hasSize(3);
    assertThat(project.annotations().get(0).asOption())
        .isEqualTo("2025-03-03=PDSA 1: New triage form");
    assertThatThrownBy(() -> project.annotations("LWBS"))
        .hasMessage("measure (LWBS) must be one of the project's measures (Time to triage)");
  }

  @Test
  void blankTitleAndAimAreRejected() {
    assertThatThrownBy(() -> Project.of(" ", Aim.of("A")))
        .hasMessage("title (\" \") must not be blank");
    assertThatThrownBy(() -> Aim.of("")).hasMessage("aim (\"\") must not be blank");
  }

  @Test
  void analysisWhoseEffectContradictsItsSignalsIsRejected() {
    assertThatThrownBy(
            () ->
                new ChangeAnalysis(
                    "M",
                    StudyMethod.FREEZE,
                    ChartType.I,
                    LocalDate.parse("2025-03-03"),
                    null,
                    12,
                    8,
                    10,
                    Double.NaN,
                    false,
                    false,
                    java.util.OptionalInt.empty(),
                    Effect.IMPROVEMENT))
        .hasMessage(
            "effect (improvement) and pointsToSignal (none) must agree with sigmaSignal (false)"
                + " and runsSignal (false)");
    assertThatThrownBy(
            () ->
                new ChangeAnalysis(
                    "M",
                    StudyMethod.FREEZE,
                    ChartType.I,
                    LocalDate.parse("2025-03-03"),
                    null,
                    12,
                    8,
                    10,
                    Double.NaN,
                    true,
                    false,
                    java.util.OptionalInt.of(9),
                    Effect.IMPROVEMENT))
        .hasMessage("pointsToSignal (9) must be between 1 and the number of subgroups (8)");
  }
}
