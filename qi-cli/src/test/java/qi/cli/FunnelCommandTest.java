package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code qi funnel}: the contract of issue 19; bad input exits 2 in one line naming unit and row.
 */
class FunnelCommandTest {
  private static final Path TRUSTS = Path.of("../examples/data/trust-mortality.csv");

  @TempDir Path dir;

  private static List<String> trusts(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "funnel",
                TRUSTS.toString(),
                "--unit",
                "trust",
                "--y",
                "observed_deaths",
                "--n",
                "expected_deaths",
                "--type",
                "sr"));
    args.addAll(List.of(more));
    return args;
  }

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, text);
    return file;
  }

  private static CliRun funnel(Path file, String type, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "funnel", file.toString(), "--unit", "u", "--y", "o", "--n", "n", "--type", type));
    args.addAll(List.of(more));
    return CliRun.of(args);
  }

  @Test
  void jsonCarriesTheContractFields() {
    CliRun run = CliRun.of(trusts("--format", "json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    JsonNode funnel = json.get("funnel");
    assertThat(funnel.get("type").asString()).isEqualTo("sr");
    assertThat(funnel.get("target").asDouble()).isEqualTo(1.0);
    assertThat(funnel.get("limit").asDouble()).isEqualTo(99.8);
    assertThat(funnel.get("trim").asDouble()).isEqualTo(0.1);
    assertThat(funnel.get("adjusted").asBoolean()).isTrue();
    // FunnelPlotR 0.5.0 on the same file: Rscript -e 'library(FunnelPlotR);
    // d <- read.csv("examples/data/trust-mortality.csv");
    // fp <- funnel_plot(d, observed_deaths, expected_deaths, trust); options(digits=17);
    // fp$phi; fp$tau2' gives 5.210733… and 0.003492295…
    assertThat(funnel.get("phi").asDouble()).isBetween(5.2107325, 5.2107335);
    assertThat(funnel.get("tau2").asDouble()).isBetween(0.0034922945, 0.0034922955);
    assertThat(json.get("units")).hasSize(30);
    JsonNode calder = null;
    for (JsonNode u : json.get("units")) {
      if (u.get("unit").asString().equals("Calder Vale")) {
        calder = u;
      }
    }
    // outliers(fp) in R lists Calder Vale (rr 1.2797919) above and Queensmead below
    assertThat(calder.get("outlier").asBoolean()).isTrue();
    assertThat(calder.get("side").asString()).isEqualTo("high");
    for (String field :
        List.of(
            "numerator",
            "denominator",
            "value",
            "z",
            "lcl95",
            "ucl95",
            "lcl998",
            "ucl998",
            "lcl95Adjusted",
            "ucl95Adjusted",
            "lcl998Adjusted",
            "ucl998Adjusted")) {
      assertThat(calder.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(json.get("limits").size()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void textIsTheVerdictInPlainWords() {
    CliRun run = CliRun.of(trusts());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("30 units compared as standardised ratios")
        .contains("phi = 5.211 > 1")
        .contains("Above the upper limit (1): Calder Vale (1.28).")
        .contains("Below the lower limit (1): Queensmead (0.7803).");
  }

  @Test
  void csvHasOneRowPerUnit() {
    CliRun run = CliRun.of(trusts("--format", "csv"));
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).startsWith("unit,numerator,denominator,value,z,lcl95");
    assertThat(lines).hasSize(31);
  }

  @Test
  void outputExtensionsChooseWhatIsWritten() throws IOException {
    for (String ext : List.of("png", "svg", "pdf", "html", "json", "csv")) {
      Path out = dir.resolve("funnel." + ext);
      CliRun run = CliRun.of(trusts("--output", out.toString(), "--title", "Mortality"));
      assertThat(run.exitCode()).as(ext + ": " + run.err()).isZero();
      assertThat(Files.size(out)).as(ext).isGreaterThan(500);
    }
    BufferedImage png = ImageIO.read(dir.resolve("funnel.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1000);
    String html = Files.readString(dir.resolve("funnel.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<title>Calder Vale\n").contains("above the upper limit");
    assertThat(Files.readString(dir.resolve("funnel.json"))).startsWith("{");
  }

  @Test
  void aZeroDenominatorOfAProportionNamesUnitAndRow() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,0,0\nC,2,10\n");
    assertBadInput(
        funnel(file, "pr"), "unit \"B\" (row 3): denominator (0.0) must be a finite number > 0");
  }

  @Test
  void aZeroExpectedCountNamesUnitAndRow() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,0,5\nC,2,0\n");
    assertBadInput(funnel(file, "sr"), "unit \"C\" (row 4): expected count (0.0) must be");
  }

  @Test
  void aNumeratorAboveItsDenominatorNamesUnitAndRow() throws IOException {
    Path file = csv("u,o,n\nA,11,10\nB,0,5\nC,2,8\n");
    assertBadInput(
        funnel(file, "pr"), "unit \"A\" (row 2): numerator (11.0) must be <= denominator (10.0)");
  }

  @Test
  void fewerThanThreeUnitsAreRejected() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,0,5\nA,2,8\n");
    assertBadInput(funnel(file, "rc"), "units (2) must be at least 3 for a funnel plot: A, B");
  }

  @Test
  void aCellThatIsNotANumberNamesLineAndUnit() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,x,5\nC,2,8\n");
    assertBadInput(funnel(file, "rc"), "line 3, column \"o\" (unit \"B\"): \"x\" is not a number");
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    Path file = csv("u,o\nA,1\n");
    assertBadInput(funnel(file, "rc"), "no column \"n\"; the columns are u, o");
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,0,5\nC,2,8\n");
    assertBadInput(
        funnel(file, "pr", "--output", file.toString()), "is the same file as the input");
    assertThat(Files.readString(file)).isEqualTo("u,o,n\nA,1,10\nB,0,5\nC,2,8\n");
  }

  @Test
  void optionsOutsideTheContractAreRejected() throws IOException {
    Path file = csv("u,o,n\nA,1,10\nB,0,5\nC,2,8\n");
    assertBadInput(funnel(file, "pr", "--limit", "99"), "'99' is not one of 95, 99.8");
    assertBadInput(funnel(file, "pr", "--trim", "0.7"), "--trim (0.7) must be between 0 and 0.5");
    assertBadInput(funnel(file, "pr", "--multiply", "0"), "--multiply (0.0) must be");
    assertBadInput(funnel(file, "xx"), "'xx' is not one of sr, pr, rc");
  }
}
