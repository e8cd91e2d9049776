package qi.core.io;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the order of day and month in an x column of dates such as {@code 03/04/2023}: day-first
 * or month-first, decided by the whole column, or an error when the column cannot tell.
 */
final class DateOrder {
  /** A date with day and month first in either order, the year last, an optional time. */
  static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})( \\d{1,2}:\\d{2}(:\\d{2})?)?");

  private DateOrder() {}

  /**
   * The pattern of the day-first (or month-first) dates in the x column, settled by the whole
   * column; null when there are none.
   */
  static String pattern(List<Table.Row> rows, String column, Table.Errors errors) {
    Character separator = null;
    Table.Row dayFirst = null;
    Table.Row monthFirst = null;
    Table.Row example = null;
    boolean withTime = false;
    boolean withSeconds = false;
    for (Table.Row row : rows) {
      if (!(row.x() instanceof String s) || NumberGrammar.isPlainNumber(s.trim())) {
        continue;
      }
      Matcher m = DAY_MONTH.matcher(s.trim());
      if (!m.matches()) {
        continue;
      }
      char sep = m.group(2).charAt(0);
      if (separator == null) {
        separator = sep;
        example = row;
      } else if (separator != sep) {
        throw errors.at(
            row,
            column,
            "\""
                + s.trim()
                + "\" separates day and month by \""
                + sep
                + "\", but earlier rows by \""
                + separator
                + "\" ("
                + Cells.text(example.x())
                + ")");
      }
      if (Integer.parseInt(m.group(1)) > 12 && dayFirst == null) {
        dayFirst = row;
      }
      if (Integer.parseInt(m.group(3)) > 12 && monthFirst == null) {
        monthFirst = row;
      }
      withTime |= m.group(5) != null;
      withSeconds |= m.group(6) != null;
    }
    if (separator == null) {
      return null;
    }
    String sep = separator.toString();
    String dmy = "d" + sep + "M" + sep + "yyyy";
    String mdy = "M" + sep + "d" + sep + "yyyy";
    String time = withTime ? (withSeconds ? "[ H:mm[:ss]]" : "[ H:mm]") : "";
    if (dayFirst != null && monthFirst != null) {
      throw errors.at(
          monthFirst,
          column,
          "dates "
              + Cells.text(dayFirst.x())
              + " and "
              + Cells.text(monthFirst.x())
              + " put the day in different places",
          InputException.Reason.DATE_ORDER_MIXED,
          List.of());
    }
    if (monthFirst != null) {
      return mdy + time;
    }
    if (dayFirst != null || separator == '.') {
      return dmy + time;
    }
    String shown = "dd" + sep + "MM" + sep + "yyyy";
    String us = "MM" + sep + "dd" + sep + "yyyy";
    throw errors.at(
        example,
        column,
        "dates like " + Cells.text(example.x()) + " read both day-first and month-first",
        InputException.Reason.DATE_ORDER_AMBIGUOUS,
        List.of(shown, us));
  }
}
