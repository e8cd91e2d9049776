package qi.core.io;

import tools.jackson.core.io.NumberOutput;

/**
 * The digits qi writes for a double: the fewest that read back as exactly the same double
 * (Schubfach, as {@code Double.toString} of JDK 19 and later: {@code 61.170212765957444}, {@code
 * 1.5E-4}, {@code 48.0}), or null when it is undefined (NaN, ±∞).
 *
 * <p>Each column remembers its last value and digits: a part's centre line and limits repeat on
 * every one of its points, so on a long part nearly all of them are written without formatting
 * again. One instance per document, on one thread.
 */
final class Digits {
  private final long[] bits;
  private final String[] digits;

  /** Digits for {@code columns} columns, numbered from 0. */
  Digits(int columns) {
    bits = new long[columns];
    digits = new String[columns];
  }

  /** The digits of {@code value} in {@code column}, or null when it is not finite. */
  String of(int column, double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    long valueBits = Double.doubleToRawLongBits(value);
    if (digits[column] == null || bits[column] != valueBits) {
      bits[column] = valueBits;
      digits[column] = NumberOutput.toString(value, true);
    }
    return digits[column];
  }
}
