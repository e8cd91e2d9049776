package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;

/** The project file format: stable round trips, migration from version 1, clear errors. */
class ProjectJsonTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = ProjectJsonTest.class.getResourceAsStream("/pdsa/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A project that uses every field, so a round trip exercises all of the format. */
  static Project everyField() {
    ChangeAnalysis analysis =
        new ChangeAnalysis(
            "Time to triage",
            StudyMethod.PHASE,
            ChartType.I,
            LocalDate.parse("2025-06-23"),
            LocalDate.parse("2025-01-06"),
            24,
            16,
            23.9125,
            Double.NaN,
            true,
            false,
            OptionalInt.of(11),
            Effect.IMPROVEMENT);
    PdsaCycle first =
        new PdsaCycle(
            1,
            "Nurse at the door",
            "Door",
            "Time to triage",
            "Learn whether a nurse at the door speeds triage",
            List.of("Can one nurse cope at peak times?", "Do patients mind?"),
            "Median time to triage falls by 5 minutes",
            LocalDate.parse("2025-06-23"),
            LocalDate.parse("2025-06-29"),
            new Plan("Charge nurse", "Nurse greets arrivals", "Majors", "Day shifts", "Door times"),
            new Doing("Ran on five day shifts", "Queues shorter", "Sickness on day 3"),
            new Study("Better than predicted", analysis),
            new Decision(Act.ADOPT, "Spread to nights"));
    return Project.of(
            "Faster triage",
            new Aim("Triage within 15 minutes", "median under 15", LocalDate.parse("2025-12-31")))
        .withMeasure(Fixtures.timeToTriage())
        .withDriverDiagram(
            DriverDiagram.empty().with("Prompt assessment", "Staffing", "Nurse at the door"))
        .withCycle(first)
        .withCycle(Fixtures.cycle(2, "Live board", "2025-07-28"));
  }

  @Test
  void writeThenReadGivesTheSameProjectAndTheSameText() {
    Project project = everyField();

    String json = ProjectJson.write(project);
    Project read = ProjectJson.read(json, "p.json");

    assertThat(read).isEqualTo(project);
    assertThat(ProjectJson.write(read)).isEqualTo(json);
  }

  @Test
  void fieldsAreWrittenInAFixedOrderWithEmptyFieldsAsNull() {
    String json = ProjectJson.write(Fixtures.triage());

    assertThat(json)
        .startsWith("{\n  \"schemaVersion\" : 2,\n  \"title\" : \"Faster triage\",")
        .contains("\"howMuch\" : null")
        .contains("\"act\" : null")
        .endsWith("}\n");
    assertThat(json.indexOf("\"measures\""))
        .isLessThan(json.indexOf("\"driverDiagram\""))
        .isLessThan(json.indexOf("\"ramps\""))
        .isLessThan(json.indexOf("\"cycles\""));
  }

  /**
   * The example project of examples/pdsa (copied into the test resources as example-project.json):
   * a file as users have it reads and is written back byte for byte, so a save without a change
   * leaves the file (and its diff) untouched.
   */
  @Test
  void exampleProjectIsWrittenBackByteForByte() throws IOException {
    String file = resource("example-project.json");

    Project project = ProjectJson.read(file, "example-project.json");

    assertThat(ProjectJson.write(project)).isEqualTo(file);
  }

  /**
   * A version 1 file migrates to exactly the text of v1-project-migrated.json, written by qi
   * 0.1.0's tree-node mapping: the migration (aim string to object, act and next joined) is pinned
   * to the byte, and the migrated text reads back unchanged.
   */
  @Test
  void versionOneFileIsWrittenAsItsVersionTwoText() throws IOException {
    String migrated = resource("v1-project-migrated.json");

    String written = ProjectJson.write(ProjectJson.read(resource("v1-project.json"), "v1.json"));

    assertThat(written).isEqualTo(migrated);
    assertThat(ProjectJson.write(ProjectJson.read(migrated, "v2.json"))).isEqualTo(migrated);
  }

  /**
   * The mapping's defaults made strict: Jackson would take "1" for 1, 5 for "5" and 1.5 for 1; a
   * project file says what it means, so each is an error naming the field's path.
   */
  @Test
  void noValueIsCoercedIntoAnotherType() {
    String head = "{\"schemaVersion\": 2, \"aim\": {}, \"driverDiagram\": {}, ";

    assertThatThrownBy(() -> ProjectJson.read(head + "\"title\": 5}", "p.json"))
        .hasMessage("p.json: title (5) must be a string");
    assertThatThrownBy(
            () -> ProjectJson.read(head + "\"cycles\": [{\"number\": \"1\"}]}", "p.json"))
        .hasMessage("p.json: cycles[0].number (\"1\") must be a whole number");
    assertThatThrownBy(() -> ProjectJson.read(head + "\"cycles\": [{\"number\": 1.5}]}", "p.json"))
        .hasMessage("p.json: cycles[0].number (1.5) must be a whole number");
    assertThatThrownBy(
            () -> ProjectJson.read(head + "\"cycles\": [{\"questions\": [1]}]}", "p.json"))
        .hasMessage("p.json: cycles[0].questions[0] (1) must be a string");
  }

  @Test
  void versionOneFileIsMigrated() throws IOException {
    Project project = ProjectJson.read(resource("v1-project.json"), "v1-project.json");

    // v1 "aim" was a string: it becomes the statement, with no how-much or by-when.
    assertThat(project.aim())
        .isEqualTo(Aim.of("Triage every patient within 15 minutes of arrival by December 2025"));
    // v1 "act": "adapt" and "next" beside it become the act section.
    assertThat(project.cycle(1).decision())
        .isEqualTo(new Decision(Act.ADAPT, "Try it on all day shifts"));
    // a v1 cycle without "act" is undecided; empty sections read as empty.
    assertThat(project.cycle(2).decision()).isNull();
    assertThat(project.cycle(2).plan()).isEqualTo(Plan.empty());
    assertThat(project.cycle(1).plan().where()).isEqualTo("Majors");
    assertThat(ProjectJson.write(project)).contains("\"schemaVersion\" : 2");
  }

  @Test
  void newerSchemaVersionIsRejectedAskingForANewerQi() {
    assertThatThrownBy(() -> ProjectJson.read("{\"schemaVersion\": 3}", "p.json"))
        .isInstanceOf(ProjectFileException.class)
        .hasMessage(
            "p.json: schemaVersion (3) must be between 1 and 2: the file was written by a newer"
                + " qi; upgrade qi");
  }

  @Test
  void missingOrNonNumericSchemaVersionIsRejected() {
    assertThatThrownBy(() -> ProjectJson.read("{\"title\": \"T\"}", "p.json"))
        .hasMessage("p.json: schemaVersion (null) must be a whole number; is this a qi project?");
    assertThatThrownBy(() -> ProjectJson.read("{\"schemaVersion\": \"2\"}", "p.json"))
        .hasMessage("p.json: schemaVersion (\"2\") must be a whole number; is this a qi project?");
    assertThatThrownBy(() -> ProjectJson.read("{\"schemaVersion\": 0}", "p.json"))
        .hasMessage("p.json: schemaVersion (0) must be between 1 and 2");
  }

  @Test
  void invalidJsonNamesFileAndLine() {
    assertThatThrownBy(
            () -> ProjectJson.read("{\n  \"schemaVersion\": 2,\n  \"title\": }", "p.json"))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageStartingWith("p.json: not valid JSON (")
        .hasMessageContaining("at line 3")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void jsonThatIsNotAnObjectIsRejected() {
    assertThatThrownBy(() -> ProjectJson.read("[1, 2]", "p.json"))
        .hasMessage("p.json: must hold a JSON object (a qi project)");
    assertThatThrownBy(() -> ProjectJson.read("", "p.json"))
        .hasMessage("p.json: must hold a JSON object (a qi project)");
  }

  @Test
  void duplicateFieldIsRejected() {
    assertThatThrownBy(
            () ->
                ProjectJson.read(
                    "{\"schemaVersion\": 2, \"title\": \"A\", \"title\": \"B\"}", "p.json"))
        .hasMessageStartingWith("p.json: not valid JSON (Duplicate Object property \"title\"");
  }

  @Test
  void badFieldIsNamedByItsPath() {
    String json = ProjectJson.write(Fixtures.triage()).replace("\"2025-03-24\"", "\"2025-13-24\"");

    assertThatThrownBy(() -> ProjectJson.read(json, "p.json"))
        .hasMessage("p.json: cycles[1].start (\"2025-13-24\") must be a date YYYY-MM-DD");
  }

  @Test
  void unknownFieldIsRejectedNamingIt() {
    String json = ProjectJson.write(Fixtures.triage()).replace("\"ramp\" :", "\"rampp\" :");

    assertThatThrownBy(() -> ProjectJson.read(json, "p.json"))
        .hasMessageStartingWith("p.json: cycles[0] has an unknown field \"rampp\"");
  }

  @Test
  void invalidProjectInAValidFileNamesTheProblem() {
    String json =
        ProjectJson.write(Fixtures.triage())
            .replaceFirst("\"end\" : null", "\"end\" : \"2025-01-01\"");

    assertThatThrownBy(() -> ProjectJson.read(json, "p.json"))
        .hasMessage("p.json: cycles[0]: end (2025-01-01) must not be before start (2025-03-03)");
  }

  @Test
  void wrongTypeIsNamed() {
    String json =
        ProjectJson.write(Fixtures.triage()).replace("\"target\" : 15.0", "\"target\" : \"15\"");

    assertThatThrownBy(() -> ProjectJson.read(json, "p.json"))
        .hasMessage("p.json: measures[0].target (\"15\") must be a number or null");
  }

  @Test
  void missingSectionIsNamed() {
    assertThatThrownBy(() -> ProjectJson.read("{\"schemaVersion\": 2, \"title\": \"T\"}", "p.json"))
        .hasMessage("p.json: aim must be given");
  }

  @Test
  void cycleThatIsNotAnObjectIsNamedByPosition() {
    String json =
        "{\"schemaVersion\": 2, \"title\": \"T\", \"aim\": {\"statement\": \"A\"},"
            + " \"driverDiagram\": {}, \"cycles\": [42]}";

    assertThatThrownBy(() -> ProjectJson.read(json, "p.json"))
        .hasMessage("p.json: cycles[0] (42) must be an object");
  }
}
