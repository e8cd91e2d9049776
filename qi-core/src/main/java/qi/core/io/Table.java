package qi.core.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * The rows of a file as read, before their cells are interpreted, and their interpretation: shared
 * by every reader so that CSV, JSON and Excel give the same observations and the same messages.
 *
 * <p>A cell is null (missing), a {@link String}, a {@link Double} (a JSON number, a numeric Excel
 * cell) or a {@link LocalDateTime} (an Excel date cell).
 */
final class Table {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})( \\d{1,2}:\\d{2}(:\\d{2})?)?");
  private static final Pattern COMMA_NUMBER =
      Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)?,\\d+");
  private static final Pattern POINT_NUMBER = Pattern.compile("[-+]?\\d*\\.\\d+");
  private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");

  /** Where a row's cells are, in the file's own terms: line, sheet and cell, or record. */
  interface Locator {
    /** E.g. {@code line 3, column "y"}. */
    String at(Row row, String column);
  }

  /** One data row; {@code number} is its line, spreadsheet row or record number. */
  record Row(long number, Object x, Object y, Object n, Object label) {}

  private final String source;
  private final Locator locator;

  Table(String source, Locator locator) {
    this.source = source;
    this.locator = locator;
  }

  /** The error for a file without one of the selected columns. */
  static void requireColumns(String source, String kind, List<String> header, Columns columns) {
    if (header.isEmpty()) {
      throw new InputException(source + ": no header row (is the file empty?)");
    }
    for (String column : new String[] {columns.x(), columns.y(), columns.n(), columns.label()}) {
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

  /**
   * Interprets the rows.
   *
   * @param decimal the decimal separator, or null to detect it from the numbers written as text
   * @param dateFormat the x date pattern, or null to detect ISO and day-first dates
   */
  List<Observation> observations(
      List<Row> rows, Columns columns, Character decimal, String dateFormat) {
    List<Row> data = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (!isMissing(row.x())) {
        data.add(row);
      }
    }
    if (data.isEmpty()) {
      throw new InputException(source + ": no data rows");
    }
    char separator = decimal != null ? decimal : detectDecimal(data, columns);
    XReader xReader = xReader(data, columns, dateFormat);
    boolean anyTime = data.stream().anyMatch(r -> r.x() instanceof LocalDateTime t && hasTime(t));
    List<Observation> observations = new ArrayList<>(data.size());
    XValue first = null;
    Row firstRow = null;
    for (Row row : data) {
      XValue x = xReader.read(row, anyTime);
      if (first == null) {
        first = x;
        firstRow = row;
      } else if (first.getClass() != x.getClass()) {
        throw error(
            row,
            columns.x(),
            text(row.x())
                + " is "
                + kind(x)
                + ", but earlier rows have "
                + kind(first)
                + " ("
                + text(firstRow.x())
                + ")");
      }
      double y = columns.y() == null ? Double.NaN : number(row, columns.y(), row.y(), separator);
      double n = Double.NaN;
      if (columns.n() != null) {
        n = number(row, columns.n(), row.n(), separator);
        if (n <= 0) {
          throw error(row, columns.n(), "denominator (" + plain(row.n()) + ") must be > 0");
        }
      }
      String label = columns.label() == null ? null : label(row.label());
      observations.add(new Observation(x, y, n, label));
    }
    return observations;
  }

  InputException error(Row row, String column, String problem) {
    return new InputException(source + ": " + locator.at(row, column) + ": " + problem);
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

  /**
   * Whether {@code t} is a plain decimal number, {@code
   * [-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?}: the test every value goes through, written out
   * because a regular expression costs most of the reading time of a large file.
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

  private static char detectDecimal(List<Row> rows, Columns columns) {
    boolean comma = false;
    boolean pointNotThousands = false;
    for (Row row : rows) {
      for (Object cell : new Object[] {columns.y() == null ? null : row.y(), row.n()}) {
        if (cell instanceof String s) {
          String t = s.trim();
          if (COMMA_NUMBER.matcher(t).matches()) {
            comma = true;
          } else if (POINT_NUMBER.matcher(t).matches()) {
            pointNotThousands |= !THOUSANDS.matcher(t).matches();
          }
        }
      }
    }
    return comma && !pointNotThousands ? ',' : '.';
  }

  private double number(Row row, String column, Object cell, char decimal) {
    if (isMissing(cell)) {
      return Double.NaN;
    }
    if (cell instanceof Double d) {
      if (Double.isFinite(d)) {
        return d;
      }
      throw error(row, column, d + " is not a finite number");
    }
    if (cell instanceof String s) {
      String t = s.trim();
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
      String hint =
          decimal == '.' && COMMA_NUMBER.matcher(t).matches()
              ? " with decimal separator \".\" (for decimal commas use --decimal ,)"
              : decimal == ',' && POINT_NUMBER.matcher(t).matches()
                  ? " with decimal separator \",\" (for decimal points use --decimal .)"
                  : "";
      throw error(row, column, "\"" + t + "\" is not a number" + hint);
    }
    throw error(row, column, text(cell) + " is not a number");
  }

  private static String label(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return plain(d);
    }
    return cell.toString().trim();
  }

  /** A cell as it would be written: numbers without a trailing {@code .0}. */
  private static String plain(Object cell) {
    if (cell instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return cell instanceof String s ? s.trim() : String.valueOf(cell);
  }

  private static String text(Object cell) {
    return cell instanceof String ? "\"" + plain(cell) + "\"" : plain(cell);
  }

  private static String kind(XValue x) {
    if (x instanceof XValue.Number) {
      return "a number";
    }
    return x instanceof XValue.Day ? "a date" : "a date-time";
  }

  private static boolean hasTime(LocalDateTime t) {
    return !t.toLocalTime().equals(LocalTime.MIDNIGHT);
  }

  /** Reads x cells: numbers, Excel dates, and text in one date format for the whole column. */
  private interface XReader {
    XValue read(Row row, boolean anyTime);
  }

  private XReader xReader(List<Row> rows, Columns columns, String dateFormat) {
    String column = columns.x();
    DateTimeFormatter formatter;
    String pattern;
    if (dateFormat != null) {
      pattern = dateFormat;
      formatter = strict(dateFormat);
    } else {
      pattern = detectDayMonth(rows, column);
      formatter = pattern == null ? null : strict(pattern);
    }
    return (row, anyTime) -> {
      Object cell = row.x();
      if (cell instanceof Double d) {
        if (Double.isFinite(d)) {
          return XValue.of(d);
        }
        throw error(row, column, d + " is not a finite number");
      }
      if (cell instanceof LocalDateTime t) {
        return anyTime ? XValue.of(t) : XValue.of(t.toLocalDate());
      }
      String text = cell.toString().trim();
      if (dateFormat != null) {
        return parse(row, column, text, formatter, pattern);
      }
      if (isPlainNumber(text)) {
        // no date pattern matches a plain number: skip them (most of the reading time otherwise)
        return XValue.of(Double.parseDouble(text));
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
        throw error(row, column, "\"" + text + "\" is not a valid date");
      }
      if (formatter != null && DAY_MONTH.matcher(text).matches()) {
        return parse(row, column, text, formatter, pattern);
      }

      throw error(
          row,
          column,
          "\""
              + text
              + "\" is neither a number nor a date (YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or"
              + " DD-MM-YYYY; --date-format for others)");
    };
  }

  private XValue parse(
      Row row, String column, String text, DateTimeFormatter formatter, String pattern) {
    try {
      TemporalAccessor parsed = formatter.parseBest(text, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof LocalDateTime t) {
        return XValue.of(t);
      }
      // A column whose pattern allows a time of day holds date-times, some at midnight.
      return pattern.contains("H")
          ? XValue.of(((LocalDate) parsed).atStartOfDay())
          : XValue.of((LocalDate) parsed);
    } catch (DateTimeParseException e) {
      throw error(row, column, "\"" + text + "\" is not a date in the format " + pattern);
    }
  }

  /** A formatter that rejects 31/02: {@code yyyy} (year of era) read as {@code uuuu}. */
  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'))
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * The pattern of the day-first (or month-first) dates in the x column, settled by the whole
   * column; null when there are none.
   */
  private String detectDayMonth(List<Row> rows, String column) {
    Character separator = null;
    Row dayFirst = null;
    Row monthFirst = null;
    Row example = null;
    boolean withTime = false;
    boolean withSeconds = false;
    for (Row row : rows) {
      if (!(row.x() instanceof String s) || isPlainNumber(s.trim())) {
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
        throw error(
            row,
            column,
            "\""
                + s.trim()
                + "\" separates day and month by \""
                + sep
                + "\", but earlier rows by \""
                + separator
                + "\" ("
                + text(example.x())
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
      throw error(
          monthFirst,
          column,
          "dates "
              + text(dayFirst.x())
              + " and "
              + text(monthFirst.x())
              + " put the day in different places; choose a date format with --date-format");
    }
    if (monthFirst != null) {
      return mdy + time;
    }
    if (dayFirst != null || separator == '.') {
      return dmy + time;
    }
    String shown = "dd" + sep + "MM" + sep + "yyyy";
    String us = "MM" + sep + "dd" + sep + "yyyy";
    throw error(
        example,
        column,
        "dates like "
            + text(example.x())
            + " read both day-first and month-first; choose with --date-format "
            + shown
            + " or --date-format "
            + us);
  }
}
