package qi.core.io;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.io.NumberOutput;

/**
 * The digits qi writes for a double, as ASCII bytes: the fewest that read back as exactly the same
 * double (Schubfach, as {@code Double.toString} of JDK 19 and later: {@code 61.170212765957444},
 * {@code 1.5E-4}, {@code 48.0}), with a chosen decimal separator, or null when it is undefined
 * (NaN, ±∞).
 *
 * <p>Each column remembers its last value and digits: a part's centre line and limits repeat on
 * every one of its points, so on a long part nearly all of them are written without formatting
 * again. One instance per document, on one thread.
 */
final class Digits {
  private final char decimal;
  private final long[] bits;
  private final byte[][] digits;

  /** Digits for {@code columns} columns, numbered from 0, with {@code decimal} for the point. */
  Digits(int columns, char decimal) {
    this.decimal = decimal;
    bits = new long[columns];
    digits = new byte[columns][];
  }

  /** The digits of {@code value} in {@code column}, or null when it is not finite. */
  byte[] of(int column, double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    long valueBits = Double.doubleToRawLongBits(value);
    if (digits[column] == null || bits[column] != valueBits) {
      bits[column] = valueBits;
      digits[column] = digits(value);
    }
    return digits[column];
  }

  /** The digits of a finite {@code value}, as text with a decimal point. */
  static String text(double value) {
    return NumberOutput.toString(value, true);
  }

  private byte[] digits(double value) {
    byte[] ascii = text(value).getBytes(StandardCharsets.US_ASCII);
    if (decimal != '.') {
      for (int i = 0; i < ascii.length; i++) {
        if (ascii[i] == '.') {
          ascii[i] = (byte) decimal;
        }
      }
    }
    return ascii;
  }
}
