package qi.core.io;

import java.util.List;

/**
 * Decides the decimal separator of a file's numbers: given, or detected from the numbers written as
 * text ({@code ,} when a number such as {@code 2,5} appears and none such as {@code 2.5}); and,
 * while rows are added, which numbers can be read before the whole column is seen.
 *
 * <p>While the separator is detected, {@code 2,5} reads as 2.5 once a row with such a number has
 * been kept: if {@code ,} is not the separator in the end, that kept row fails before any later row
 * would. Likewise a number such as {@code 2.5} (not {@code 1.234}, which could be thousands)
 * settles the separator as {@code .}, and after the row that holds it is kept, numbers read with
 * {@code .}. Detection over the kept rows then finds what it would find over all rows.
 */
final class DecimalSeparator {
  /** A number cell that only the whole column can read: never a value, which is finite or NaN. */
  static final double KEEP_ROW = Double.POSITIVE_INFINITY;

  private final Character decimal;
  private boolean commaSeen;
  private boolean pointSeen;

  /** The separator {@code decimal}, or null to detect it. */
  DecimalSeparator(Character decimal) {
    this.decimal = decimal;
  }

  /**
   * The number in {@code text[from, to)} when it can be read alone: missing (NaN), or a plain
   * number whose reading does not depend on a decimal separator still to be detected; a denominator
   * must also be &gt; 0 (0 is checked with its row's y). Otherwise {@link #KEEP_ROW}.
   */
  double alone(char[] text, int cellFrom, int cellTo, boolean denominator) {
    int from = Cells.trimStart(text, cellFrom, cellTo);
    int to = Cells.trimEnd(text, from, cellTo);
    if (Cells.isMissing(text, from, to)) {
      return Double.NaN;
    }
    char separator = decimal != null ? decimal : pointSeen ? '.' : 0;
    // with the separator ".", the scan below settles nothing: every number reads as it stands
    if (separator != '.') {
      boolean point = false;
      boolean comma = false;
      for (int i = from; i < to; i++) {
        point |= text[i] == '.';
        comma |= text[i] == ',';
      }
      if (separator == 0 && comma && !point) {
        separator = ',';
        if (!commaSeen && !Double.isNaN(Decimals.parse(text, from, to, ','))) {
          commaSeen = true;
          return KEEP_ROW;
        }
      } else if (separator == 0 && point && !comma) {
        String t = new String(text, from, to - from);
        pointSeen =
            NumberGrammar.POINT_NUMBER.matcher(t).matches()
                && !NumberGrammar.THOUSANDS.matcher(t).matches();
        return KEEP_ROW;
      } else if (separator == 0 ? point : separator == ',' && point) {
        return KEEP_ROW;
      }
    }
    double value = Decimals.parse(text, from, to, separator == ',' ? ',' : '.');
    return Double.isFinite(value) && (!denominator || value > 0) ? value : KEEP_ROW;
  }

  /** {@link #alone(char[], int, int, boolean)} of a cell of any kind. */
  double alone(Object cell, boolean denominator) {
    if (cell == null) {
      return Double.NaN;
    }
    if (cell instanceof Double d) {
      return Double.isFinite(d) && (!denominator || d > 0) ? d : KEEP_ROW;
    }
    if (cell instanceof String s) {
      char[] text = s.toCharArray();
      return alone(text, 0, text.length, denominator);
    }
    return KEEP_ROW;
  }

  /** The separator: the given one, or the one the y and n cells of {@code rows} settle. */
  char of(List<Table.Row> rows, Columns columns) {
    if (decimal != null) {
      return decimal;
    }
    boolean comma = false;
    boolean pointNotThousands = false;
    for (Table.Row row : rows) {
      for (Object cell : new Object[] {columns.y() == null ? null : row.y(), row.n()}) {
        if (cell instanceof String s) {
          String t = s.trim();
          if (NumberGrammar.COMMA_NUMBER.matcher(t).matches()) {
            comma = true;
          } else if (NumberGrammar.POINT_NUMBER.matcher(t).matches()) {
            pointNotThousands |= !NumberGrammar.THOUSANDS.matcher(t).matches();
          }
        }
      }
    }
    return comma && !pointNotThousands ? ',' : '.';
  }
}
