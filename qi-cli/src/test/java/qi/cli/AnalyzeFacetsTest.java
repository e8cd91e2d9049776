package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --by COL} analyzes each facet on its own: two NHSRplotthedots reference cases stacked into
 * one file with a facet column give, per facet, exactly the single-case results.
 */
class AnalyzeFacetsTest {
  private static final Path NHS =
      Path.of("../qi-core/src/test/resources/reference/nhsrplotthedots");
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path dir;

  private static JsonNode run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void eachFacetIsAnalyzedAloneWithItsOwnTarget() throws IOException {
    List<String> rows = new ArrayList<>(List.of("x,y,ward"));
    for (String[] facet :
        new String[][] {
          {"ptd_increase_common_24pts", "B"}, {"ptd_target_pass_increase_24pts", "A"}
        }) {
      Files.readAllLines(NHS.resolve(facet[0]).resolve("input.csv")).stream()
          .skip(1)
          .forEach(line -> rows.add(line + "," + facet[1]));
    }
    Path file = dir.resolve("wards.csv");
    Files.write(file, rows);

    JsonNode both =
        run(
            "analyze",
            file.toString(),
            "--chart",
            "xmr",
            "--x",
            "x",
            "--y",
            "y",
            "--by",
            "ward",
            "--direction",
            "increase",
            "--target",
            "A=60",
            "--format",
            "json");
    JsonNode a =
        run(
            "analyze",
            NHS.resolve("ptd_target_pass_increase_24pts/input.csv").toString(),
            "--chart",
            "xmr",
            "--x",
            "x",
            "--y",
            "y",
            "--direction",
            "increase",
            "--target",
            "60",
            "--format",
            "json");

    assertThat(both.get("points")).hasSize(48);
    assertThat(both.get("points").get(0).get("facet").asString()).isEqualTo("A");
    assertThat(both.get("points").get(24).get("facet").asString()).isEqualTo("B");
    for (int i = 0; i < 24; i++) {
      assertThat(both.get("points").get(i).get("ucl")).isEqualTo(a.get("points").get(i).get("ucl"));
    }
    assertThat(both.get("parts").get(0).get("assurance").asString()).isEqualTo("pass");
    assertThat(both.get("parts").get(1).get("assurance").isNull()).isTrue();
  }

  @Test
  void autoChartSaysWhichChartItChoseAndWhy() throws IOException {
    Path file = dir.resolve("counts.csv");
    Files.writeString(file, "x,y\n1,3\n2,5\n3,4\n4,6\n5,2\n6,4\n");

    CliRun run = CliRun.of("analyze", file.toString(), "--chart", "auto", "--x", "x", "--y", "y");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("--chart auto chose c: The values are whole-number counts");
    // The headline first, then the chart it read.
    assertThat(run.out()).startsWith("No signal: ").contains("\nC chart: 6 points");
  }

  @Test
  void recommendNamesTheChartAndTheReason() throws IOException {
    Path file = dir.resolve("rates.csv");
    Files.writeString(file, "x,y,n\n1,3,100\n2,5,120\n3,4,90\n");

    CliRun run = CliRun.of("recommend", file.toString(), "--x", "x", "--y", "y", "--n", "n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Recommended chart: p").contains("proportions");
  }
}
