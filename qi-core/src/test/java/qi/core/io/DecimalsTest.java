package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimals#parse} gives the very double that {@link Double#parseDouble} (the oracle, JDK 17)
 * gives for the same text, bit for bit, and NaN exactly for the text that {@link
 * NumberGrammar#isPlainNumber} rejects.
 */
class DecimalsTest {
  private static double parse(String text, char point) {
    return Decimals.parse(text.toCharArray(), 0, text.length(), point);
  }

  private static void assertSameDouble(String text, double actual, double expected) {
    assertThat(Double.doubleToRawLongBits(actual))
        .as("%s: got %s, Double.parseDouble gives %s", text, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  /** The fast path: up to 15 significant digits and up to 22 decimals, one division. */
  @Property(seed = "20261125", tries = 20000)
  void shortDecimalsReadAsDoubleParseDoubleReadsThem(
      @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long significand,
      @ForAll @IntRange(min = 0, max = 22) int decimals,
      @ForAll @IntRange(min = 0, max = 3) int leadingZeros,
      @ForAll boolean negative) {
    String digits = "0".repeat(leadingZeros + decimals) + significand;
    int point = digits.length() - decimals;
    String text =
        (negative ? "-" : "") + digits.substring(0, point) + "." + digits.substring(point);

    assertSameDouble(text, parse(text, '.'), Double.parseDouble(text));
  }

  @Provide
  Arbitrary<String> plainNumbers() {
    Arbitrary<String> sign = Arbitraries.of("", "-", "+");
    Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25);
    Arbitrary<String> fraction =
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25).map(f -> "." + f);
    Arbitrary<String> exponent =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(-400, 400).map(e -> "e" + e),
            Arbitraries.integers().between(0, 400).map(e -> "E+" + e));
    return Combinators.combine(
            sign, integer, Arbitraries.oneOf(Arbitraries.just(""), fraction), exponent)
        .as((s, i, f, e) -> s + i + f + e)
        .filter(NumberGrammar::isPlainNumber);
  }

  /** Every plain number, long ones, tiny and huge exponents and overflow to ±∞ included. */
  @Property(seed = "20261125", tries = 5000)
  void everyPlainNumberReadsAsDoubleParseDoubleReadsIt(@ForAll("plainNumbers") String text) {
    assertSameDouble(text, parse(text, '.'), Double.parseDouble(text));
  }

  @Provide
  Arbitrary<String> nearNumbers() {
    return Arbitraries.strings().withChars("0123456789.,eE+- x").ofMaxLength(8);
  }

  @Property(seed = "20261125", tries = 20000)
  void textThatIsNotAPlainNumberIsNaN(@ForAll("nearNumbers") String text) {
    double value = parse(text, '.');

    assertThat(Double.isNaN(value)).as(text).isEqualTo(!NumberGrammar.isPlainNumber(text));
    if (!Double.isNaN(value)) {
      assertSameDouble(text, value, Double.parseDouble(text));
    }
  }

  /** With a decimal comma, {@code 3,25} is read as {@code 3.25} is, the way the reader did. */
  @ParameterizedTest
  @ValueSource(strings = {"3,25", "-3,25", "+0,5", ",5", "1234,5", "0,1", "12", "1e3"})
  void decimalCommaNumbersReadAsTheirPointSpelling(String text) {
    String point = text.replace(',', '.');

    assertSameDouble(text, parse(text, ','), Double.parseDouble(point));
  }

  /**
   * Not a number with a decimal comma here: no digit after the comma, an exponent after a comma
   * ({@code [-+]?\d*,\d+} is the grammar), or any point; {@link Table} reads such cells with their
   * whole column ({@code 1.234,5} has thousands points) or rejects them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1,", "1,5e3", "1,5,5", ",", "3.25", "1.234,5", ""})
  void decimalCommaReadsOnlyCommaDecimals(String text) {
    assertThat(parse(text, ',')).isNaN();
  }
}
