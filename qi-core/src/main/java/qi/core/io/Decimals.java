package qi.core.io;

/**
 * Reads plain decimal numbers straight from characters, without making a {@link String} first: the
 * step every value of a large file goes through.
 *
 * <p>A number of at most 15 significant digits and at most 22 decimals is m / 10ᵏ with m and 10ᵏ
 * both exact doubles, so one division, correctly rounded by IEEE 754, gives the double nearest to
 * the decimal, which is what {@link Double#parseDouble} returns (Clinger, "How to read floating
 * point numbers accurately", PLDI 1990, the "fast path"; checked against {@code Double.parseDouble}
 * by {@code DecimalsTest}). Every other number goes through {@code Double.parseDouble}.
 */
final class Decimals {
  /** 10⁰ … 10²², every power of ten that a double holds exactly. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Significands below this have at most 15 digits. */
  private static final long FIFTEEN_DIGITS = 1_000_000_000_000_000L;

  private Decimals() {}

  /**
   * The value of {@code text[from, to)}, or NaN when it is not a plain number.
   *
   * <p>With {@code point} {@code .}, a plain number is {@code
   * [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?} (ASCII digits), the grammar of {@link
   * NumberGrammar#isPlainNumber}, and its value is {@code Double.parseDouble} of the text. With
   * {@code point} {@code ,}, a number with a point is {@code [-+]?\d*,\d+}, read with {@code ,} as
   * {@code .}; one without is read as with {@code .}.
   *
   * @return the number (±∞ when it overflows a double), or NaN
   */
  static double parse(char[] text, int from, int to, char point) {
    int i = from;
    boolean negative = false;
    if (i < to && (text[i] == '-' || text[i] == '+')) {
      negative = text[i] == '-';
      i++;
    }
    // At most 18 digits fit a long; with more, the significand overflows, but is then not used.
    long significand = 0;
    int start = i;
    for (int d; i < to && (d = digit(text[i])) <= 9; i++) {
      significand = significand * 10 + d;
    }
    int digits = i - start;
    int decimals = 0;
    boolean hasPoint = i < to && text[i] == point;
    if (hasPoint) {
      i++;
      start = i;
      for (int d; i < to && (d = digit(text[i])) <= 9; i++) {
        significand = significand * 10 + d;
      }
      decimals = i - start;
      digits += decimals;
    }
    // the significand only grows digit by digit, so it has at most 15 digits (leading zeros
    // aside) when it ends below 10^15 without having overflowed
    boolean fast = digits <= 18 && significand < FIFTEEN_DIGITS;
    if (digits == 0 || point == ',' && hasPoint && decimals == 0) {
      return Double.NaN;
    }
    if (i < to && (text[i] == 'e' || text[i] == 'E')) {
      if (point == ',' && hasPoint || !isExponent(text, i + 1, to)) {
        return Double.NaN;
      }
      fast = false;
    } else if (i != to) {
      return Double.NaN;
    }
    if (!fast || decimals >= POWERS_OF_TEN.length) {
      String plain = new String(text, from, to - from);
      return Double.parseDouble(point == ',' ? plain.replace(',', '.') : plain);
    }
    double value = significand / POWERS_OF_TEN[decimals];
    return negative ? -value : value;
  }

  /** Whether {@code text[from, to)} is {@code [-+]?\d+}. */
  private static boolean isExponent(char[] text, int from, int to) {
    int i = from;
    if (i < to && (text[i] == '-' || text[i] == '+')) {
      i++;
    }
    if (i == to) {
      return false;
    }
    while (i < to && isDigit(text[i])) {
      i++;
    }
    return i == to;
  }

  private static boolean isDigit(char c) {
    return digit(c) <= 9;
  }

  /** The value of an ASCII digit; above 9 for any other char (one comparison tells them apart). */
  private static int digit(char c) {
    return (char) (c - '0');
  }
}
