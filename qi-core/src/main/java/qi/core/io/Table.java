package qi.core.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * The rows of a file and their interpretation: shared by every reader so that CSV, JSON and Excel
 * give the same observations and the same messages.
 *
 * <p>Rows are added one at a time. A row whose cells can be read on their own (a plain number, an
 * ISO date, a number whose decimal separator is known or settled) is kept only as its values, in
 * columns. A row with a cell that needs the whole column first (a number such as {@code 1.234}
 * while the separator is detected, a day-first date, a date format, an Excel date) or that will
 * fail is kept whole, as text, and read at the end exactly as every row used to be; so is the first
 * row, whose x sets the kind of x the column holds and names it in messages. Only those rows can
 * fail, so errors and their order are those of reading every row at the end.
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

  /** A number cell that only the whole column can read: never a value, which is finite or NaN. */
  private static final double KEEP_ROW = Double.POSITIVE_INFINITY;

  /** The first capacity of the columns, doubled as they fill. */
  private static final int CAPACITY = 64;

  /** Slots of the cache of ISO dates: a file of monthly data repeats a few dozen dates. */
  private static final int DAYS = 256;

  /** Where a row's cells are, in the file's own terms: line, sheet and cell, or record. */
  interface Locator {
    /** E.g. {@code line 3, column "y"}. */
    String at(Row row, String column);
  }

  /** One data row; {@code number} is its line, spreadsheet row or record number. */
  record Row(long number, Object x, Object y, Object n, Object label) {}

  private final String source;
  private final Locator locator;
  private final Columns columns;
  private final Character decimal;
  private final String dateFormat;

  private int size;
  private double[] xNumbers;
  private XValue[] xValues;
  private final double[][] numbers = new double[2][];
  private String[] labels;
  private final List<Row> kept = new ArrayList<>();
  private int[] keptAt = new int[16];
  private Class<? extends XValue> xKind;
  private double xNumber;
  private XValue xValue;
  private boolean commaSeen;
  private boolean pointSeen;
  private final int[] dayKeys = new int[DAYS];
  private final XValue[] days = new XValue[DAYS];

  /**
   * A table of the {@code columns} of {@code source}.
   *
   * @param decimal the decimal separator, or null to detect it from the numbers written as text
   * @param dateFormat the x date pattern, or null to detect ISO and day-first dates
   */
  Table(String source, Locator locator, Columns columns, Character decimal, String dateFormat) {
    this.source = source;
    this.locator = locator;
    this.columns = columns;
    this.decimal = decimal;
    this.dateFormat = dateFormat;
    numbers[0] = columns.y() == null ? null : new double[CAPACITY];
    numbers[1] = columns.n() == null ? null : new double[CAPACITY];
    labels = columns.label() == null ? null : new String[CAPACITY];
  }

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

  /**
   * Adds a row of text cells, {@code text[from[k], to[k])} for x, y, n and label in turn ({@code
   * from[k] < 0} for a column not read), as the CSV reader finds them.
   */
  void add(long line, char[] text, int[] from, int[] to) {
    int xFrom = trimStart(text, from[0], to[0]);
    int xTo = trimEnd(text, xFrom, to[0]);
    if (isMissing(text, xFrom, xTo)) {
      return;
    }
    Class<? extends XValue> kind = x(text, xFrom, xTo);
    double y = numbers[0] == null ? Double.NaN : number(text, from[1], to[1], false);
    double n = numbers[1] == null ? Double.NaN : number(text, from[2], to[2], true);
    if (!readAlone(kind, y, n)) {
      keep(
          new Row(
              line,
              cell(text, from[0], to[0]),
              cell(text, from[1], to[1]),
              cell(text, from[2], to[2]),
              cell(text, from[3], to[3])));
      return;
    }
    String label = null;
    if (labels != null) {
      int start = trimStart(text, from[3], to[3]);
      label = new String(text, start, trimEnd(text, start, to[3]) - start);
    }
    store(y, n, label);
  }

  /** Adds a row of cells of any kind, as the JSON and Excel readers find them. */
  void add(Row row) {
    if (isMissing(row.x())) {
      return;
    }
    Class<? extends XValue> kind = null;
    if (row.x() instanceof Double d && Double.isFinite(d)) {
      xNumber = d;
      kind = XValue.Number.class;
    } else if (row.x() instanceof String s) {
      char[] text = s.toCharArray();
      int start = trimStart(text, 0, text.length);
      kind = x(text, start, trimEnd(text, start, text.length));
    }
    double y = numbers[0] == null ? Double.NaN : number(row.y(), false);
    double n = numbers[1] == null ? Double.NaN : number(row.n(), true);
    if (!readAlone(kind, y, n)) {
      keep(row);
      return;
    }
    store(y, n, labels == null ? null : label(row.label()));
  }

  /**
   * Whether a row read on its own goes into the columns: its x of the first row's kind, y and n
   * values. The first row never does: it sets the kind of x and names it in messages.
   */
  private boolean readAlone(Class<? extends XValue> kind, double y, double n) {
    if (size == 0) {
      xKind = kind;
      return false;
    }
    return kind != null && kind == xKind && y != KEEP_ROW && n != KEEP_ROW;
  }

  private void keep(Row row) {
    if (kept.size() == keptAt.length) {
      keptAt = Arrays.copyOf(keptAt, keptAt.length * 2);
    }
    keptAt[kept.size()] = size++;
    kept.add(row);
  }

  /**
   * Stores a row whose x, of the kind of the first row's, is in {@link #xNumber} or {@link
   * #xValue}.
   */
  private void store(double y, double n, String label) {
    if (xNumbers == null && xValues == null) {
      xNumbers = xKind == XValue.Number.class ? new double[CAPACITY] : null;
      xValues = xNumbers == null ? new XValue[CAPACITY] : null;
    }
    int capacity = xNumbers != null ? xNumbers.length : xValues.length;
    if (size >= capacity) {
      capacity = Math.max(capacity * 2, size + 1);
      xNumbers = xNumbers == null ? null : Arrays.copyOf(xNumbers, capacity);
      xValues = xValues == null ? null : Arrays.copyOf(xValues, capacity);
    }
    for (int k = 0; k < numbers.length; k++) {
      if (numbers[k] != null && size >= numbers[k].length) {
        numbers[k] = Arrays.copyOf(numbers[k], capacity);
      }
    }
    if (labels != null && size >= labels.length) {
      labels = Arrays.copyOf(labels, capacity);
    }
    if (xNumbers != null) {
      xNumbers[size] = xNumber;
    } else {
      xValues[size] = xValue;
    }
    if (numbers[0] != null) {
      numbers[0][size] = y;
    }
    if (numbers[1] != null) {
      numbers[1][size] = n;
    }
    if (labels != null) {
      labels[size] = label;
    }
    size++;
  }

  private static String cell(char[] text, int from, int to) {
    return from < 0 ? null : new String(text, from, to - from);
  }

  /**
   * The kind of x of a trimmed cell when it can be read alone, a plain number or an ISO date with
   * no date format given, leaving its value in {@link #xNumber} or {@link #xValue}; otherwise null.
   */
  private Class<? extends XValue> x(char[] text, int from, int to) {
    if (dateFormat != null) {
      return null;
    }
    double value = Decimals.parse(text, from, to, '.');
    if (!Double.isNaN(value)) {
      xNumber = value;
      return Double.isFinite(value) ? XValue.Number.class : null;
    }
    xValue = isoDate(text, from, to);
    return xValue == null ? null : XValue.Day.class;
  }

  /** A valid YYYY-MM-DD date, from the cache when seen before; null for anything else. */
  private XValue isoDate(char[] text, int from, int to) {
    if (to - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return null;
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    int key = (year * 100 + month) * 100 + day;
    int slot = (key ^ key >>> 8) & (DAYS - 1);
    if (dayKeys[slot] != key || days[slot] == null) {
      dayKeys[slot] = key;
      days[slot] = XValue.of(LocalDate.of(year, month, day));
    }
    return days[slot];
  }

  /** The value of ASCII digits, or -1 when one is not a digit. */
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The number in {@code text[from, to)} when it can be read alone: missing (NaN), or a plain
   * number whose reading does not depend on a decimal separator still to be detected; a denominator
   * must also be &gt; 0 (0 is checked with its row's y). Otherwise {@link #KEEP_ROW}.
   *
   * <p>While the separator is detected, {@code 2,5} reads as 2.5 once a row with such a number has
   * been kept: if {@code ,} is not the separator in the end, that kept row fails before any later
   * row would. Likewise a number such as {@code 2.5} (not {@code 1.234}, which could be thousands)
   * settles the separator as {@code .}, and after the row that holds it is kept, numbers read with
   * {@code .}. Detection over the kept rows then finds what it would find over all rows.
   */
  private double number(char[] text, int cellFrom, int cellTo, boolean denominator) {
    int from = trimStart(text, cellFrom, cellTo);
    int to = trimEnd(text, from, cellTo);
    if (isMissing(text, from, to)) {
      return Double.NaN;
    }
    boolean point = false;
    boolean comma = false;
    for (int i = from; i < to; i++) {
      point |= text[i] == '.';
      comma |= text[i] == ',';
    }
    char separator = decimal != null ? decimal : pointSeen ? '.' : 0;
    if (separator == 0 && comma && !point) {
      separator = ',';
      if (!commaSeen && !Double.isNaN(Decimals.parse(text, from, to, ','))) {
        commaSeen = true;
        return KEEP_ROW;
      }
    } else if (separator == 0 && point && !comma) {
      String t = new String(text, from, to - from);
      pointSeen = POINT_NUMBER.matcher(t).matches() && !THOUSANDS.matcher(t).matches();
      return KEEP_ROW;
    } else if (separator == 0 ? point : separator == ',' && point) {
      return KEEP_ROW;
    }
    double value = Decimals.parse(text, from, to, separator == ',' ? ',' : '.');
    return Double.isFinite(value) && (!denominator || value > 0) ? value : KEEP_ROW;
  }

  private double number(Object cell, boolean denominator) {
    if (cell == null) {
      return Double.NaN;
    }
    if (cell instanceof Double d) {
      return Double.isFinite(d) && (!denominator || d > 0) ? d : KEEP_ROW;
    }
    if (cell instanceof String s) {
      char[] text = s.toCharArray();
      return number(text, 0, text.length, denominator);
    }
    return KEEP_ROW;
  }

  /** The start of the cell without leading characters up to space, as {@link String#trim}. */
  private static int trimStart(char[] text, int from, int to) {
    int i = from;
    while (i < to && text[i] <= ' ') {
      i++;
    }
    return i;
  }

  private static int trimEnd(char[] text, int from, int to) {
    int i = to;
    while (i > from && text[i - 1] <= ' ') {
      i--;
    }
    return i;
  }

  /** {@link #isMissing(Object)} of a trimmed cell: empty or NA in any case. */
  private static boolean isMissing(char[] text, int from, int to) {
    if (to - from == 2 && (text[from] | text[from + 1]) < 128) {
      return (text[from] | 0x20) == 'n' && (text[from + 1] | 0x20) == 'a';
    }
    return to == from || to - from == 2 && new String(text, from, 2).equalsIgnoreCase("NA");
  }

  /**
   * Interprets the rows: the observations, in the order of the rows added. Only the rows kept as
   * text are read here; the others are already values.
   */
  List<Observation> observations() {
    if (size == 0) {
      throw new InputException(source + ": no data rows");
    }
    char separator = decimal != null ? decimal : detectDecimal(kept, columns);
    XReader xReader = xReader(kept, columns, dateFormat);
    boolean anyTime = false;
    for (Row row : kept) {
      anyTime |= row.x() instanceof LocalDateTime t && hasTime(t);
    }
    Observation[] read = new Observation[kept.size()];
    XValue first = null;
    Row firstRow = null;
    for (int k = 0; k < read.length; k++) {
      Row row = kept.get(k);
      XValue x = xReader.read(row, anyTime);
      if (first == null) {
        first = x;
        firstRow = row;
      } else if (!kind(first).equals(kind(x))) {
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
        if (n < 0) {
          throw error(row, columns.n(), "denominator (" + plain(row.n()) + ") must be >= 0");
        }
        if (n == 0 && y != 0 && !Double.isNaN(y)) {
          throw error(
              row,
              columns.y(),
              "y ("
                  + plain(row.y())
                  + ") must be 0 where the denominator is 0: events without exposure cannot be"
                  + " charted");
        }
      }
      String label = columns.label() == null ? null : label(row.label());
      read[k] = new Observation(x, y, n, label);
    }
    for (int k = 0; k < read.length; k++) {
      place(keptAt[k], read[k]);
    }
    return Observation.columns(size, xNumbers, xValues, numbers[0], numbers[1], labels);
  }

  /** Puts a row read from text into the columns, at its place among the rows held as values. */
  private void place(int at, Observation row) {
    boolean number = row.x() instanceof XValue.Number;
    if (xNumbers == null && xValues == null) {
      xNumbers = number ? new double[size] : null;
      xValues = number ? null : new XValue[size];
    } else if (xNumbers != null && !number) {
      // the column was numbers, but a row read from text gave a date: keep x as values
      xValues = new XValue[size];
      for (int i = 0; i < Math.min(size, xNumbers.length); i++) {
        xValues[i] = XValue.of(xNumbers[i]);
      }
      xNumbers = null;
    }
    if (xNumbers != null) {
      xNumbers = atLeast(xNumbers, size);
      xNumbers[at] = ((XValue.Number) row.x()).value();
    } else {
      xValues = xValues.length >= size ? xValues : Arrays.copyOf(xValues, size);
      xValues[at] = row.x();
    }
    for (int k = 0; k < numbers.length; k++) {
      if (numbers[k] != null) {
        numbers[k] = atLeast(numbers[k], size);
        numbers[k][at] = k == 0 ? row.y() : row.n();
      }
    }
    if (labels != null) {
      labels = labels.length >= size ? labels : Arrays.copyOf(labels, size);
      labels[at] = row.label();
    }
  }

  private static double[] atLeast(double[] column, int size) {
    return column.length >= size ? column : Arrays.copyOf(column, size);
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
   * [-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?}: written out because a regular expression would
   * cost most of the reading time of a file whose rows all need the whole column.
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
    if (x instanceof XValue.Span span) {
      return span.kind();
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
    String pattern = dateFormat != null ? dateFormat : detectDayMonth(rows, column);
    Period yearSlash = dateFormat != null ? null : detectYearSlash(rows, column);
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
        return parse(row, column, text, pattern);
      }
      if (isPlainNumber(text)) {
        // no date pattern matches a plain number: skip them (most of the reading time otherwise)
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return XValue.of(value);
        }
        throw error(row, column, "\"" + text + "\" is not a finite number");
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
      if (pattern != null && DAY_MONTH.matcher(text).matches()) {
        return parse(row, column, text, pattern);
      }
      List<XValue.Span> spans = PeriodLabels.readings(text);
      for (XValue.Span span : spans) {
        if (spans.size() == 1 || span.unit() == yearSlash) {
          return span;
        }
      }
      throw error(
          row,
          column,
          "\""
              + text
              + "\" is neither a number nor a date (YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY or"
              + " DD-MM-YYYY) nor a period (2023-01, Jan 2023, 2023 Q1, 2025-W05, 2023/24);"
              + " --date-format for others");
    };
  }

  private XValue parse(Row row, String column, String text, String pattern) {
    try {
      return XValue.parse(text, pattern);
    } catch (IllegalArgumentException e) {
      throw error(row, column, e.getMessage());
    }
  }

  /**
   * How the column reads labels such as {@code 2011/12}, December 2011 or the financial year
   * 2011/12: as the one kind of period the other labels of the column are ({@link Period#MONTH} or
   * {@link Period#YEAR}); null when no label is ambiguous.
   *
   * @throws InputException when no other label settles it, or labels of both kinds do
   */
  private Period detectYearSlash(List<Row> rows, String column) {
    Row ambiguous = null;
    for (Row row : rows) {
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
    Row month = null;
    Row financial = null;
    for (Row row : rows) {
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
    String t = plain(ambiguous.x());
    char separator = t.charAt(4);
    throw error(
        ambiguous,
        column,
        "\""
            + t
            + "\" reads as a month and as a financial year, and "
            + (month == null
                ? "no other row settles which"
                : "other rows hold both (" + text(month.x()) + ", " + text(financial.x()) + ")")
            + "; choose with --date-format yyyy"
            + separator
            + "MM for months or --date-format yyyy"
            + separator
            + "yy for financial years");
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
