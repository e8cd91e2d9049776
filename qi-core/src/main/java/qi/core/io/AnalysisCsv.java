package qi.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointTable;
import qi.core.result.PointType;

/**
 * Writes the points of an {@link Analysis} as CSV, one row per point, with the JSON field names as
 * the header; lines end with {@code \n}, and a field is quoted only when it holds the separator, a
 * quote or a line break (RFC 4180). Undefined numbers are empty cells; the others are written with
 * the fewest digits that read back as the same double, as in {@link AnalysisJson}. The rows are
 * written as they are produced, a block of points at a time, never held in memory; the target is
 * flushed at the end, not closed.
 *
 * <p>The {@link CsvDialect} chooses the separator and decimal separator: {@link CsvDialect#RFC4180}
 * ({@code ,} and {@code .}, the default) or {@link CsvDialect#EXCEL_EU} ({@code ;} and {@code ,},
 * for Excel where the decimal separator is a comma).
 *
 * <h2>Safe in a spreadsheet</h2>
 *
 * Every text cell (facet name, x, signals, point type) goes through {@link #safe}: one that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which a spreadsheet
 * would run as a formula, gets a leading apostrophe (OWASP, CSV injection). Numbers written as
 * numbers ({@code -3}, {@code -1.5E-4}) are left as they are, so they stay numbers.
 */
public final class AnalysisCsv {
  static final String[] HEADER = {
    "index",
    "x",
    "y",
    "n",
    "part",
    "baseline",
    "included",
    "cl",
    "lcl",
    "ucl",
    "lwl",
    "uwl",
    "sigmaSignal",
    "runsSignal",
    "target",
    "signals",
    "pointType"
  };

  /** The point types' ids, none of which needs making safe or quoting. */
  private static final byte[][] POINT_TYPES =
      Arrays.stream(PointType.values())
          .map(type -> type.id().getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);

  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

  /** The first characters of a formula, as a spreadsheet reads a cell. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private AnalysisCsv() {}

  /** Writes the points of one analysis as RFC 4180 CSV in UTF-8. */
  public static void write(Analysis analysis, OutputStream out) {
    write(List.of(new Facet(null, analysis)), out, CsvDialect.RFC4180);
  }

