package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Options combined as users reach for them give, facet by facet, the numbers of running each facet
 * alone: {@code --by} with {@code --part-column}, {@code --count} with {@code --part-column}, and
 * JSON on standard input. The oracle of each test is the single run.
 */
class FacetCombinationsTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path dir;

  /**
   * Two wards, 20 weeks each; ward A changes its practice after week 8, ward B after week 12, so
   * each facet has its own parts. Values: a fixed pattern, different per ward.
   */
  private static List<String> wardRows() {
    List<String> rows = new ArrayList<>();
    for (String ward : new String[] {"A", "B"}) {
      int change = ward.equals("A") ? 8 : 12;
      for (int week = 1; week <= 20; week++) {
        int falls = (week * 7 + (ward.equals("A") ? 3 : 5)) % 11 + (week > change ? 0 : 4);
        rows.add(
            String.format(
                "2025-W%02d,%d,%d,%s,%s",
                week, falls, 900 + week * 13 % 200, ward, week > change ? "after" : "before"));
      }
    }
    return rows;
  }

  private Path csv(String name, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>(List.of("week,falls,days,ward,phase"));
    lines.addAll(rows);
    return Files.write(dir.resolve(name), lines);
  }

  private static JsonNode run(List<String> args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  /** The points or parts of one facet, without their facet field. */
  private static List<JsonNode> facet(JsonNode all, String field, String name) {
    List<JsonNode> nodes = new ArrayList<>();
    for (JsonNode node : all.get(field)) {
      if (node.get("facet").asString().equals(name)) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove("facet");
        nodes.add(copy);
      }
    }
    return nodes;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static List<String> args(Path file, String... more) {
    List<String> args =
        new ArrayList<>(List.of("analyze", file.toString(), "--x", "week", "--format", "json"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void byWithPartColumnGivesEachFacetItsOwnPartsAsWhenRunAlone() throws IOException {
    Path both = csv("wards.csv", wardRows());
    JsonNode all =
        run(
            args(
                both,
                "--y",
                "falls",
                "--n",
                "days",
                "--chart",
                "u",
                "--by",
                "ward",
                "--part-column",
                "phase"));

    for (String ward : new String[] {"A", "B"}) {
      Path alone =
          csv(
              ward + ".csv",
              wardRows().stream().filter(r -> r.contains("," + ward + ",")).toList());
      JsonNode single =
          run(args(alone, "--y", "falls", "--n", "days", "--chart", "u", "--part-column", "phase"));

      assertThat(facet(all, "points", ward)).as(ward).isEqualTo(list(single.get("points")));
      assertThat(facet(all, "parts", ward)).as(ward).isEqualTo(list(single.get("parts")));
    }
    // A changes after week 8, B after week 12: parts of 8 + 12 and 12 + 8 points
    assertThat(facet(all, "parts", "A"))
        .extracting(p -> p.get("nObs").asInt())
        .containsExactly(8, 12);
    assertThat(facet(all, "parts", "B"))
        .extracting(p -> p.get("nObs").asInt())
        .containsExactly(12, 8);
  }

  @Test
  void countWithPartColumnCountsEachPeriodInTheFirstEventsPart() throws IOException {
    // An event log of ward B, one row per fall on the Monday of its week, and the weekly counts
    // as a table; B has no fall in week 15 (7 * 15 + 5 = 110 = 10 * 11): that empty week is
    // filled in with a count of 0 and stays in the part of the week before it, "after".
    List<String> weekly = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (String row : wardRows().stream().filter(r -> r.contains(",B,")).toList()) {
      String[] cells = row.split(",");
      String monday =
          java.time.LocalDate.of(2024, 12, 30)
              .plusWeeks(Integer.parseInt(cells[0].substring(6)) - 1)
              .toString();
      weekly.add(monday + "," + cells[1] + ",," + cells[3] + "," + cells[4]);
      for (int k = 0; k < Integer.parseInt(cells[1]); k++) {
        events.add(monday + ",,," + cells[3] + "," + cells[4]);
      }
    }
    assertThat(weekly.get(14)).startsWith("2025-04-07,0,");
    JsonNode counted =
        run(
            args(
                csv("log.csv", events),
                "--count",
                "--period",
                "week",
                "--chart",
                "c",
                "--part-column",
                "phase"));
    JsonNode alone =
        run(args(csv("B.csv", weekly), "--y", "falls", "--chart", "c", "--part-column", "phase"));

    assertThat(counted.get("points")).isEqualTo(alone.get("points"));
    assertThat(counted.get("parts")).isEqualTo(alone.get("parts"));
  }

  @Test
  void standardInputInJsonReadsAsTheSameFile() throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (String row : wardRows()) {
      String[] c = row.split(",");
      json.append(json.length() > 1 ? "," : "")
          .append(
              String.format(
                  "{\"week\":\"%s\",\"falls\":%s,\"days\":%s,\"ward\":\"%s\"}",
                  c[0], c[1], c[2], c[3]));
    }
    Path file = Files.writeString(dir.resolve("wards.json"), json.append(']'));
    JsonNode fromFile = run(args(file, "--y", "falls", "--chart", "i", "--by", "ward"));

    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      List<String> stdin = args(Path.of("-"), "--y", "falls", "--chart", "i", "--by", "ward");
      stdin.addAll(List.of("--input-format", "json"));

      assertThat(run(stdin)).isEqualTo(fromFile);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void anInputFormatOtherThanCsvOrJsonIsNamed() throws IOException {
    Path file = csv("wards.csv", wardRows());

    CliRun.assertBadInput(
        CliRun.of(args(file, "--y", "falls", "--input-format", "xml")),
        "--input-format (xml) must be csv or json");
  }
}
