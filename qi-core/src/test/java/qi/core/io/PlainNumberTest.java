package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written plain-number test agrees with the regular expression it replaces, {@code
 * [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?}, on numbers, near-numbers and dates.
 */
class PlainNumberTest {
  private static final Pattern PLAIN =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "12",
        "-3",
        "+4",
        "1.5",
        "1.",
        ".5",
        "-.5",
        "1e5",
        "1E-5",
        "2.5e+10",
        "",
        "-",
        ".",
        "e5",
        "1e",
        "1e+",
        "1.2.3",
        "2024-01-01",
        "01/02/2024",
        "1,5",
        "12 ",
        "١٢",
        "NaN",
        "Infinity",
        "0x10",
        "--1"
      })
  void agreesWithTheRegularExpression(String text) {
    assertThat(NumberGrammar.isPlainNumber(text)).isEqualTo(PLAIN.matcher(text).matches());
  }
}
