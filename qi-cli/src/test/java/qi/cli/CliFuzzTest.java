package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of the command line ({@link Qi#execute}): any arguments give exit code 0, or exit code 2
 * with one line on standard error starting {@code qi: }, never a stack trace and never exit code 1
 * (an internal error). Arguments are drawn from every option with good, bad and hostile values over
 * a small valid CSV file. The nastiest command lines found are kept in {@code
 * src/test/resources/fuzz/cli/} (one argument per line; {@code DATA} stands for the CSV file) and
 * replayed on every build.
 */
class CliFuzzTest {
  private static final Path DIR = Path.of("target", "cli-fuzz");
  private static final Path DATA = DIR.resolve("data.csv");

  static {
    StringBuilder csv = new StringBuilder("x,day,y,n,unit,label\n");
    for (int i = 1; i <= 30; i++) {
      csv.append(i)
          .append(',')
          .append(java.time.LocalDate.of(2024, 1, 1).plusDays(7L * i))
          .append(',')
          .append(i % 7 + (i > 15 ? 5 : 0))
          .append(',')
          .append(20 + i)
          .append(',')
          .append(i % 3 == 0 ? "=A1" : i % 3 == 1 ? "ward b" : "-ward c")
          .append(',')
          .append(i <= 12 ? "before" : "after")
          .append('\n');
    }
    try {
      Files.createDirectories(DIR);
      Files.writeString(DATA, csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] OPTIONS = {
    "--chart",
    "--x",
    "--y",
    "--n",
    "--freeze",
    "--part",
    "--part-column",
    "--exclude",
    "--multiply",
    "--agg",
    "--period",
    "--runs-method",
    "--no-screen-mr",
    "--cl",
    "--target",
    "--rules",
    "--direction",
    "--rebase",
    "--fix-after",
    "--by",
    "--nonnegative",
    "--format",
    "--output",
    "--help",
    "--version",
    "--",
    "-x",
    "--chart=",
    "--unknown"
  };

  private static final String[] VALUES = {
    "run",
    "i",
    "mr",
    "xbar",
    "s",
    "t",
    "p",
    "pp",
    "c",
    "u",
    "up",
    "g",
    "ip",
    "xmr",
    "I",
    "q",
    "x",
    "day",
    "y",
    "n",
    "unit",
    "label",
    "nope",
    "",
    " ",
    "0",
    "1",
    "2",
    "12",
    "30",
    "31",
    "-1",
    "2147483648",
    "99999999999999999999",
    "1,2",
    "12,24",
    "0,5",
    "5,5",
    "a",
    ",",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "1e-308",
    "-0",
    "0x10",
    "mean",
    "median",
    "sum",
    "week",
    "month",
    "year",
    "anhoej",
    "bestbox",
    "cutbox",
    "nhs",
    "nelson",
    "ihi",
    "western-electric",
    "increase",
    "decrease",
    "neutral",
    "json",
    "csv",
    "text",
    "2024-03-01",
    "2024-02-30",
    "=A1=1",
    "ward b=2",
    "=",
    "A=",
    "=1",
    "target/cli-fuzz/out.json",
    "target/no/such/dir/o.csv",
    "target/cli-fuzz",
    "\n",
    "\u0000",
    "%s",
    "${x}",
    "qi: ",
    "@file"
  };

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(OPTIONS)),
            net.jqwik.api.Tuple.of(4, Arbitraries.of(VALUES)));
    return word.list()
        .ofMaxSize(14)
        .map(
            words -> {
              List<String> args = new ArrayList<>();
              args.add("analyze");
              args.add("DATA");
              args.addAll(List.of("--x", "x", "--y", "y"));
              args.addAll(words);
              return args;
            });
  }

  @Property(seed = "5150", tries = 600)
  void anyArgumentsGiveAResultOrOneLineErrorWithExitCode2(
      @ForAll("commandLines") List<String> args) {
    assertResultOrOneLineError(args);
  }

  @Provide
  Arbitrary<List<String>> anyWords() {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.of(OPTIONS)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(VALUES)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("analyze", "help", "DATA")),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
    return word.list().ofMaxSize(10);
  }

  @Property(seed = "5151", tries = 300)
  void anyWordsAtAllGiveAResultOrOneLineErrorWithExitCode2(@ForAll("anyWords") List<String> args) {
    assertResultOrOneLineError(args);
  }

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz/cli"))) {
      return files.filter(f -> f.toString().endsWith(".args")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusCommandLineGivesAResultOrOneLineErrorWithExitCode2(Path file) throws IOException {
    assertResultOrOneLineError(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static void assertResultOrOneLineError(List<String> words) {
    String[] args = new String[words.size()];
    for (int i = 0; i < args.length; i++) {
      String word = words.get(i);
      boolean output = i > 0 && words.get(i - 1).equals("--output");
      // files written by --output stay under target/, whatever name the fuzzer chose
      args[i] =
          word.equals("DATA")
              ? DATA.toString()
              : output && !word.isBlank() && !word.startsWith("target") && word.indexOf(0) < 0
                  ? DIR.resolve("out-" + word).toString()
                  : word;
    }
    CliRun run = CliRun.of(args);
    String shown = String.join(" ", words);
    assertThat(run.exitCode()).as("exit code of qi %s; stderr %s", shown, run.err()).isIn(0, 2);
    if (run.exitCode() == 2) {
      assertThat(run.err().strip())
          .as("stderr of qi %s", shown)
          .startsWith("qi: ")
          .doesNotContain("\n")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }
}
