package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A library user reads the facts of a read error and its reason, never the command line's options
 * ({@code --decimal}, {@code --date-format}), which the CLI adds itself (see qi-cli's {@code
 * InputHintsTest}, which runs the same files).
 */
class LibraryMessagesTest {
  @TempDir Path dir;

  /** One file per reason that a read option settles, with the options it is read with. */
  static Stream<Arguments> errorsThatAReadOptionSettles() {
    ReadOptions commas = ReadOptions.defaults().withDecimalSeparator(',');
    return Stream.of(
        Arguments.of(
            "x;y\n1;2.5\n2;3,5\n", ReadOptions.defaults(), InputException.Reason.DECIMAL_COMMA),
        Arguments.of("x;y\n1;2,5\n2;3.5\n", commas, InputException.Reason.DECIMAL_POINT),
        Arguments.of(
            "x,y\nWeek 12 2024,1\n",
            ReadOptions.defaults(),
            InputException.Reason.DATE_NOT_RECOGNIZED),
        Arguments.of(
            "x,y\n03/04/2024,1\n04/05/2024,2\n",
            ReadOptions.defaults(),
            InputException.Reason.DATE_ORDER_AMBIGUOUS),
        Arguments.of(
            "x,y\n25/01/2024,1\n01/26/2024,2\n",
            ReadOptions.defaults(),
            InputException.Reason.DATE_ORDER_MIXED),
        Arguments.of(
            "x,y\n2010/11,1\n2011/12,2\n",
            ReadOptions.defaults(),
            InputException.Reason.MONTH_OR_FINANCIAL_YEAR));
  }

  @ParameterizedTest
  @MethodSource("errorsThatAReadOptionSettles")
  void readErrorsNameFactsAndReasonButNoCommandLineOption(
      String text, ReadOptions options, InputException.Reason reason) throws IOException {
    Path file = dir.resolve("d.csv");
    Files.writeString(file, text);

    assertThatThrownBy(() -> Input.read(file, Columns.of("x", "y"), options))
        .isInstanceOfSatisfying(
            InputException.class,
            error -> {
              assertThat(error.getMessage()).startsWith(file + ": line ").doesNotContain("--");
              assertThat(error.reason()).isEqualTo(reason);
            });
  }
}
