package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qi pdsa}: a project built command by command, and every error as one line with exit 2. The
 * data is the bundled example {@code examples/data/time-to-triage.csv}.
 */
class PdsaCommandTest {
  private static final Path DATA = Path.of("../examples/data/time-to-triage.csv");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private Path project;
  private Path csv;

  @BeforeEach
  void copyData() throws IOException {
    project = dir.resolve("qi-project.json");
    csv = dir.resolve("time-to-triage.csv");
    Files.copy(DATA, csv);
  }

  private CliRun qi(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--project");
    all.add(project.toString());
    return CliRun.of(all);
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** init, one outcome measure, one cycle starting 2025-06-23 (week 25). */
  private void projectWithOneCycle() {
    ok(qi("pdsa", "init", "--title", "Faster triage", "--aim", "Triage within 15 minutes"));
    ok(
        qi(
            "pdsa",
            "measure",
            "add",
            "--name",
            "Time to triage",
            "--kind",
            "outcome",
            "--file",
            csv.toString(),
            "--x",
            "week",
            "--y",
            "minutes_to_triage",
            "--chart",
            "i",
            "--direction",
            "decrease",
            "--target",
            "15"));
    ok(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "Nurse at the door",
            "--objective",
            "Whole department",
            "--prediction",
            "Median under 18 minutes",
            "--start",
            "2025-06-23",
            "--ramp",
            "Door",
            "--question",
            "Can one nurse cope?",
            "--who",
            "Charge nurse"));
  }

