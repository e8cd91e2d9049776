package qi.core.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointResult;
import qi.core.result.PointType;

/**
 * Writes the points of an {@link Analysis} as CSV, one row per point, with the JSON field names as
 * the header; lines end with {@code \n}, and a field is quoted only when it holds the separator, a
 * quote or a line break (RFC 4180). Undefined numbers are empty cells; the others are written with
 * the fewest digits that read back as the same double, as in {@link AnalysisJson}. The rows are
 * written as they are produced (FastCSV), never held in memory; the target is flushed at the end,
 * not closed.
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

  /** The point types' ids, none of which needs making safe. */
  private static final String[] POINT_TYPES =
      Arrays.stream(PointType.values()).map(PointType::id).toArray(String[]::new);

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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows(builder(dialect).build(out, StandardCharsets.UTF_8), facets, dialect);
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows(builder(dialect).build(out), facets, dialect);
  }

  static CsvWriter.CsvWriterBuilder builder(CsvDialect dialect) {
    return CsvWriter.builder()
        .fieldSeparator(dialect.separator())
        .lineDelimiter(LineDelimiter.LF)
        .bufferSize(64 * 1024);
  }

  private static void rows(CsvWriter csv, List<Facet> facets, CsvDialect dialect) {
    boolean faceted = facets.stream().anyMatch(f -> f.name() != null);
    CsvWriter.CsvWriterRecord header = csv.writeRecord();
    if (faceted) {
      header.writeField("facet");
    }
    for (String field : HEADER) {
      header.writeField(field);
    }
    header.endRecord();
    Digits digits = new Digits(8);
    for (Facet facet : facets) {
      String name = faceted ? text(facet.name() == null ? "" : facet.name(), dialect) : null;
      for (PointResult p : facet.analysis().points()) {
        CsvWriter.CsvWriterRecord row = csv.writeRecord();
        if (faceted) {
          row.writeField(name);
        }
        row.writeField(Integer.toString(p.index()))
            .writeField(text(p.x(), dialect))
            .writeField(number(digits.of(0, p.y()), dialect))
            .writeField(number(digits.of(1, p.n()), dialect))
            .writeField(Integer.toString(p.part()))
            .writeField(Boolean.toString(p.baseline()))
            .writeField(Boolean.toString(p.included()))
            .writeField(number(digits.of(2, p.cl()), dialect))
            .writeField(number(digits.of(3, p.lcl()), dialect))
            .writeField(number(digits.of(4, p.ucl()), dialect))
            .writeField(number(digits.of(5, p.lwl()), dialect))
            .writeField(number(digits.of(6, p.uwl()), dialect))
            .writeField(Boolean.toString(p.sigmaSignal()))
            .writeField(Boolean.toString(p.runsSignal()))
            .writeField(number(digits.of(7, p.target()), dialect))
            .writeField(p.signals().isEmpty() ? "" : safe(String.join(";", p.signals())))
            .writeField(POINT_TYPES[p.pointType().ordinal()])
            .endRecord();
      }
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * Whether {@code text} is a number as qi writes one: {@code -?\d+(\.\d+)?([eE]-?\d+)?}. A scan
   * rather than a regular expression: it runs on the x of every point.
   */
  static boolean isNumber(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = digits(text, i);
    if (digits == i) {
      return false;
    }
    i = digits;
    if (i < text.length() && text.charAt(i) == '.') {
      int fraction = digits(text, i + 1);
      if (fraction == i + 1) {
        return false;
      }
      i = fraction;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i += text.startsWith("-", i + 1) ? 2 : 1;
      int exponent = digits(text, i);
      if (exponent == i) {
        return false;
      }
      i = exponent;
    }
    return i == text.length();
  }

  /** The position after the digits that start at {@code from}. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
  static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** A number by its {@link Digits}, with the dialect's decimal separator; empty when undefined. */
  static String number(String digits, CsvDialect dialect) {
    if (digits == null) {
      return "";
    }
    return dialect.decimal() == '.' ? digits : digits.replace('.', dialect.decimal());
  }
}
