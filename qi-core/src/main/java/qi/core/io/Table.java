package qi.core.io;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * Holds the rows of a file and turns them into observations: shared by every reader so that CSV,
 * JSON and Excel give the same observations and the same messages. How a cell reads is left to
 * {@link DecimalSeparator}, {@link NumberGrammar}, {@link IsoDays} and {@link XReader}.
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
  /** The first capacity of the columns, doubled as they fill. */
  private static final int CAPACITY = 64;

  /** Where a row's cells are, in the file's own terms: line, sheet and cell, or record. */
  interface Locator {
    /** E.g. {@code line 3, column "y"}. */
    String at(Row row, String column);
  }

  /** One data row; {@code number} is its line, spreadsheet row or record number. */
  record Row(long number, Object x, Object y, Object n, Object label) {}

  /** Makes the error of a cell, naming the source, the row and the column. */
  interface Errors {
    InputException at(
        Row row, String column, String problem, InputException.Reason reason, List<String> formats);

    default InputException at(Row row, String column, String problem) {
      return at(row, column, problem, InputException.Reason.OTHER, List.of());
    }
  }

  private final String source;
  private final Locator locator;
  private final Columns columns;
  private final DecimalSeparator decimal;
  private final String dateFormat;
  private final IsoDays isoDays = new IsoDays();

  private int size;

  /** The rows every column in use has room for, while rows are added: 0 until the first. */
  private int stored;

  private double[] xNumbers;
  private XValue[] xValues;
  private final double[][] numbers = new double[2][];
  private String[] labels;
  private final List<Row> kept = new ArrayList<>();
  private int[] keptAt = new int[16];
  private Class<? extends XValue> xKind;
  private double xNumber;
  private XValue xValue;

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
    this.decimal = new DecimalSeparator(decimal);
    this.dateFormat = dateFormat;
    numbers[0] = columns.y() == null ? null : new double[CAPACITY];
    numbers[1] = columns.n() == null ? null : new double[CAPACITY];
    labels = columns.label() == null ? null : new String[CAPACITY];
  }

  /**
   * Adds a row of text cells, {@code text[from[at + k], to[at + k])} for x, y, n and label in turn
   * ({@code from[at + k] < 0} for a column not read), as the CSV reader finds them.
   */
  void add(long line, char[] text, int[] from, int[] to, int at) {
    int xFrom = Cells.trimStart(text, from[at], to[at]);
    int xTo = Cells.trimEnd(text, xFrom, to[at]);
    if (Cells.isMissing(text, xFrom, xTo)) {
      return;
    }
    Class<? extends XValue> kind = x(text, xFrom, xTo);
    double y =
        numbers[0] == null ? Double.NaN : decimal.alone(text, from[at + 1], to[at + 1], false);
    double n =
        numbers[1] == null ? Double.NaN : decimal.alone(text, from[at + 2], to[at + 2], true);
    if (!readAlone(kind, y, n)) {
      keep(
          new Row(
              line,
              Cells.cell(text, from[at], to[at]),
              Cells.cell(text, from[at + 1], to[at + 1]),
              Cells.cell(text, from[at + 2], to[at + 2]),
              Cells.cell(text, from[at + 3], to[at + 3])));
      return;
    }
    String label = null;
    if (labels != null) {
      int start = Cells.trimStart(text, from[at + 3], to[at + 3]);
      label = new String(text, start, Cells.trimEnd(text, start, to[at + 3]) - start);
    }
    store(y, n, label);
  }

  /** Adds a row of cells of any kind, as the JSON and Excel readers find them. */
  void add(Row row) {
    if (Cells.isMissing(row.x())) {
      return;
    }
    Class<? extends XValue> kind = null;
    if (row.x() instanceof Double d && Double.isFinite(d)) {
      xNumber = d;
      kind = XValue.Number.class;
    } else if (row.x() instanceof String s) {
      char[] text = s.toCharArray();
      int start = Cells.trimStart(text, 0, text.length);
      kind = x(text, start, Cells.trimEnd(text, start, text.length));
    }
    double y = numbers[0] == null ? Double.NaN : decimal.alone(row.y(), false);
    double n = numbers[1] == null ? Double.NaN : decimal.alone(row.n(), true);
    if (!readAlone(kind, y, n)) {
      keep(row);
      return;
    }
    store(y, n, labels == null ? null : Cells.label(row.label()));
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
    return kind != null
        && kind == xKind
        && y != DecimalSeparator.KEEP_ROW
        && n != DecimalSeparator.KEEP_ROW;
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
    if (size >= stored) {
      grow();
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

  /**
   * Makes room in the columns for row {@link #size}, doubling them: the x column is made at the
   * first row stored, of the kind of the first row's x.
   */
  private void grow() {
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
      if (numbers[k] != null && capacity > numbers[k].length) {
        numbers[k] = Arrays.copyOf(numbers[k], capacity);
      }
    }
    if (labels != null && capacity > labels.length) {
      labels = Arrays.copyOf(labels, capacity);
    }
    stored = capacity;
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
    xValue = isoDays.of(text, from, to);
    return xValue == null ? null : XValue.Day.class;
  }

  /**
   * Interprets the rows: the observations, in the order of the rows added. Only the rows kept as
   * text are read here; the others are already values.
   */
  List<Observation> observations() {
    if (size == 0) {
      throw new InputException(source + ": no data rows");
    }
    char separator = decimal.of(kept, columns);
    XReader xReader = new XReader(kept, columns.x(), dateFormat, this::error);
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
            Cells.text(row.x())
                + " is "
                + kind(x)
                + ", but earlier rows have "
                + kind(first)
                + " ("
                + Cells.text(firstRow.x())
                + ")");
      }
      double y = columns.y() == null ? Double.NaN : number(row, columns.y(), row.y(), separator);
      double n = Double.NaN;
      if (columns.n() != null) {
        n = number(row, columns.n(), row.n(), separator);
        if (n < 0) {
          throw error(row, columns.n(), "denominator (" + Cells.plain(row.n()) + ") must be >= 0");
        }
        if (n == 0 && y != 0 && !Double.isNaN(y)) {
          throw error(
              row,
              columns.y(),
              "y ("
                  + Cells.plain(row.y())
                  + ") must be 0 where the denominator is 0: events without exposure cannot be"
                  + " charted");
        }
      }
      String label = columns.label() == null ? null : Cells.label(row.label());
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

  private InputException error(Row row, String column, String problem) {
    return error(row, column, problem, InputException.Reason.OTHER, List.of());
  }

  private InputException error(
      Row row, String column, String problem, InputException.Reason reason, List<String> formats) {
    return new InputException(
        source + ": " + locator.at(row, column) + ": " + problem, reason, formats);
  }

  private double number(Row row, String column, Object cell, char decimal) {
    if (Cells.isMissing(cell)) {
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
      double value = NumberGrammar.value(t, decimal);
      if (!Double.isNaN(value)) {
        return value;
      }
      String problem = "\"" + t + "\" is not a number";
      if (decimal == '.' && NumberGrammar.COMMA_NUMBER.matcher(t).matches()) {
        throw error(
            row,
            column,
            problem + " with decimal separator \".\"",
            InputException.Reason.DECIMAL_COMMA,
            List.of());
      }
      if (decimal == ',' && NumberGrammar.POINT_NUMBER.matcher(t).matches()) {
        throw error(
            row,
            column,
            problem + " with decimal separator \",\"",
            InputException.Reason.DECIMAL_POINT,
            List.of());
      }
      throw error(row, column, problem);
    }
    throw error(row, column, Cells.text(cell) + " is not a number");
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
}
