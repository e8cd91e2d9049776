package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The output options of {@code qi analyze}: compact JSON unless {@code --pretty}, JSON Lines, the
 * European Excel dialect of CSV, and {@code --output} giving the same bytes as standard output.
 */
class AnalyzeOutputFormatsTest {
  private static final JsonMapper JSON = new JsonMapper();
  private static final List<String> FALLS =
      List.of(
          "analyze",
          "../examples/data/falls-by-ward.csv",
          "--chart",
          "u",
          "--x",
          "month",
          "--y",
          "falls",
          "--n",
          "bed_days",
          "--by",
          "ward");

  @TempDir Path dir;

  private static CliRun run(String... more) {
    CliRun run = CliRun.of(concat(FALLS, more));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void jsonIsOneCompactLineUnlessPretty() {
    String compact = run("--format", "json").out();
    String pretty = run("--format", "json", "--pretty").out();

    assertThat(compact.strip()).doesNotContain("\n").startsWith("{\"chart\":\"u\",\"points\":[{");
    assertThat(pretty).startsWith("{\n  \"chart\" : \"u\",");
    assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(compact));
  }

  @Test
  void jsonLinesHasATypedObjectPerPointAndPart() {
    JsonNode document = JSON.readTree(run("--format", "json").out());

    List<JsonNode> lines = run("--format", "jsonl").out().lines().map(JSON::readTree).toList();

    int points = document.get("points").size();
    assertThat(lines).hasSize(points + document.get("parts").size() + document.get("notes").size());
    assertThat(lines.get(0).get("type").asString()).isEqualTo("point");
    assertThat(lines.get(0).get("facet").asString())
        .isEqualTo(document.get("points").get(0).get("facet").asString());
    assertThat(lines.get(points).get("type").asString()).isEqualTo("part");
  }

  @Test
  void excelEuCsvHasSemicolonsAndDecimalCommas() {
    String csv = run("--format", "csv", "--csv-dialect", "excel-eu").out();

    // falls-by-ward.csv, ward A, January 2024: 7 falls in 2632 bed days = 0.0026595744680851063
    assertThat(csv).startsWith("\uFEFFfacet;index;x;y;n;part;");
    assertThat(csv).contains("\nWard A (surgical);1;2024-01-01;0,0026595744680851063;2632,0;1;");
  }

  @Test
  void outputFileHoldsWhatStandardOutputShows() throws IOException {
    for (String format : List.of("json", "jsonl", "csv", "text")) {
      Path file = dir.resolve("out." + format);

      run("--format", format, "--output", file.toString());

      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(format)
          .isEqualTo(run("--format", format).out());
    }
  }

  @Test
  void prettyOnlyWithJson() {
    CliRun.assertBadInput(
        CliRun.of(concat(FALLS, "--format", "csv", "--pretty")), "--pretty", "--format json");
  }

  @Test
  void csvDialectOnlyWithCsv() {
    CliRun.assertBadInput(
        CliRun.of(concat(FALLS, "--csv-dialect", "excel-eu")), "--csv-dialect", "--format csv");
  }

  @Test
  void anUnknownCsvDialectListsTheKnownOnes() {
    CliRun.assertBadInput(
        CliRun.of(concat(FALLS, "--format", "csv", "--csv-dialect", "excel")),
        "'excel' is not one of rfc4180, excel-eu");
  }
}