  private CliRun addDoorCycle(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "pdsa",
                "cycle",
                "add",
                "--change-idea",
                "Nurse at the door",
                "--objective",
                "Whole department",
                "--prediction",
                "Median under 18 minutes",
                "--start",
                "2025-06-23",
                "--ramp",
                "Door",
                "--question",
                "Can one nurse cope?",
                "--who",
                "Charge nurse"));
    args.addAll(List.of(extra));
    return qi(args.toArray(new String[0]));
  }

  @Test
  void cycleAddAnswersWithTheCycleNumberFirst() {
    projectWithOneCycle();

    CliRun second = ok(addDoorCycle("--allow-duplicate"));

    assertThat(second.out())
        .isEqualTo("PDSA 2 added: Nurse at the door (ramp Door), starting 2025-06-23.\n");
  }

  @Test
  void retriedCycleAddIsRefusedAndTheProjectKeepsOneCycle() throws IOException {
    projectWithOneCycle(); // adds the door cycle as PDSA 1
    String before = Files.readString(project);

    CliRun retry = addDoorCycle();

    assertBadInput(
        retry,
        "PDSA 1 (Nurse at the door) exists already with exactly these fields",
        "--allow-duplicate");
    assertThat(Files.readString(project)).isEqualTo(before);
  }

  @Test
  void cycleAddDifferingInOneFieldIsNoDuplicate() {
    projectWithOneCycle();

    // same change idea and plan, one day later: a new test of the idea, not a retry
    CliRun next =
        ok(
            qi(
                "pdsa",
                "cycle",
                "add",
                "--change-idea",
                "Nurse at the door",
                "--objective",
                "Whole department",
                "--prediction",
                "Median under 18 minutes",
                "--start",
                "2025-06-24",
                "--ramp",
                "Door",
                "--question",
                "Can one nurse cope?",
                "--who",
                "Charge nurse"));

    assertThat(next.out()).startsWith("PDSA 2 added: ");
  }

  @Test
  void projectIsBuiltCommandByCommand() throws IOException {
    projectWithOneCycle();
    ok(
        qi(
            "pdsa",
            "driver",
            "add",
            "--primary",
            "Prompt assessment",
            "--secondary",
            "Staffing",
            "--change-idea",
            "Nurse at the door"));
    ok(qi("pdsa", "cycle", "do", "1", "--happened", "Ran for a week", "--end", "2025-06-29"));
    ok(qi("pdsa", "cycle", "study", "1", "--comparison", "Faster than predicted"));
    CliRun act = ok(qi("pdsa", "cycle", "act", "1", "--decision", "adopt", "--next", "Nights"));

    assertThat(act.out()).isEqualTo("PDSA 1: Nurse at the door: adopt.\n");
    assertThat(ok(qi("pdsa", "list")).out())
        .contains("Faster triage\nAim: Triage within 15 minutes\n")
        .contains(
            "  Time to triage: outcome, i chart of minutes_to_triage by week in"
                + " time-to-triage.csv, better: decrease, target 15\n")
        .contains("  Door (Nurse at the door): PDSA 1\n")
        .contains("    1  2025-06-23 to 2025-06-29  adopt     Nurse at the door [Door]\n");
    assertThat(ok(qi("pdsa", "show", "1")).out())
        .startsWith("PDSA 1: Nurse at the door\nStatus: adopt\nRamp: Door\n")
        .contains("Question: Can one nurse cope?\n")
        .contains("  Who: Charge nurse\n")
        .contains("  Happened: Ran for a week\n")
        .contains("  Comparison: Faster than predicted\n")
        .contains("  Decision: adopt\n  Next: Nights\n");
    JsonNode shown = JSON.readTree(ok(qi("pdsa", "show", "1", "--format", "json")).out());
    assertThat(shown.get("act").get("decision").stringValue()).isEqualTo("adopt");
    assertThat(shown.get("measure").stringValue()).isEqualTo("Time to triage");
    assertThat(ok(qi("pdsa", "annotations", "--measure", "Time to triage")).out())
        .isEqualTo("2025-06-23=PDSA 1: Nurse at the door\n");
    // the measure file is stored relative to the project file's folder
    assertThat(Files.readString(project)).contains("\"file\" : \"time-to-triage.csv\"");
  }

  @Test
  void analysisIsWrittenIntoTheStudyOnlyWhenAccepted() throws IOException {
    projectWithOneCycle();

    CliRun look = ok(qi("pdsa", "cycle", "study", "1", "--analyze"));
    assertThat(look.out())
        .startsWith("Time to triage: improvement: ")
        .contains("I chart, freeze point at 2025-06-23: 24 points before it, 16 on or after")
        .endsWith("Not saved: add --accept to write it into the study of PDSA 1.\n");
    assertThat(Files.readString(project)).contains("\"analysis\" : null");

    CliRun accept = ok(qi("pdsa", "cycle", "study", "1", "--analyze", "--accept"));
    assertThat(accept.out()).endsWith("Accepted: written into the study of PDSA 1.\n");
    assertThat(Files.readString(project))
        .contains("\"method\" : \"freeze\"")
        .contains("\"effect\" : \"improvement\"");
  }

  @Test
  void oldSpellingAnalyseStillStudiesTheCycle() {
    // --analyse was the option's name before "analyze" became qi's one spelling; scripts that use
    // it must print the same study as --analyze.
    projectWithOneCycle();

    String analyze = ok(qi("pdsa", "cycle", "study", "1", "--analyze")).out();

    assertThat(ok(qi("pdsa", "cycle", "study", "1", "--analyse")).out()).isEqualTo(analyze);
  }

  @Test
  void studyAgreesWithQiAnalyzeFrozenAtTheStart() throws IOException {
    projectWithOneCycle();

    JsonNode study =
        JSON.readTree(ok(qi("pdsa", "cycle", "study", "1", "--analyze", "--format", "json")).out());
    // 2025-06-23 is the 25th week from 2025-01-06: 24 points before it
    assertThat(study.get("pointsBefore").intValue()).isEqualTo(24);
    JsonNode analyze =
        JSON.readTree(
            ok(CliRun.of(
                    "analyze",
                    csv.toString(),
                    "--chart",
                    "i",
                    "--x",
                    "week",
                    "--y",
                    "minutes_to_triage",
                    "--freeze",
                    "24",
                    "--format",
                    "json"))
                .out());
    boolean sigma = false;
    for (int i = 24; i < analyze.get("points").size(); i++) {
      sigma |= analyze.get("points").get(i).get("sigmaSignal").booleanValue();
    }
    assertThat(study.get("sigmaSignal").booleanValue()).isEqualTo(sigma);
    assertThat(study.get("centreBefore").doubleValue())
        .isEqualTo(analyze.get("points").get(0).get("cl").doubleValue());
    // the runs analysis: the points after the start on a run chart around the baseline's centre
    List<String> lines = Files.readAllLines(csv);
    Path after = dir.resolve("after.csv");
    List<String> afterLines = new ArrayList<>(List.of(lines.get(0)));
    afterLines.addAll(lines.subList(1 + 24, lines.size()));
    Files.write(after, afterLines);
    JsonNode runChart =
        JSON.readTree(
            ok(CliRun.of(
                    "analyze",
                    after.toString(),
                    "--chart",
                    "run",
                    "--x",
                    "week",
                    "--y",
                    "minutes_to_triage",
                    "--cl",
                    study.get("centreBefore").toString(),
                    "--format",
                    "json"))
                .out());
    assertThat(study.get("runsSignal").booleanValue())
        .isEqualTo(runChart.get("parts").get(0).get("runsSignal").booleanValue());
  }

  @Test
  void studyOfACycleWithoutAMeasureSaysHowToLinkOne() {
    ok(qi("pdsa", "init", "--title", "T", "--aim", "A"));
    ok(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "Nurse at the door",
            "--objective",
            "O",
            "--prediction",
            "P",
            "--start",
            "2025-06-23"));

    // qi-core says what is missing; the command line names its option (--measure)
    assertBadInput(
        qi("pdsa", "cycle", "study", "1", "--analyze"),
        "PDSA 1 has no measure to study",
        "--measure");
  }

  @Test
  void missingProjectFileSaysHowToCreateOne() {
    assertBadInput(qi("pdsa", "list"), "qi-project.json: project file not found", "qi pdsa init");
  }

  @Test
  void initDoesNotOverwriteAProject() throws IOException {
    projectWithOneCycle();
    String before = Files.readString(project);

    assertBadInput(
        qi("pdsa", "init", "--title", "T", "--aim", "A"),
        "already exists",
        "choose another --project file");
    assertThat(Files.readString(project)).isEqualTo(before);
  }

  @Test
  void invalidProjectFileIsNamedAndLeftUntouched() throws IOException {
    Files.writeString(project, "{\"schemaVersion\": 2, \"title\": ");

    assertBadInput(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "X",
            "--objective",
            "O",
            "--prediction",
            "P",
            "--start",
            "2025-03-03"),
        "qi-project.json: not valid JSON");
    assertThat(Files.readString(project)).isEqualTo("{\"schemaVersion\": 2, \"title\": ");
  }

  @Test
  void badDateNamesOptionAndValue() {
    assertBadInput(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "X",
            "--objective",
            "O",
            "--prediction",
            "P",
            "--start",
            "2025-13-01"),
        "'--start'",
        "'2025-13-01' is not a date YYYY-MM-DD",
        "qi pdsa cycle add --help");
  }

  @Test
  void endBeforeStartIsRejected() {
    projectWithOneCycle();

    assertBadInput(
        qi("pdsa", "cycle", "do", "1", "--end", "2025-06-01"),
        "end (2025-06-01) must not be before start (2025-06-23)");
  }

  @Test
  void unknownCycleIsNamed() {
    projectWithOneCycle();

    assertBadInput(qi("pdsa", "show", "4"), "cycle (4) must be between 1 and 1");
  }

  @Test
  void unknownDecisionListsTheChoices() {
    projectWithOneCycle();

    assertBadInput(
        qi("pdsa", "cycle", "act", "1", "--decision", "keep"),
        "'keep' is not one of adopt, adapt, abandon");
  }

  @Test
  void acceptWithoutAnalyzeIsRejected() {
    projectWithOneCycle();

    assertBadInput(qi("pdsa", "cycle", "study", "1", "--accept"), "--accept needs --analyze");
  }

  @Test
  void measureWithAMissingColumnIsRejectedWhenAdded() {
    ok(qi("pdsa", "init", "--title", "T", "--aim", "A"));

    assertBadInput(
        qi(
            "pdsa",
            "measure",
            "add",
            "--name",
            "M",
            "--kind",
            "outcome",
            "--file",
            csv.toString(),
            "--x",
            "week",
            "--y",
            "minutes",
            "--chart",
            "i",
            "--direction",
            "decrease"),
        "no column \"minutes\"");
  }

  @Test
  void cycleOfARampMustNotStartBeforeTheOneItBuildsOn() {
    projectWithOneCycle();

    assertBadInput(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "Nurse at the door",
            "--objective",
            "O",
            "--prediction",
            "P",
            "--start",
            "2025-06-02",
            "--ramp",
            "Door"),
        "start of PDSA 2 (2025-06-02) must not be before start of PDSA 1");
  }

  @Test
  void studyBeforeAnyDataAfterTheStartSaysToAddData() {
    projectWithOneCycle();
    ok(
        qi(
            "pdsa",
            "cycle",
            "add",
            "--change-idea",
            "Live board",
            "--objective",
            "O",
            "--prediction",
            "P",
            "--start",
            "2026-01-05"));

    assertBadInput(
        qi("pdsa", "cycle", "study", "2", "--analyze"),
        "no point on or after the start (2026-01-05); the last is 2025-10-06");
  }

  @Test
  void planIsFilledInAfterTheCycleIsAdded() {
    projectWithOneCycle();

    ok(qi("pdsa", "cycle", "plan", "1", "--where", "Majors", "--data", "Door-to-triage times"));

    assertThat(ok(qi("pdsa", "show", "1")).out())
        .contains("  Who: Charge nurse\n  What: -\n  Where: Majors\n  When: -\n")
        .contains("  Data: Door-to-triage times\n");
  }

  @Test
  void baselineFromLeavesOutEarlierPoints() {
    projectWithOneCycle();

    // 2025-04-07 is week 14 (13 weeks after 2025-01-06): weeks 14 to 24, 24 - 13 = 11 points
    assertThat(
            ok(qi("pdsa", "cycle", "study", "1", "--analyze", "--baseline-from", "2025-04-07"))
                .out())
        .contains("11 points before it (from 2025-04-07), 16 on or after");
    assertBadInput(
        qi("pdsa", "cycle", "study", "1", "--analyze", "--baseline-from", "2025-07-07"),
        "baselineFrom (2025-07-07) must be before start (2025-06-23)");
  }
}
