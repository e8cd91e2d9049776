package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qi pdsa report [--project FILE] --output FILE.html [--title TEXT]} on a copy of the
 * example project (examples/pdsa/qi-project.json, whose measure reads ../data/time-to-triage.csv).
 */
class PdsaReportCommandTest {
  @TempDir Path dir;
  private Path project;
  private Path data;
  private Path output;
  private byte[] projectBytes;

  @BeforeEach
  void copyExample() throws IOException {
    Files.createDirectories(dir.resolve("pdsa"));
    Files.createDirectories(dir.resolve("data"));
    project = dir.resolve("pdsa/qi-project.json");
    data = dir.resolve("data/time-to-triage.csv");
    output = dir.resolve("report.html");
    Files.copy(Path.of("../examples/pdsa/qi-project.json"), project);
    Files.copy(Path.of("../examples/data/time-to-triage.csv"), data);
    projectBytes = Files.readAllBytes(project);
  }

  private CliRun report(String... more) {
    String[] args = {"pdsa", "report", "--project", project.toString()};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  private String page() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  @Test
  void writesThePageAndLeavesTheProjectAsItWas() throws IOException {
    CliRun run = report("--output", output.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("Wrote " + output + ".\n");
    assertThat(page())
        .contains("<title>Faster triage in the emergency department</title>")
        .contains("<section id=\"timeline\"");
    assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
    try (var files = Files.list(project.getParent())) {
      // nothing beside the project file: no lock, no temporary file (the report only reads)
      assertThat(files).containsExactly(project);
    }
  }

  @Test
  void titleOptionNamesThePage() throws IOException {
    CliRun run = report("--output", output.toString(), "--title", "Huddle <3 March>");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(page())
        .contains("<title>Huddle &lt;3 March&gt;</title>")
        .contains("<p class=\"subtitle\">Faster triage in the emergency department</p>");
  }

  @Test
  void missingDataFileWarnsOnOneLineAndStillWritesThePage() throws IOException {
    Files.delete(data);
    CliRun run = report("--output", output.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "qi: warning: measure Time to triage: data file not found: "
                + data.toAbsolutePath().normalize()
                + "; the report shows it as missing\n");
    assertThat(page())
        .contains("<b>Data file missing:</b> <code>../data/time-to-triage.csv</code>");
  }

  @Test
  void unreadableDataFileWarnsWithTheReadersMessage() throws IOException {
    Files.writeString(data, "week,other\n2025-01-06,1\n");
    CliRun run = report("--output", output.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err().strip())
        .startsWith("qi: warning: measure Time to triage: ")
        .contains("minutes_to_triage")
        .endsWith("; the report shows it as missing")
        .doesNotContain("\n");
    assertThat(page()).contains("<b>Data not readable:</b>");
  }

  @Test
  void badProjectFileIsOneLineWithExitTwoAndNoPage() throws IOException {
    Files.writeString(project, "{ \"schemaVersion\": 2, ");
    assertBadInput(report("--output", output.toString()), project.toString());
    assertThat(output).doesNotExist();
    assertThat(Files.readString(project)).isEqualTo("{ \"schemaVersion\": 2, ");
  }

  @Test
  void missingProjectFileSaysHowToCreateOne() {
    project = dir.resolve("none.json");
    assertBadInput(report("--output", output.toString()), "none.json", "qi pdsa init");
    assertThat(output).doesNotExist();
  }

  @Test
  void refusesToWriteOverTheProjectFile() throws IOException {
    Path html = dir.resolve("pdsa/link.html"); // a hard link: the project file by another name
    Files.createLink(html, project);
    assertBadInput(report("--output", html.toString()), "--output", "--project");
    assertThat(Files.readAllBytes(project)).isEqualTo(projectBytes);
  }

  @Test
  void refusesToWriteOverAMeasuresDataFile() throws IOException {
    Path html = dir.resolve("data/link.html");
    Files.createLink(html, data);
    byte[] before = Files.readAllBytes(data);
    assertBadInput(report("--output", html.toString()), "the data file of measure Time to triage");
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
  }

  @Test
  void outputMustBeAnHtmlFile() {
    assertBadInput(
        report("--output", dir.resolve("report.pdf").toString()), "--output", "must end in .html");
  }

  @Test
  void outputIsRequired() {
    assertBadInput(report(), "--output");
  }
}
