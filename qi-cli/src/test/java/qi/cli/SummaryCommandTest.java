package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qi summary} over the emergency-department example (twelve fictional measures, 36 months):
 * every figure is what {@code qi analyze} gives for that measure alone, each format carries the
 * contract's fields, and bad settings stop with one line and write nothing.
 */
class SummaryCommandTest {
  private static final Path DATA = Path.of("../examples/data/ed-measures.csv");
  private static final Path SETTINGS = Path.of("../examples/data/ed-measures-settings.csv");
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> FIELDS =
      List.of(
          "measure",
          "group",
          "chart",
          "direction",
          "points",
          "latestX",
          "latestY",
          "cl",
          "lcl",
          "ucl",
          "target",
          "variation",
          "assurance",
          "verdict");

  @TempDir Path dir;

  private static List<String> summary(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "summary",
                DATA.toString(),
                "--measure",
                "measure",
                "--x",
                "month",
                "--y",
                "value",
                "--n",
                "n",
                "--target-column",
                "target",
                "--direction-column",
                "direction",
                "--group",
                "group",
                "--settings",
                SETTINGS.toString()));
    args.addAll(List.of(extra));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** The example's rows as cells by column name, in file order. */
  private static List<Map<String, String>> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void everyMeasureEqualsQiAnalyzeOfThatMeasureAlone() throws IOException {
    JsonNode measures = JSON.readTree(ok(summary("--format", "json")).out()).get("measures");
    assertThat(measures).hasSize(12);
    List<Map<String, String>> data = csv(DATA);
    Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    csv(SETTINGS).forEach(row -> settings.put(row.get("measure"), row));
    for (JsonNode m : measures) {
      String name = m.get("measure").stringValue();
      // The measure's rows alone, and the analyze options its data and settings rows give.
      List<String> lines = new ArrayList<>(List.of("month,value,n"));
      Map<String, String> first = null;
      for (Map<String, String> row : data) {
        if (row.get("measure").equals(name)) {
          lines.add(row.get("month") + "," + row.get("value") + "," + row.get("n"));
          first = first == null ? row : first;
        }
      }
      Path alone = dir.resolve("alone.csv");
      Files.write(alone, lines);
      Map<String, String> s = settings.getOrDefault(name, Map.of());
      List<String> args =
          new ArrayList<>(
              List.of(
                  "analyze",
                  alone.toString(),
                  "--x",
                  "month",
                  "--y",
                  "value",
                  "--format",
                  "json",
                  "--rules",
                  "nhs",
                  "--direction",
                  first.get("direction"),
                  "--chart",
                  s.getOrDefault("chart", "").isEmpty() ? "i" : s.get("chart")));
      if (!first.get("n").isEmpty()) {
        args.addAll(List.of("--n", "n"));
      }
      if (!first.get("target").isEmpty()) {
        args.addAll(List.of("--target", first.get("target")));
      }
      if (!s.getOrDefault("multiply", "").isEmpty()) {
        args.addAll(List.of("--multiply", s.get("multiply")));
      }
      if (!s.getOrDefault("rebase", "").isEmpty()) {
        args.addAll(List.of("--rebase", s.get("rebase")));
      }
      JsonNode analysis = JSON.readTree(ok(args).out());
      JsonNode points = analysis.get("points");
      JsonNode last = points.get(points.size() - 1);
      JsonNode parts = analysis.get("parts");
      JsonNode lastPart = parts.get(parts.size() - 1);
      assertThat(m.get("chart")).as(name).isEqualTo(analysis.get("chart"));
      assertThat(m.get("direction").stringValue()).as(name).isEqualTo(first.get("direction"));
      assertThat(m.get("points").intValue()).as(name).isEqualTo(points.size());
      assertThat(m.get("latestX")).as(name).isEqualTo(last.get("x"));
      assertThat(m.get("latestY")).as(name).isEqualTo(last.get("y"));
      for (String limit : List.of("cl", "lcl", "ucl", "target")) {
        assertThat(m.get(limit)).as(name + " " + limit).isEqualTo(last.get(limit));
      }
      assertThat(m.get("variation")).as(name).isEqualTo(lastPart.get("variation"));
      assertThat(m.get("assurance")).as(name).isEqualTo(lastPart.get("assurance"));
      assertThat(m.get("verdict")).as(name).isEqualTo(analysis.get("verdict").get("headline"));
    }
  }

  @Test
  void jsonHasTheContractFieldsPerMeasureInTheOrderOfTheData() {
    JsonNode measures = JSON.readTree(ok(summary("--format", "json")).out()).get("measures");
    assertThat(measures.get(0).propertyNames()).containsAll(FIELDS);
    // first rows of ed-measures.csv: 4-hour performance, Attendances, Time to triage
    assertThat(measures.get(0).get("measure").stringValue()).isEqualTo("4-hour performance");
    assertThat(measures.get(1).get("measure").stringValue()).isEqualTo("Attendances");
    // The settings file gives 4-hour performance a P chart in percent; the columns its target
    // (95), its direction (increase) and its group (Flow).
    JsonNode four = measures.get(0);
    assertThat(four.get("chart").stringValue()).isEqualTo("p");
    assertThat(four.get("target").doubleValue()).isEqualTo(95);
    assertThat(four.get("direction").stringValue()).isEqualTo("increase");
    assertThat(four.get("group").stringValue()).isEqualTo("Flow");
    assertThat(four.get("unit").stringValue()).isEqualTo("%");
    // Attendances has no target: no assurance (null, as parts[].assurance of qi analyze)
    assertThat(measures.get(1).get("assurance").isNull()).isTrue();
    assertThat(measures.get(1).get("target").isNull()).isTrue();
  }

  @Test
  void theSettingsFileWinsOverTheColumnsFieldByField() throws IOException {
    // The data's columns give Staff sickness target 4.5, direction decrease, group Workforce;
    // the file replaces the target and the group and leaves the direction to the column.
    Path settings = dir.resolve("s.csv");
    Files.writeString(settings, "measure,target,group\nStaff sickness,4,People\n");
    List<String> args = summary("--format", "json");
    args.set(args.indexOf(SETTINGS.toString()), settings.toString());
    JsonNode measures = JSON.readTree(ok(args).out()).get("measures");
    JsonNode sickness = measures.get(10); // the 11th measure of ed-measures.csv
    assertThat(sickness.get("measure").stringValue()).isEqualTo("Staff sickness");
    assertThat(sickness.get("target").doubleValue()).isEqualTo(4);
    assertThat(sickness.get("group").stringValue()).isEqualTo("People");
    assertThat(sickness.get("direction").stringValue()).isEqualTo("decrease");
  }

  @Test
  void aSettingsFileFromAEuropeanSpreadsheetIsReadWithItsSemicolons() throws IOException {
    // Excel in a decimal-comma locale saves CSV with ";": the same rule as the data's reader.
    Path settings = dir.resolve("s.csv");
    Files.writeString(settings, "measure;target;group\nStaff sickness;4;People\n");
    List<String> args = summary("--format", "json");
    args.set(args.indexOf(SETTINGS.toString()), settings.toString());
    JsonNode sickness = JSON.readTree(ok(args).out()).get("measures").get(10);
    assertThat(sickness.get("target").doubleValue()).isEqualTo(4);
    assertThat(sickness.get("group").stringValue()).isEqualTo("People");
  }

  @Test
  void csvHasTheSameFieldsOneRowPerMeasure() {
    String[] lines = ok(summary("--format", "csv")).out().split("\n");
    assertThat(lines).hasSize(13);
    assertThat(lines[0]).startsWith(String.join(",", FIELDS));
    assertThat(lines[1]).startsWith("4-hour performance,Flow,p,increase,36,2025-03,");
  }

  @Test
  void textShowsTheMatrixAndATablePerGroupWithin100Columns() {
    String text = ok(summary()).out();
    assertThat(text)
        .contains("Variation x assurance (12 measures)")
        .contains("Will meet target")
        .contains("Group: Flow")
        .contains("Group: Workforce");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void aMeasureWithTooFewPointsCarriesTheShortSeriesNote() throws IOException {
    Path file = dir.resolve("short.csv");
    Files.writeString(
        file,
        "measure,month,value\n"
            + "New,2024-01,3\nNew,2024-02,4\nNew,2024-03,5\nNew,2024-04,4\nNew,2024-05,3\n");
    List<String> args =
        List.of("summary", file.toString(), "--measure", "measure", "--x", "month", "--y", "value");
    JsonNode m = JSON.readTree(ok(append(args, "--format", "json")).out()).get("measures").get(0);
    assertThat(m.get("points").intValue()).isEqualTo(5);
    assertThat(m.get("notes").get(0).stringValue()).startsWith("fewer than 13 points");
    assertThat(ok(args).out()).contains("* New: fewer than 13 points");
  }

  @Test
  void outputIsWrittenAtomicallyAndNeverOverTheSettingsFile() throws IOException {
    Path out = dir.resolve("board.json");
    ok(summary("--format", "json", "--output", out.toString()));
    assertThat(JSON.readTree(Files.readString(out)).get("measures")).hasSize(12);
    Path copy = dir.resolve("settings.csv");
    Files.copy(SETTINGS, copy);
    List<String> args = summary("--output", copy.toString());
    args.set(args.indexOf(SETTINGS.toString()), copy.toString());
    CliRun.assertBadInput(CliRun.of(args), "is the same file as --settings");
    assertThat(Files.readString(copy)).isEqualTo(Files.readString(SETTINGS));
  }

  private static List<String> append(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  /** Writes a settings file, runs the summary with it, and expects one line and no output. */
  private void assertBadSettings(String name, String content, String... fragments)
      throws IOException {
    Path settings = dir.resolve(name);
    Files.writeString(settings, content);
    Path out = dir.resolve("board.csv");
    List<String> args = summary("--format", "csv", "--output", out.toString());
    args.set(args.indexOf(SETTINGS.toString()), settings.toString());
    CliRun.assertBadInput(CliRun.of(args), fragments);
    assertThat(out).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown measure | Falls,i | line 2 (measure Falls) | measure is not in",
        "unknown chart | Attendances,xyz | line 2 (measure Attendances) | chart (xyz) must be one"
            + " of",
      })
  void badSettingsNameTheFileRowMeasureAndField(String label, String row, String at, String what)
      throws IOException {
    assertBadSettings("s.csv", "measure,chart\n" + row + "\n", "s.csv " + at.strip(), what.strip());
  }

  @Test
  void countIsLeftOutOfTheHelpAndRefusedWithAReason() {
    // --count comes with the input options qi analyze shares, and has no meaning for a board
    assertThat(CliRun.of("summary", "--help").out()).doesNotContain("--count").contains("--y=COL");

    CliRun.assertBadInput(
        CliRun.of("summary", DATA.toString(), "--measure", "measure", "--x", "month", "--count"),
        "--count is not supported by qi summary: give each measure's value in --y");
    CliRun missingY = CliRun.of("summary", DATA.toString(), "--measure", "measure", "--x", "month");
    CliRun.assertBadInput(missingY, "Missing required option: '--y=COL'");
    assertThat(missingY.err()).doesNotContain("--count");
  }

  @Test
  void aBadDirectionIsNamedWithItsRow() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,direction\nAttendances,increase\nStaff sickness,down\n",
        "s.csv line 3 (measure Staff sickness): direction (down) must be one of increase,"
            + " decrease, neutral");
  }

  @Test
  void aNonNumericTargetIsNamedWithItsRow() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,target\nAttendances,lots\n",
        "s.csv line 2 (measure Attendances): target (lots) must be a number");
  }

  @Test
  void aNonPositiveMultiplyIsRefused() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,multiply\nAttendances,0\n",
        "s.csv line 2 (measure Attendances): multiply (0) must be a finite number > 0");
  }

  @Test
  void aRebaseUnlikeTheDataIsRefused() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,rebase\nAttendances,7\n",
        "s.csv line 2 (measure Attendances): rebase (7) must be a date or period");
  }

  @Test
  void anUnknownFieldIsRefused() throws IOException {
    assertBadSettings(
        "s.csv", "measure,colour\nAttendances,red\n", "s.csv line 1: unknown field (colour)");
  }

  @Test
  void aMeasureSetTwiceIsRefused() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,unit\nAttendances,a\nAttendances,b\n",
        "s.csv line 3 (measure Attendances): measure is already set at line 2");
  }

  @Test
  void jsonSettingsNameTheirEntry() throws IOException {
    assertBadSettings(
        "s.json",
        "[{\"measure\": \"Attendances\", \"chart\": \"c\"}, {\"measure\": \"Attendances x\"}]",
        "s.json entry 2 (measure Attendances x): measure is not in");
  }

  @Test
  void jsonSettingsApplyLikeCsvSettings() throws IOException {
    Path settings = dir.resolve("s.json");
    Files.writeString(
        settings,
        "{\"measures\": [{\"measure\": \"Attendances\", \"chart\": \"c\", \"target\": 8000,"
            + " \"direction\": \"increase\", \"rebase\": [\"2024-04\"]}]}");
    List<String> args = summary("--format", "json");
    args.set(args.indexOf(SETTINGS.toString()), settings.toString());
    JsonNode attendances = JSON.readTree(ok(args).out()).get("measures").get(1);
    assertThat(attendances.get("chart").stringValue()).isEqualTo("c");
    assertThat(attendances.get("target").doubleValue()).isEqualTo(8000);
    assertThat(attendances.get("direction").stringValue()).isEqualTo("increase");
    // rebased at 2024-04: the last part holds 2024-04 to 2025-03, 12 points, a short part
    assertThat(attendances.get("notes").get(0).stringValue()).startsWith("fewer than 13 points");
  }

  @Test
  void aTargetColumnWithTwoValuesForOneMeasureIsRefused() throws IOException {
    Path file = dir.resolve("two.csv");
    Files.writeString(file, "measure,month,value,target\nA,2024-01,3,5\nA,2024-02,4,6\n");
    Path out = dir.resolve("board.json");
    CliRun.assertBadInput(
        CliRun.of(
            "summary",
            file.toString(),
            "--measure",
            "measure",
            "--x",
            "month",
            "--y",
            "value",
            "--target-column",
            "target",
            "--output",
            out.toString()),
        "column target (--target-column) gives measure A more than one value (5, 6)");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBadDirectionColumnNamesTheMeasure() throws IOException {
    Path file = dir.resolve("dir.csv");
    Files.writeString(file, "measure,month,value,better\nA,2024-01,3,up\nA,2024-02,4,up\n");
    CliRun.assertBadInput(
        CliRun.of(
            "summary",
            file.toString(),
            "--measure",
            "measure",
            "--x",
            "month",
            "--y",
            "value",
            "--direction-column",
            "better"),
        "column better (--direction-column) of measure A: direction (up) must be one of");
  }

  @Test
  void aRowWithoutMeasureIsNamedByItsX() throws IOException {
    Path file = dir.resolve("blank.csv");
    Files.writeString(file, "measure,month,value\nA,2024-01,3\n,2024-02,4\n");
    CliRun.assertBadInput(
        CliRun.of(
            "summary", file.toString(), "--measure", "measure", "--x", "month", "--y", "value"),
        "blank.csv: column measure (--measure) is blank in the row at x 2024-02");
  }

  @Test
  void htmlIsTheBoardPageWithEveryMeasureAndTheTitle() throws IOException {
    Path page = dir.resolve("board.html");
    ok(
        summary(
            "--format", "html", "--title", "Emergency <department>", "--output", page.toString()));
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Emergency &lt;department&gt;");
    // the twelve measures of ed-measures.csv, each named on the page
    for (String name : List.of("4-hour performance", "Attendances", "Friends and family")) {
      assertThat(html).contains(name);
    }
    assertThat(html).contains("Handovers &gt; 60 min");
  }

  @Test
  void titleWorksWithHtmlOnly() {
    CliRun.assertBadInput(
        CliRun.of(summary("--title", "Board")), "--title works with --format html only");
  }

  @Test
  void anUnknownRuleSetIsRefused() throws IOException {
    assertBadSettings(
        "s.csv",
        "measure,rules\nAttendances,nsh\n",
        "s.csv line 2 (measure Attendances): rules (nsh) must be one of anhoej, nhs");
  }

  @Test
  void controlCharactersInAMeasureNameAreEscapedInText() throws IOException {
    Path file = dir.resolve("hostile.csv");
    Files.writeString(
        file, "measure,month,value\n\u001b[2Jboard,2024-01,3\n\u001b[2Jboard,2024-02,4\n");
    String text =
        ok(List.of(
                "summary", file.toString(), "--measure", "measure", "--x", "month", "--y", "value"))
            .out();
    assertThat(text).doesNotContain("\u001b").contains("[2Jboard");
  }
}
