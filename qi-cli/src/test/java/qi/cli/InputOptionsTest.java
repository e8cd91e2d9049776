package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The input options every command shares: formats, dialects, event logs, and their errors. */
class InputOptionsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("Exception");
    assertThat(run.err()).startsWith("qi: ").contains(fragments);
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new JsonMapper().readTree(run.out());
  }

  @Test
  void europeanCsvIsReadWithForcedOptionsAsWithDetection() throws IOException {
    Path file =
        write("tider.csv", "uke;minutter\n01.01.2024;20,5\n08.01.2024;21,5\n15.01.2024;19\n");

    JsonNode detected =
        json(
            CliRun.of(
                "analyze", file.toString(), "--x", "uke", "--y", "minutter", "--format", "json"));
    JsonNode forced =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--x",
                "uke",
                "--y",
                "minutter",
                "--format",
                "json",
                "--delimiter",
                ";",
                "--decimal",
                ",",
                "--date-format",
                "dd.MM.yyyy"));

    assertThat(forced).isEqualTo(detected);
    assertThat(detected.at("/points/0/x").asString()).isEqualTo("2024-01-01");
    assertThat(detected.at("/points/0/y").asDouble()).isEqualTo(20.5);
    assertThat(detected.at("/parts/0/cl").asDouble()).isEqualTo(20.5); // median of 20.5, 21.5, 19
  }

  @Test
  void countTurnsAnEventLogIntoAUChartInOneCommand() throws IOException {
    // Week of 1 Jan: 2 falls on rows with 100 + 50 bed days; week of 8 Jan: none; 15 Jan: 1 (80).
    Path file = write("falls.csv", "date,bed_days\n2024-01-01,100\n2024-01-03,50\n2024-01-15,80\n");

    JsonNode u =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--count",
                "--x",
                "date",
                "--period",
                "week",
                "--n",
                "bed_days",
                "--chart",
                "u",
                "--multiply",
                "1000",
                "--format",
                "json"));

    assertThat(u.at("/points/0/y").asDouble()).isEqualTo(2.0 / 150 * 1000);
    assertThat(u.at("/points/1/y").isNull()).isTrue(); // no rows that week: no bed days
    assertThat(u.at("/points/2/y").asDouble()).isEqualTo(1.0 / 80 * 1000);
  }

  @Test
  void countWithoutDenominatorCountsRowsAndFillsEmptyWeeksWithZero() throws IOException {
    Path file = write("log.csv", "date\n2024-01-01\n2024-01-02\n2024-01-15\n");

    JsonNode c =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--count",
                "--x",
                "date",
                "--period",
                "week",
                "--chart",
                "c",
                "--format",
                "json"));

    assertThat(c.at("/points").findValuesAsString("x"))
        .containsExactly("2024-01-01", "2024-01-08", "2024-01-15");
    assertThat(c.at("/points").findValues("y"))
        .extracting(JsonNode::asDouble)
        .containsExactly(2.0, 0.0, 1.0);
  }

  @Test
  void countWithYIsRejected() throws IOException {
    Path file = write("log.csv", "date,y\n2024-01-01,1\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--count", "--x", "date", "--y", "y"),
        "--y (y) cannot be combined with --count");
  }

  @Test
  void yIsRequiredWithoutCount() throws IOException {
    Path file = write("log.csv", "date,y\n2024-01-01,1\n");

    assertBadInput(CliRun.of("analyze", file.toString(), "--x", "date"), "'--y=COL'", "--count");
  }

  @Test
  void countWithPartColumnIsRejected() throws IOException {
    Path file = write("log.csv", "date,ward\n2024-01-01,A\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--count", "--x", "date", "--part-column", "ward"),
        "--part-column cannot be combined with --count");
  }

  @Test
  void sheetOnACsvFileIsRejected() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--sheet", "Data"),
        "--sheet (Data) needs an Excel file");
  }

  @Test
  void unknownDelimiterIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--delimiter", ":"),
        "'--delimiter'",
        "':' is not one of , ; | tab");
  }

  @Test
  void unknownDecimalSeparatorIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--decimal", ";"),
        "'--decimal'",
        "';' is not one of . ,");
  }

  @Test
  void badDatePatternIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--date-format", "dd/MM{"),
        "'--date-format'",
        "date format (dd/MM{)");
  }

  @Test
  void ambiguousDatesAskForADateFormat() throws IOException {
    Path file = write("data.csv", "x,y\n01/02/2024,2\n02/02/2024,3\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "data.csv: line 2, column \"x\"",
        "--date-format dd/MM/yyyy");
  }

  @Test
  void badJsonValueNamesRecordAndField() throws IOException {
    Path file = write("data.json", "[{\"x\": 1, \"y\": 2},\n{\"x\": 2, \"y\": true}]");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "data.json: record 2 (line 2), field \"y\"");
  }
}
