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

/** {@code qi chart}: writes the format of the --output extension; bad input exits 2 in one line. */
class ChartCommandTest {
  private static final Path TRIAGE = Path.of("../examples/data/time-to-triage.csv");
  private static final Path FALLS = Path.of("../examples/data/falls.csv");

  @TempDir Path dir;

  private static List<String> triage(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "chart",
                TRIAGE.toString(),
                "--chart",
                "i",
                "--x",
                "week",
                "--y",
                "minutes_to_triage"));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void pngHasTheRequestedSize() throws IOException {
    Path out = dir.resolve("triage.png");

    CliRun run =
        CliRun.of(
            triage(
                "--part",
                "24",
                "--title",
                "Time to triage",
                "--width",
                "800",
                "--height",
                "450",
                "--annotate",
                "2025-03-03=PDSA 1: new triage form",
                "--output",
                out.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    BufferedImage image = ImageIO.read(out.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);
  }

  @Test
  void htmlReportHasTheChartTheVerdictAndEscapedUserText() throws IOException {
    Path out = dir.resolve("falls.html");

    CliRun run =
        CliRun.of(
            "chart",
            FALLS.toString(),
            "--chart",
            "u",
            "--x",
            "month",
            "--y",
            "falls",
            "--n",
            "bed_days",
            "--multiply",
            "1000",
            "--warning-limits",
            "--title",
            "<script>alert(1)</script>",
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<svg", "<table class=\"summary\">", "<p class=\"headline\">No signal: ");
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void svgAndPdfAreWritten() throws IOException {
    Path svg = dir.resolve("c.svg");
    Path pdf = dir.resolve("c.pdf");

    assertThat(CliRun.of(triage("--output", svg.toString())).exitCode()).isZero();
    assertThat(CliRun.of(triage("--output", pdf.toString())).exitCode()).isZero();

    assertThat(Files.readString(svg)).contains("<svg", "qi-point");
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("c.svg", "c.pdf");
    }
  }

  @Test
  void newOutputFileGetsOrdinaryPermissionsNotThoseOfTheTemporaryFile() throws IOException {
    Path out = dir.resolve("c.png");

    assertThat(CliRun.of(triage("--output", out.toString())).exitCode()).isZero();

    if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(out)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void unknownExtensionNamesOutput() {
    assertBadInput(
        CliRun.of(triage("--output", dir.resolve("chart.gif").toString())),
        "--output (",
        "chart.gif) must end in .png, .svg, .pdf or .html");
  }

  @Test
  void missingOutputIsNamed() {
    assertBadInput(CliRun.of(triage()), "--output");
  }

  @Test
  void annotationWithoutEqualsSignIsNamed() {
    assertBadInput(
        CliRun.of(triage("--annotate", "PDSA 1", "--output", dir.resolve("a.png").toString())),
        "--annotate (PDSA 1) must be X=TEXT");
  }

  @Test
  void annotationAtAnXUnlikeTheChartsIsNamed() {
    assertBadInput(
        CliRun.of(triage("--annotate", "soon=PDSA", "--output", dir.resolve("a.png").toString())),
        "--annotate (soon) must be an x value written like the data's (2025-01-06)");
  }

  @Test
  void tooSmallWidthIsNamedWithItsValue() {
    assertBadInput(
        CliRun.of(triage("--width", "10", "--output", dir.resolve("a.png").toString())),
        "--width (10) must be between 100 and 10000");
  }

  @Test
  void badAnalysisOptionIsReportedAsByAnalyze() {
    assertBadInput(
        CliRun.of(triage("--freeze", "99", "--output", dir.resolve("a.png").toString())),
        "qi: --freeze (99) must be <= number of subgroups (40)");
    assertThat(dir.resolve("a.png")).doesNotExist();
  }

  @Test
  void missingFolderOfOutputIsNamed() {
    assertBadInput(
        CliRun.of(triage("--output", dir.resolve("no/such/a.png").toString())),
        "--output (",
        "does not exist");
  }

  @Test
  void nhsRulesColourPointsByMeaningAndDrawTheIcons() throws IOException {
    Path out = dir.resolve("nhs.html");

    CliRun run =
        CliRun.of(
            "chart",
            TRIAGE.toString(),
            "--chart",
            "xmr",
            "--x",
            "week",
            "--y",
            "minutes_to_triage",
            "--direction",
            "decrease",
            "--target",
            "18",
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("Improvement", "Concern").doesNotContain("Part with a shift");
    assertThat(html).contains("beyond_limits");
  }

  @Test
  void byColumnDrawsOnePanelPerFacet() throws IOException {
    Path out = dir.resolve("wards.png");

    CliRun run =
        CliRun.of(
            "chart",
            "../examples/data/falls-by-ward.csv",
            "--chart",
            "u",
            "--x",
            "month",
            "--y",
            "falls",
            "--n",
            "bed_days",
            "--multiply",
            "1000",
            "--by",
            "ward",
            "--columns",
            "3",
            "--output",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ImageIO.read(out.toFile())).isNotNull();
  }

  @Test
  void projectCyclesBecomeNotesListedInTheReport() throws IOException {
    Path out = dir.resolve("pdsa.html");

    CliRun run =
        CliRun.of(
            triage(
                "--project",
                "../examples/pdsa/qi-project.json",
                "--measure",
                "Time to triage",
                "--output",
                out.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("Notes on the chart", "2025-02-03", "PDSA 1: One-page triage form");
  }

  @Test
  void measureWithoutProjectIsRejected() {
    assertBadInput(
        CliRun.of(triage("--measure", "Time to triage", "--output", "x.png")),
        "--measure needs --project");
  }
}
