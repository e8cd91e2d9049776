package qi.core.io;

/**
 * The text of a cell: trimming it in place, telling a missing cell (empty or NA), and showing a
 * cell in a message as it was written.
 *
 * <p>A cell is null (missing), a {@link String}, a {@link Double} (a JSON number, a numeric Excel
 * cell) or a {@link java.time.LocalDateTime} (an Excel date cell).
 */
final class Cells {
  private Cells() {}

  /** The start of the cell without leading characters up to space, as {@link String#trim}. */
  static int trimStart(char[] text, int from, int to) {
    int i = from;
    while (i < to && text[i] <= ' ') {
      i++;
    }
    return i;
  }

  static int trimEnd(char[] text, int from, int to) {
    int i = to;
    while (i > from && text[i - 1] <= ' ') {
      i--;
    }
    return i;
  }

  /** {@link #isMissing(Object)} of a trimmed cell: empty or NA in any case. */
  static boolean isMissing(char[] text, int from, int to) {
    if (to - from == 2 && (text[from] | text[from + 1]) < 128) {
      return (text[from] | 0x20) == 'n' && (text[from + 1] | 0x20) == 'a';
    }
    return to == from || to - from == 2 && new String(text, from, 2).equalsIgnoreCase("NA");
  }

  static boolean isMissing(Object cell) {
    if (cell == null) {
      return true;
    }
    if (cell instanceof String s) {
      String t = s.trim();
      return t.isEmpty() || t.equalsIgnoreCase("NA");
    }
    return false;
  }

  /** {@code text[from, to)} as a string cell, or null for a column not read ({@code from < 0}). */
  static String cell(char[] text, int from, int to) {
    return from < 0 ? null : new String(text, from, to - from);
  }

  /** A label cell as text: empty when missing. */
  static String label(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return plain(d);
    }
    return cell.toString().trim();
  }

  /** A cell as it would be written: numbers without a trailing {@code .0}. */
  static String plain(Object cell) {
    if (cell instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return cell instanceof String s ? s.trim() : String.valueOf(cell);
  }

  /** A cell as a message shows it: text in quotes, numbers and dates plain. */
  static String text(Object cell) {
    return cell instanceof String ? "\"" + plain(cell) + "\"" : plain(cell);
  }
}
