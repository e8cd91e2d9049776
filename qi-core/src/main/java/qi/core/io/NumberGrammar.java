package qi.core.io;

import java.util.regex.Pattern;

/**
 * Which text is a number, and its value under a decimal separator: plain numbers ({@code 2.5},
 * {@code -1e3}), decimal-comma numbers ({@code 2,5}, {@code 1.234,5}) and numbers that could be
 * thousands ({@code 1.234}).
 */
final class NumberGrammar {
  /** A number with a decimal comma, optionally with {@code .} grouping thousands. */
  static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)?,\\d+");

  /** A number with a decimal point (or a point grouping thousands). */
  static final Pattern POINT_NUMBER = Pattern.compile("[-+]?\\d*\\.\\d+");

  /** A number that reads as thousands grouped by {@code .}, such as {@code 1.234}. */
  static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");

  private NumberGrammar() {}

  /**
   * Whether {@code t} is a plain decimal number, {@code
   * [-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?}: written out because a regular expression would
   * cost most of the reading time of a file whose rows all need the whole column.
   */
  static boolean isPlainNumber(String t) {
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * The finite value of the trimmed text {@code t} read with decimal separator {@code decimal}
   * ({@code ,} also reads {@code .} as grouping thousands), or NaN when it is not such a number.
   */
  static double value(String t, char decimal) {
    String plain = t;
    if (decimal == ',') {
      plain =
          COMMA_NUMBER.matcher(t).matches() || THOUSANDS.matcher(t).matches()
              ? t.replace(".", "").replace(',', '.')
              : t.indexOf('.') >= 0 ? "not a number" : t;
    }
    if (isPlainNumber(plain)) {
      double value = Double.parseDouble(plain);
      if (Double.isFinite(value)) {
        return value;
      }
    }
    return Double.NaN;
  }
}
