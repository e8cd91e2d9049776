package qi.core.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import qi.core.series.Period;
import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * Reads the x cells of the rows kept as text: numbers, Excel dates, ISO dates and date-times,
 * day-first or month-first dates, period labels, or text in one date format for the whole column.
 */
final class XReader {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");

  private final String column;
  private final String dateFormat;
  private final String pattern;
  private final Period yearSlash;
  private final Table.Errors errors;

  /**
   * A reader of the x column {@code column} of {@code rows}, whose day order and period labels the
   * rows settle unless {@code dateFormat} is given.
   */
  XReader(List<Table.Row> rows, String column, String dateFormat, Table.Errors errors) {
    this.column = column;
    this.dateFormat = dateFormat;
    this.errors = errors;
    this.pattern = dateFormat != null ? dateFormat : DateOrder.pattern(rows, column, errors);
    this.yearSlash = dateFormat != null ? null : YearSlash.unit(rows, column, errors);
  }

  /** The x of {@code row}; Excel dates keep their time when {@code anyTime}. */
  XValue read(Table.Row row, boolean anyTime) {
    Object cell = row.x();
    if (cell instanceof Double d) {
      if (Double.isFinite(d)) {
        return XValue.of(d);
      }
      throw errors.at(row, column, d + " is not a finite number");
    }
    if (cell instanceof LocalDateTime t) {
      return anyTime ? XValue.of(t) : XValue.of(t.toLocalDate());
    }
    String text = cell.toString().trim();
    if (dateFormat != null) {
      return parse(row, text);
    }
    if (NumberGrammar.isPlainNumber(text)) {
      // no date pattern matches a plain number: skip them (most of the reading time otherwise)
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return XValue.of(value);
      }
      throw errors.at(row, column, "\"" + text + "\" is not a finite number");
    }
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return XValue.of(LocalDate.parse(text));
      }
      if (ISO_DATE_TIME.matcher(text).matches()) {
        String iso = text.replace(' ', 'T');
        return XValue.of(
            LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso));
      }
    } catch (DateTimeParseException e) {
      throw errors.at(row, column, "\"" + text + "\" is not a valid date");
    }
    if (pattern != null && DateOrder.DAY_MONTH.matcher(text).matches()) {
      return parse(row, text);
    }
    List<XValue.Span> spans = PeriodLabels.readings(text);
    for (XValue.Span span : spans) {
      if (spans.size() == 1 || span.unit() == yearSlash) {
        return span;
      }
    }
    throw errors.at(
        row,
        column,
        "\""
            + text
            + "\" is neither a number nor a date (YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or"
            + " DD-MM-YYYY) nor a period (2023-01, Jan 2023, 2023 Q1, 2025-W05, 2023/24)",
        InputException.Reason.DATE_NOT_RECOGNIZED,
        List.of());
  }

  private XValue parse(Table.Row row, String text) {
    try {
      return XValue.parse(text, pattern);
    } catch (IllegalArgumentException e) {
      throw errors.at(row, column, e.getMessage());
    }
  }
}
