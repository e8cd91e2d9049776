package qi.core.io;

import java.util.List;

/**
 * Checks a file's header against the selected columns before any row is read: every selected column
 * present, and named once.
 */
final class Header {
  private Header() {}

  /**
   * The error for a file without one of the selected columns, or with a selected column named twice
   * in the header (which of the two is meant would be a guess).
   */
  static void requireColumns(String source, String kind, List<String> header, Columns columns) {
    if (header.isEmpty()) {
      throw new InputException(source + ": no header row (is the file empty?)");
    }
    for (String column : new String[] {columns.x(), columns.y(), columns.n(), columns.label()}) {
      if (column != null && header.indexOf(column) != header.lastIndexOf(column)) {
        throw new InputException(
            source
                + ": "
                + kind
                + " \""
                + column
                + "\" appears more than once in the header ("
                + kind
                + "s "
                + (header.indexOf(column) + 1)
                + " and "
                + (header.lastIndexOf(column) + 1)
                + "); rename one, as which is meant would be a guess");
      }
      if (column != null && !header.contains(column)) {
        throw new InputException(
            source
                + ": no "
                + kind
                + " \""
                + column
                + "\"; the "
                + kind
                + "s are "
                + String.join(", ", header));
      }
    }
  }
}
