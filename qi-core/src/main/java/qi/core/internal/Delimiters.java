package qi.core.internal;

/** The field delimiter of a CSV file as spreadsheets export it, read from its header line. */
public final class Delimiters {
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private Delimiters() {}

  /**
   * The delimiter ({@code ,}, {@code ;}, tab or {@code |}) that occurs most often outside quotes in
   * the first line of {@code text}: {@code ,} on a tie or when none occurs.
   */
  public static char sniff(CharSequence text) {
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES[best];
  }
}