  /**
   * Writes the points of several facets in UTF-8, the facets in the given order; the first column
   * is then {@code facet}.
   */
  public static void write(List<Facet> facets, OutputStream out, CsvDialect dialect) {
    try {
      if (dialect.byteOrderMark()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      rows(facets, dialect, bytes -> bytes.writeTo(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the points of one analysis as RFC 4180 CSV. */
  public static void write(Analysis analysis, Writer out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /** Writes the points of several facets as RFC 4180 CSV. */
  public static void write(List<Facet> facets, Writer out) {
    write(facets, out, CsvDialect.RFC4180);
  }

  /** As {@link #write(List, OutputStream, CsvDialect)}, to characters. */
  public static void write(List<Facet> facets, Writer out, CsvDialect dialect) {
    try {
      if (dialect.byteOrderMark()) {
        out.write('\uFEFF');
      }
      rows(facets, dialect, bytes -> bytes.writeTo(out));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the header, then the rows a block at a time ({@link PointBlocks}) to {@code target}. */
  private static void rows(List<Facet> facets, CsvDialect dialect, Consumer<Utf8Bytes> target) {
    boolean faceted = facets.stream().anyMatch(f -> f.name() != null);
    byte separator = (byte) dialect.separator();
    Utf8Bytes header = new Utf8Bytes();
    if (faceted) {
      field(header, "facet", true, separator).append(separator);
    }
    for (int i = 0; i < HEADER.length; i++) {
      field(header, HEADER[i], i == 0 && !faceted, separator)
          .append(i < HEADER.length - 1 ? separator : (byte) '\n');
    }
    target.accept(header);
    PointBlocks.write(
        facets, () -> new Rows(dialect, faceted), Rows::format, rows -> target.accept(rows.bytes));
  }

  /** The rows of a block of points, as UTF-8 bytes; in one thread's hands at a time. */
  private static final class Rows {
    private final CsvDialect dialect;
    private final byte separator;
    private final boolean faceted;
    private final Digits digits;
    private final Utf8Bytes bytes = new Utf8Bytes();
    // the cells that repeat from row to row, as formatted last (see RepeatedFields)
    private final RepeatedFields repeated = new RepeatedFields();
    private final Utf8Bytes limits = new Utf8Bytes();
    private final Utf8Bytes unsignalled = new Utf8Bytes();
    private Facet lastFacet;
    private String lastFacetName;

    Rows(CsvDialect dialect, boolean faceted) {
      this.dialect = dialect;
      this.separator = (byte) dialect.separator();
      this.faceted = faceted;
      this.digits = new Digits(8, dialect.decimal());
    }

    void format(PointBlocks.Block block) {
      bytes.clear();
      for (PointBlocks.Part part : block.parts()) {
        for (int i = part.from(); i < part.to(); i++) {
          row(part.facet(), part.points(), i);
        }
      }
    }

    private void row(Facet facet, PointTable t, int i) {
      if (faceted) {
        field(bytes, facetName(facet), true, separator).append(separator);
      }
      bytes.append(i + 1).append(separator);
      x(t.x(i)).append(separator);
      number(bytes, digits.of(0, t.y(i))).append(separator);
      if (repeated.limitsChanged(t, i)) {
        limits.clear();
        number(limits, digits.of(1, t.n(i))).append(separator);
        limits.append(t.part(i)).append(separator);
        limits.append(bool(t.baseline(i))).append(separator);
        limits.append(bool(t.included(i))).append(separator);
        number(limits, digits.of(2, t.cl(i))).append(separator);
        number(limits, digits.of(3, t.lcl(i))).append(separator);
        number(limits, digits.of(4, t.ucl(i))).append(separator);
        number(limits, digits.of(5, t.lwl(i))).append(separator);
        number(limits, digits.of(6, t.uwl(i))).append(separator);
      }
      bytes.append(limits.array(), 0, limits.length());
      if (t.signalled(i)) {
        signalsAndType(bytes, t, i);
      } else {
        if (repeated.unsignalledChanged(t, i)) {
          unsignalled.clear();
          signalsAndType(unsignalled, t, i);
        }
        bytes.append(unsignalled.array(), 0, unsignalled.length());
      }
    }

    /** The cells from sigmaSignal to pointType, and the end of the row. */
    private void signalsAndType(Utf8Bytes to, PointTable t, int i) {
      to.append(bool(t.sigmaSignal(i))).append(separator);
      to.append(bool(t.runsSignal(i))).append(separator);
      number(to, digits.of(7, t.target(i))).append(separator);
      if (t.signalled(i)) {
        List<String> signals = t.signals(i);
        field(
            to,
            safe(signals.size() == 1 ? signals.get(0) : String.join(";", signals)),
            false,
            separator);
      }
      to.append(separator).append(POINT_TYPES[t.pointType(i).ordinal()]).append((byte) '\n');
    }

    /**
     * The x cell: as {@code field(text(x))}, in one pass over its characters when x is plain ASCII
     * (a number or a date, nearly always), which is then checked as the bytes just written.
     */
    private Utf8Bytes x(String x) {
      int start = bytes.length();
      if (!bytes.appendPlain(x) || !standsAsWritten(start)) {
        bytes.truncate(start);
        field(bytes, text(x, dialect), false, separator);
      }
      return bytes;
    }

    /**
     * Whether the plain ASCII cell written from {@code start} stands as it is: a number (its point
     * turned into the dialect's decimal separator), or text that starts unlike a formula and holds
     * no separator (plain ASCII has no quote and no line break).
     */
    private boolean standsAsWritten(int start) {
      byte[] cell = bytes.array();
      int end = bytes.length();
      if (isNumber(cell, start, end)) {
        for (int k = start; k < end; k++) {
          if (cell[k] == '.') {
            cell[k] = (byte) dialect.decimal();
          }
        }
        return true;
      }
      if (start < end && FORMULA_STARTS.indexOf(cell[start]) >= 0) {
        return false;
      }
      for (int k = start; k < end; k++) {
        if (cell[k] == separator) {
          return false;
        }
      }
      return true;
    }

    /** The facet's name as a cell, made once per facet rather than once per row. */
    private String facetName(Facet facet) {
      if (facet != lastFacet) {
        lastFacet = facet;
        lastFacetName = text(facet.name() == null ? "" : facet.name(), dialect);
      }
      return lastFacetName;
    }
  }

  /**
   * A text field as FastCSV writes it (and reads it back): in double quotes, with quotes doubled,
   * when it holds the separator, a quote or a line break, or when it starts a row with {@code #}
   * (which a reader may take for a comment); else as it is. Empty text is an empty field.
   */
  private static Utf8Bytes field(Utf8Bytes row, String text, boolean first, byte separator) {
    boolean quote = first && text.startsWith("#");
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == separator || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? row.append('"' + text.replace("\"", "\"\"") + '"') : row.append(text);
  }

  private static Utf8Bytes number(Utf8Bytes row, byte[] digits) {
    return digits == null ? row : row.append(digits);
  }

  private static byte[] bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** A text cell in RFC 4180: a number stays as it is, any other text is made {@link #safe}. */
  static String text(String text) {
    return text(text, CsvDialect.RFC4180);
  }

  /**
   * A text cell: a number stays a number (with the dialect's decimal separator, so that a
   * spreadsheet reads it as one), any other text is made {@link #safe}.
   */
  static String text(String text, CsvDialect dialect) {
    if (!isNumber(text)) {
      return safe(text);
    }
    return dialect.decimal() == '.' ? text : text.replace('.', dialect.decimal());
  }

  /** Whether {@code text} is a number as qi writes one: {@code -?\d+(\.\d+)?([eE]-?\d+)?}. */
  static boolean isNumber(String text) {
    // a character that is not Latin-1 becomes '?', which no number holds
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    return isNumber(latin1, 0, latin1.length);
  }

  /**
   * Whether the characters {@code [from, to)} are a number as qi writes one. A scan rather than a
   * regular expression: it runs on the x of every point.
   */
  private static boolean isNumber(byte[] text, int from, int to) {
    int i = from < to && text[from] == '-' ? from + 1 : from;
    int digits = digits(text, i, to);
    if (digits == i) {
      return false;
    }
    i = digits;
    if (i < to && text[i] == '.') {
      int fraction = digits(text, i + 1, to);
      if (fraction == i + 1) {
        return false;
      }
      i = fraction;
    }
    if (i < to && (text[i] == 'e' || text[i] == 'E')) {
      i += i + 1 < to && text[i + 1] == '-' ? 2 : 1;
      int exponent = digits(text, i, to);
      if (exponent == i) {
        return false;
      }
      i = exponent;
    }
    return i == to;
  }

  /** The position after the digits that start at {@code from}. */
  private static int digits(byte[] text, int from, int to) {
    int i = from;
    while (i < to && text[i] >= '0' && text[i] <= '9') {
      i++;
    }
    return i;
  }

  /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
  static String safe(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /**
   * A number with the fewest digits that read back the same ({@link Digits#text}) and the dialect's
   * decimal separator; empty when undefined.
   */
  static String number(double value, CsvDialect dialect) {
    if (!Double.isFinite(value)) {
      return "";
    }
    String digits = Digits.text(value);
    return dialect.decimal() == '.' ? digits : digits.replace('.', dialect.decimal());
  }
}
