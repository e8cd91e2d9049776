package qi.charts;

/** Escaping of user text for HTML and XML (SVG), text and attribute values alike. */
final class Markup {
  private Markup() {}

  /** {@code text} with {@code & < > " '} replaced by entities, and control characters dropped. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
