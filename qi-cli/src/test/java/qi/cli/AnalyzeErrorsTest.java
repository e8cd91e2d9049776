package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and bad options give exit code 2 and one line on stderr naming what is wrong. */
class AnalyzeErrorsTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void missingColumnIsNamedWithTheColumnsThatExist() throws IOException {
    Path file = csv("week,minutes\n1,30\n2,32\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "week", "--y", "mins"),
        "data.csv",
        "no column \"mins\"",
        "week, minutes");
  }

  @Test
  void nonNumericValueNamesFileLineAndColumn() throws IOException {
    Path file = csv("x,y\n1,30\n2,thirty\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "data.csv: line 3, column \"y\": \"thirty\" is not a number");
  }

  @Test
  void negativeDenominatorNamesFileLineAndColumn() throws IOException {
    Path file = csv("x,y,n\n1,3,10\n2,4,-5\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "p", "--x", "x", "--y", "y", "--n", "n"),
        "data.csv: line 3, column \"n\": denominator (-5) must be >= 0");
  }

  @Test
  void unknownChartTypeListsTheChartTypes() throws IOException {
    Path file = csv("x,y\n1,30\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "zz", "--x", "x", "--y", "y"),
        "--chart",
        "'zz' is not a chart type",
        "xbar");
  }

  @Test
  void freezeBeyondTheSeriesNamesBothNumbers() throws IOException {
    Path file = csv("x,y\n1,30\n2,31\n3,29\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--freeze", "30"),
        "qi: --freeze (30) must be <= number of subgroups (3)");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path file = csv("x,y\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"), "data.csv: no data rows");
  }

  @Test
  void missingFileIsNamed() {
    assertBadInput(
        CliRun.of("analyze", dir.resolve("nope.csv").toString(), "--x", "x", "--y", "y"),
        "nope.csv: file not found");
  }

  @Test
  void unknownOptionIsNamed() throws IOException {
    Path file = csv("x,y\n1,30\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--frezee", "3"),
        "Unknown option",
        "'--frezee'");
  }

  @Test
  void proportionChartWithoutDenominatorAsksForN() throws IOException {
    Path file = csv("x,y\n1,3\n2,4\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "p", "--x", "x", "--y", "y"),
        "chart (p) needs a denominator");
  }

  @Test
  void partBeyondTheSeriesIsRejected() throws IOException {
    Path file = csv("x,y\n1,3\n2,4\n3,5\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--part", "3"),
        "part (3) must be between 1 and 2");
  }

  @Test
  void mixedDatesAndNumbersInXAreRejected() throws IOException {
    Path file = csv("x,y\n2024-01-01,3\n7,4\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "line 3, column \"x\": \"7\" is a number, but earlier rows have a date");
  }

  @Test
  void outputFileIsWrittenAndReplacedWhole() throws IOException {
    Path file = csv("x,y\n1,3\n2,4\n3,5\n");
    Path out = dir.resolve("result.csv");
    Files.writeString(out, "old content that must be replaced entirely");

    CliRun run =
        CliRun.of(
            "analyze",
            file.toString(),
            "--x",
            "x",
            "--y",
            "y",
            "--format",
            "csv",
            "--output",
            out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(out))
        .first()
        .isEqualTo(
            "index,x,y,n,part,baseline,included,cl,lcl,ucl,lwl,uwl,sigmaSignal,runsSignal,target,"
                + "signals,pointType");
    assertThat(Files.readString(out)).doesNotContain("old content");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("data.csv", "result.csv");
    }
  }

  @Test
  void freezeWithPartsIsAppliedAsQicharts2DoesAndSaysSo() throws IOException {
    Path file = csv("x,y\n1,3\n2,4\n3,5\n4,6\n");

    CliRun run =
        CliRun.of(
            "analyze", file.toString(), "--x", "x", "--y", "y", "--freeze", "2", "--part", "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("qi: note: --freeze (2) is ignored because the series has parts");
  }

  @Test
  void proportionNumeratorAboveItsDenominatorIsNamed() throws IOException {
    Path file = csv("x,y,n\n1,3,10\n2,12,10\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "p", "--x", "x", "--y", "y", "--n", "n"),
        "y at x 2 (12) must be <= n (10) for a P chart");
  }

  @Test
  void eventsWithoutExposureNameTheLineAndColumn() throws IOException {
    Path file = csv("x,y,n\n1,3,10\n2,0,0\n3,2,0\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "u", "--x", "x", "--y", "y", "--n", "n"),
        "data.csv: line 4, column \"y\": y (2) must be 0 where the denominator is 0");
  }

  @Test
  void countedEventsInAPeriodWithoutExposureAreRejected() throws IOException {
    // two falls in the week of 8 Jan, on rows with 0 bed days
    Path file = csv("date,bed_days\n2024-01-01,100\n2024-01-08,0\n2024-01-09,0\n");

    assertBadInput(
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
            "u"),
        "y at x 2024-01-08 (2) must be 0 where n is 0");
  }

  @Test
  void fractionalCountOnACChartIsRejected() throws IOException {
    Path file = csv("x,y\n1,3\n2,2.5\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "c", "--x", "x", "--y", "y"),
        "y at x 2 (2.5) must be a whole count for a C chart");
  }

  @Test
  void subgroupChartWithOneRowPerSubgroupIsRejected() throws IOException {
    Path file = csv("x,y\n1,3\n2,2.5\n3,4\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "xbar", "--x", "x", "--y", "y"),
        "chart (xbar) needs several measurements per subgroup");
  }

  @Test
  void nonPositiveTimeOnATChartIsRejected() throws IOException {
    Path file = csv("x,y\n1,3\n2,0\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--chart", "t", "--x", "x", "--y", "y"),
        "y at x 2 (0) must be > 0 for a T chart");
  }

  @Test
  void unknownRuleSetListsTheRuleSets() throws IOException {
    Path file = csv("x,y\n1,3\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--rules", "wecco"),
        "'wecco' is not a rule set",
        "western-electric");
  }

  @Test
  void targetForAFacetThatDoesNotExistIsNamed() throws IOException {
    Path file = csv("x,y,ward\n1,3,A\n2,4,A\n1,5,B\n2,6,B\n");

    assertBadInput(
        CliRun.of(
            "analyze",
            file.toString(),
            "--x",
            "x",
            "--y",
            "y",
            "--by",
            "ward",
            "--target",
            "A=3,C=4"),
        "--target (C=4) must be FACET=VALUE with FACET one of A, B");
  }

  @Test
  void rebaseAfterTheLastPointIsRejected() throws IOException {
    Path file = csv("x,y\n2024-01-01,3\n2024-02-01,4\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--rebase", "2025-01-01"),
        "qi: --rebase (2025-01-01) must not be after the last point (2024-02-01)");
  }

  @Test
  void rebaseBeforeTheFirstPointStartsNoPartAndIsNoted() throws IOException {
    // Not refused: with --by the same --rebase applies to every facet, and a facet may begin after
    // it; the chart is the same as without it (the first part starts at the first point anyway).
    Path file = csv("x,y\n2024-01-01,3\n2024-02-01,4\n2024-03-01,5\n");

    CliRun run =
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--rebase", "2023-06-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains(
            "qi: note: --rebase (2023-06-01) is before the first point (2024-01-01): no part"
                + " starts there");
    assertThat(run.out()).contains("in 1 part;");
  }

  @Test
  void unknownEnumValueListsTheValuesAccepted() throws IOException {
    Path file = csv("x,y\n1,3\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--agg", "mode"),
        "--agg",
        "'mode' is not one of mean, median, sum, sd");
  }
}
