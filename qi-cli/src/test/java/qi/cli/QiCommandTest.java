package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The qi command itself: version, help with examples, completion, and the progress bar. */
class QiCommandTest {
  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    // Outside the jar there is no manifest version; .ci/run checks bin/qi --version on the jar.
    assertThat(run.out()).startsWith("qi ");
  }

  @Test
  void helpShowsExamplesThatUseBundledData() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Examples:", "qi analyze examples/data/time-to-triage.csv", "generate-completion");
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void analyzeHelpListsTheInputOptions() {
    CliRun run = CliRun.of("analyze", "--help");

    assertThat(run.out())
        .contains("--count", "--delimiter", "--decimal", "--date-format", "--sheet");
  }

  @Test
  void completionScriptIsGeneratedByPicocli() {
    CliRun run = CliRun.of("generate-completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F", "--date-format", "analyze");
  }

  @Test
  void completionOffersChartIdsAsTypedWithAutoAndTheRuleSets() {
    CliRun run = CliRun.of("generate-completion");

    // the ids the --chart converter reads (ChartType.id), auto, and RuleSet.names()
    assertThat(run.out())
        .contains(
            "(\"run\" \"i\" \"mr\" \"xbar\"",
            "\"xmr\" \"cusum\" \"ewma\" \"auto\") # --chart values")
        .contains("(\"anhoej\" \"nhs\" \"western-electric\" \"nelson\" \"ihi\") # --rules values")
        .doesNotContain("\"XBAR\"");
  }

  @Test
  void completionOffersEveryChoiceAsTheConvertersReadIt() {
    CliRun run = CliRun.of("generate-completion");

    // Aggregation, Period, Direction, Act constants in lower case; the ids of SdMethod.id() and
    // CsvDialect.id(); the percentages FunnelCommand.Level reads.
    assertThat(run.out())
        .contains("(\"mean\" \"median\" \"sum\" \"sd\") # --agg values")
        .contains("(\"day\" \"week\" \"month\" \"quarter\" \"year\") # --period values")
        .contains("(\"increase\" \"decrease\" \"neutral\") # --direction values")
        .contains("(\"adopt\" \"adapt\" \"abandon\") # --decision values")
        .contains("\"uwave-r\"", "(\"rfc4180\" \"excel-eu\")", "(\"95\" \"99.8\")")
        .doesNotContainPattern("\"[A-Z][A-Z0-9_-]*\"");
  }

  @Test
  void oneSelfContainedCommandIsTheOnlySubcommandBuilt() {
    assertThat(Qi.subcommandsFor(new String[] {"analyze", "in.csv", "--y", "y"}))
        .containsExactly(AnalyzeCommand.class);
    assertThat(Qi.subcommandsFor(new String[] {"pdsa", "list"})).containsExactly(PdsaCommand.class);
  }

  @Test
  void versionAloneBuildsNoSubcommandAndVersionWithMoreBuildsThemAll() {
    assertThat(Qi.subcommandsFor(new String[] {"--version"})).isEmpty();
    assertThat(Qi.subcommandsFor(new String[] {"-V"})).isEmpty();
    // an argument after it may name a command, which must exist for the line to parse as before
    assertThat(Qi.subcommandsFor(new String[] {"-V", "help"}))
        .contains(AnalyzeCommand.class, PdsaCommand.class, picocli.CommandLine.HelpCommand.class);
  }

  @Test
  void shortVersionOptionPrintsTheVersion() {
    CliRun run = CliRun.of("-V");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("qi ");
  }

  @Test
  void everySubcommandPrintsQisVersion() {
    String version = CliRun.of("-V").out();

    for (List<String> command :
        List.of(
            List.of("analyze", "-V"),
            List.of("summary", "--version"),
            List.of("pdsa", "cycle", "-V"))) {
      CliRun run = CliRun.of(command);
      assertThat(run.exitCode()).as(command.toString()).isZero();
      assertThat(run.out()).as(command.toString()).isEqualTo(version);
    }
  }

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("analyze", "chart", "recommend", "pdsa", "generate-completion");
  }

  @Test
  void unknownCommandIsNamedWithAPointerToTheHelp() {
    CliRun run = CliRun.of("analyse", "in.csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'analyse'", "(see qi --help)");
  }

  private static String drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
    in.close();
    return "";
  }

  @Test
  void progressBarAppearsOnlyPastAMillionLines() throws IOException {
    byte[] big = "1\n".repeat(1_000_001).getBytes(StandardCharsets.US_ASCII);
    byte[] small = "1\n".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream bigTerminal = new ByteArrayOutputStream();
    ByteArrayOutputStream smallTerminal = new ByteArrayOutputStream();

    drain(
        Progress.watch(
            new ByteArrayInputStream(big), "big.csv", big.length, new PrintStream(bigTerminal)));
    drain(
        Progress.watch(
            new ByteArrayInputStream(small),
            "small.csv",
            small.length,
            new PrintStream(smallTerminal)));

    assertThat(bigTerminal.toString(StandardCharsets.UTF_8)).contains("Reading big.csv");
    assertThat(smallTerminal.size()).isZero();
  }
}
