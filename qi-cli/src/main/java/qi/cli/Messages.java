package qi.cli;

/**
 * Makes text safe for a terminal: every message line and every text answer of the CLI goes through
 * here, so that text from a user's file or option can neither drive the terminal nor flood it.
 *
 * <p>Control characters (C0 but tab, DEL, C1) and the invisible bidirectional and zero-width format
 * characters are shown as Java escapes ({@code ESC} as {@code \u001b}), so {@code ESC[2J} cannot
 * clear the screen nor an OSC sequence set the window title, and a NUL is visible. A message line
 * is also cut at {@link #MAX_LINE} characters, the cut marked with how much was left out.
 */
final class Messages {
  /** The longest message line, in characters, before it is cut. */
  static final int MAX_LINE = 400;

  private Messages() {}

  /**
   * A message as one safe line: line breaks (and the blanks around them) become one space, control
   * characters are escaped, and a line longer than {@link #MAX_LINE} is cut with {@code … (N more
   * characters)}.
   */
  static String line(String message) {
    String one = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    StringBuilder out = new StringBuilder(Math.min(one.length(), MAX_LINE) + 40);
    int i = 0;
    while (i < one.length() && out.length() < MAX_LINE) {
      int c = one.codePointAt(i);
      append(out, c, false);
      i += Character.charCount(c);
    }
    if (i < one.length()) {
      out.append("… (").append(one.length() - i).append(" more characters)");
    }
    return out.toString();
  }

  /**
   * Text for standard output (verdicts, PDSA answers): line breaks and tabs kept, every other
   * control character escaped (a lone carriage return too: it would overwrite the line); no length
   * cap (the text is the answer).
   */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (!lineEnd && unsafe(c, true)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        escape(out, c);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static void append(StringBuilder out, int codePoint, boolean keepLines) {
    if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && unsafe((char) codePoint, keepLines)) {
      escape(out, (char) codePoint);
    } else {
      out.appendCodePoint(codePoint);
    }
  }

  private static boolean unsafe(char c, boolean keepLines) {
    if (c == '\t' || (keepLines && c == '\n')) {
      return false;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x200b && c <= 0x200f) // zero-width and direction marks
        || (c >= 0x202a && c <= 0x202e) // bidirectional embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
        || c == 0xfeff;
  }

  private static void escape(StringBuilder out, char c) {
    out.append(String.format("\\u%04x", (int) c));
  }
}
