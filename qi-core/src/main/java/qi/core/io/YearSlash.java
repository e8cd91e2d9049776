package qi.core.io;

import java.util.List;
import qi.core.series.Period;
import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * Settles how an x column reads period labels such as {@code 2011/12}: December 2011 or the
 * financial year 2011/12, decided by the other labels of the column.
 */
final class YearSlash {
  private YearSlash() {}

  /**
   * How the column reads labels such as {@code 2011/12}: as the one kind of period the other labels
   * of the column are ({@link Period#MONTH} or {@link Period#YEAR}); null when no label is
   * ambiguous.
   *
   * @throws InputException when no other label settles it, or labels of both kinds do
   */
  static Period unit(List<Table.Row> rows, String column, Table.Errors errors) {
    Table.Row ambiguous = null;
    for (Table.Row row : rows) {
      // only yyyy/nn or yyyy-nn can be ambiguous: a cheap test first, as most columns hold dates
      if (row.x() instanceof String s
          && s.trim().length() == 7
          && PeriodLabels.readings(s).size() > 1) {
        ambiguous = row;
        break;
      }
    }
    if (ambiguous == null) {
      return null;
    }
    Table.Row month = null;
    Table.Row financial = null;
    for (Table.Row row : rows) {
      List<XValue.Span> spans = row.x() instanceof String s ? PeriodLabels.readings(s) : List.of();
      if (spans.size() == 1 && spans.get(0).unit() == Period.MONTH) {
        month = month == null ? row : month;
      } else if (spans.size() == 1 && spans.get(0).kind().equals("a financial year")) {
        financial = financial == null ? row : financial;
      }
    }
    if (month != null && financial == null) {
      return Period.MONTH;
    }
    if (financial != null && month == null) {
      return Period.YEAR;
    }
    String t = Cells.plain(ambiguous.x());
    char separator = t.charAt(4);
    throw errors.at(
        ambiguous,
        column,
        "\""
            + t
            + "\" reads as a month and as a financial year, and "
            + (month == null
                ? "no other row settles which"
                : "other rows hold both ("
                    + Cells.text(month.x())
                    + ", "
                    + Cells.text(financial.x())
                    + ")"),
        InputException.Reason.MONTH_OR_FINANCIAL_YEAR,
        List.of("yyyy" + separator + "MM", "yyyy" + separator + "yy"));
  }
}
