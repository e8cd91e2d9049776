package qi.cli;

import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read errors that qi-core reports as facts only (its {@code LibraryMessagesTest} reads the
 * same files and finds no {@code --} in them) carry, on the command line, the option that settles
 * them.
 */
class InputHintsTest {
  @TempDir Path dir;

  /** File, extra options, qi-core's message after the file name, the CLI's advice after it. */
  static Stream<Arguments> errorsThatAnOptionSettles() {
    return Stream.of(
        Arguments.of(
            "x;y\n1;2.5\n2;3,5\n",
            List.of(),
            "line 3, column \"y\": \"3,5\" is not a number with decimal separator \".\"",
            " (for decimal commas use --decimal ,)"),
        Arguments.of(
            "x;y\n1;2,5\n2;3.5\n",
            List.of("--decimal", ","),
            "line 3, column \"y\": \"3.5\" is not a number with decimal separator \",\"",
            " (for decimal points use --decimal .)"),
        Arguments.of(
            "x,y\nWeek 12 2024,1\n",
            List.of(),
            "2023 Q1, 2025-W05, 2023/24)",
            "; --date-format for others"),
        Arguments.of(
            "x,y\n03/04/2024,1\n04/05/2024,2\n",
            List.of(),
            "line 2, column \"x\": dates like \"03/04/2024\" read both day-first and month-first",
            "; choose with --date-format dd/MM/yyyy or --date-format MM/dd/yyyy"),
        Arguments.of(
            "x,y\n25/01/2024,1\n01/26/2024,2\n",
            List.of(),
            "dates \"25/01/2024\" and \"01/26/2024\" put the day in different places",
            "; choose a date format with --date-format"),
        Arguments.of(
            "x,y\n2010/11,1\n2011/12,2\n",
            List.of(),
            "\"2010/11\" reads as a month and as a financial year, and no other row settles which",
            "; choose with --date-format yyyy/MM for months or --date-format yyyy/yy for"
                + " financial years"));
  }

  @ParameterizedTest
  @MethodSource("errorsThatAnOptionSettles")
  void readErrorsOnTheCommandLineNameTheOptionThatSettlesThem(
      String text, List<String> options, String facts, String advice) throws IOException {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, text);
    List<String> args =
        new ArrayList<>(List.of("analyze", file.toString(), "--x", "x", "--y", "y"));
    args.addAll(options);

    assertBadInput(CliRun.of(args), "d.csv: ", facts + advice + System.lineSeparator());
  }
}
