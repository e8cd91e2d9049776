package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A period with n = 0 and y = 0 (a ward closed for a month) is a gap, as qicharts2 0.8.1 charts it:
 * no value and no limits there, the centre line of the part unchanged, a note naming the x, one
 * line in the text verdict. The numbers of the other points are checked against qicharts2 by the
 * reference cases p_zero_n_gaps_24pts and friends (qi-core).
 */
class ZeroDenominatorTest {
  @TempDir Path dir;

  private Path closedWard() throws IOException {
    Path file = dir.resolve("ward.csv");
    Files.writeString(
        file,
        "month,falls,admissions\n"
            + "2021-01-05,3,40\n2021-02-05,0,0\n2021-03-05,5,50\n2021-04-05,6,45\n");
    return file;
  }

  @Test
  void aPeriodWithoutDenominatorIsAGapAndANote() throws IOException {
    CliRun run =
        CliRun.of(
            "analyze",
            closedWard().toString(),
            "--chart",
            "p",
            "--x",
            "month",
            "--y",
            "falls",
            "--n",
            "admissions",
            "--format",
            "json");
    JsonNode json = JsonMapper.builder().build().readTree(run.out());

    assertThat(run.exitCode()).isZero();
    JsonNode gap = json.at("/points/1");
    assertThat(gap.get("y").isNull()).isTrue();
    assertThat(gap.get("lcl").isNull()).isTrue();
    assertThat(gap.get("ucl").isNull()).isTrue();
    assertThat(gap.get("lwl").isNull()).isTrue();
    assertThat(gap.get("uwl").isNull()).isTrue();
    assertThat(gap.get("n").asDouble()).isZero();
    // pooled p̄ = (3 + 0 + 5 + 6) / (40 + 0 + 50 + 45): the closed month adds nothing
    assertThat(gap.get("cl").asDouble()).isEqualTo(14.0 / 135);
    assertThat(json.at("/parts/0/nObs").asInt()).isEqualTo(4); // qicharts2 counts it in n.obs
    assertThat(json.at("/parts/0/nUseful").asInt()).isEqualTo(3);
    assertThat(json.at("/notes").toString())
        .contains("no denominator at 2021-02-05: no value plotted");
  }

  @Test
  void theTextVerdictSaysSoInOneLine() throws IOException {
    CliRun run =
        CliRun.of(
            "analyze",
            closedWard().toString(),
            "--chart",
            "p",
            "--x",
            "month",
            "--y",
            "falls",
            "--n",
            "admissions");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().filter(line -> line.contains("n = 0")))
        .containsExactly(
            "No denominator (n = 0) at 2021-02-05: no value plotted there; those points count in"
                + " nothing.");
  }
}
