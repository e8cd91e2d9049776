package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qi analyze --chart cusum|ewma}: the options of the contract and the bad ones (exit 2). */
class MemoryChartOptionsTest {
  @TempDir Path dir;

  /** Individual values x = 1..8 with a step after the fourth. */
  private Path individuals() throws IOException {
    return Files.writeString(
        dir.resolve("v.csv"), "x,y\n1,10\n2,11\n3,9\n4,10\n5,13\n6,14\n7,13\n8,14\n");
  }

  private CliRun run(String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("analyze", individuals().toString(), "--x", "x", "--y", "y"));
    args.addAll(List.of(options));
    return CliRun.of(args);
  }

  @Test
  void lambdaOutsideZeroToOneIsRefused() throws IOException {
    assertBadInput(
        run("--chart", "ewma", "--lambda", "1.5"), "--lambda", "lambda (1.5) must be > 0 and <= 1");
    assertBadInput(run("--chart", "ewma", "--lambda", "0"), "--lambda", "lambda (0) must be > 0");
  }

  @Test
  void decisionIntervalMustBePositive() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--decision-interval", "0"),
        "--decision-interval",
        "decisionInterval (0) must be a finite number > 0");
  }

  @Test
  void sdMustBePositive() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--sd", "-1"), "--sd", "sd (-1) must be a finite number > 0");
  }

  @Test
  void subgroupEstimatorOnIndividualValuesIsRefused() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--sd-method", "uwave-r"),
        "sdMethod (uwave-r) needs subgroups of 2 or more values",
        "x = 1 has 1 value");
  }

  @Test
  void headStartMustBeBelowTheDecisionInterval() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--head-start", "5"),
        "headStart (5.0) must be < decisionInterval (5.0)");
  }

  @Test
  void unknownSdMethodListsTheMethods() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--sd-method", "iqr"), "'iqr' is not an sd method", "rmsdf");
  }

  @Test
  void ewmaOptionOnACusumIsRefused() throws IOException {
    assertBadInput(
        run("--chart", "cusum", "--lambda", "0.3"), "--lambda applies to --chart ewma, not cusum");
  }

  @Test
  void cusumOptionOnAnIChartIsRefused() throws IOException {
    assertBadInput(run("--chart", "i", "--shift", "2"), "--shift applies to --chart cusum, not i");
  }

  @Test
  void cusumJsonCarriesTheSumsAndThePart() throws IOException {
    // centre 10 and sd 1 given: z = 0, 1, −1, 0, 3, 4, 3, 4; k = 0.5: C⁺ = 0, 0.5, 0, 0, 2.5, 6,
    // 8.5, 12
    CliRun r = run("--chart", "cusum", "--center", "10", "--sd", "1", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("\"cusumUpper\":6.0", "\"cusumUpper\":12.0", "\"cusum_upper\"")
        .contains("\"center\":10.0", "\"sd\":1.0", "\"sdMethod\":\"given\"");
  }

  @Test
  void textVerdictNamesTheCrossingAndTheShift() throws IOException {
    // C⁺ first exceeds h = 5 at x = 6 (6 > 5); since the sum was last 0 (x = 4): points 5, 6 with
    // (13 − 10)/1 and (14 − 10)/1: a shift of about (3 + 4)/2 = 3.5 σ
    CliRun r = run("--chart", "cusum", "--center", "10", "--sd", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "The upper CUSUM crossed its decision interval at x = 6: a sustained upward shift of"
                + " about 3.5 σ since x = 5.");
  }
}
