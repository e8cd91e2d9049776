package qi.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointResult;

/**
 * Writes the points of an {@link Analysis} as CSV, one row per point, with the JSON field names as
 * the header. Undefined numbers are empty cells.
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

  private AnalysisCsv() {}

  public static void write(Analysis analysis, Writer out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /**
   * Writes the points of several facets; the first column is then {@code facet}, its text made safe
   * for spreadsheets (a cell starting with =, +, -, @ is prefixed with ').
   */
  public static void write(List<Facet> facets, Writer out) {
    boolean faceted = facets.stream().anyMatch(f -> f.name() != null);
    try {
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
      List<Object> header = new ArrayList<>(List.of((Object[]) HEADER));
      if (faceted) {
        header.add(0, "facet");
      }
      printer.printRecord(header);
      for (Facet facet : facets) {
        for (PointResult p : facet.analysis().points()) {
          List<Object> row = new ArrayList<>(row(p));
          if (faceted) {
            row.add(0, text(facet.name()));
          }
          printer.printRecord(row);
        }
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text cell: a number stays as it is, any other text is made {@link #safe}. */
  static String text(String text) {
    return NUMBER.matcher(text).matches() ? text : safe(text);
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

  /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
  static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static List<Object> row(PointResult p) {
    return List.of(
        p.index(),
        text(p.x()),
        number(p.y()),
        number(p.n()),
        p.part(),
        p.baseline(),
        p.included(),
        number(p.cl()),
        number(p.lcl()),
        number(p.ucl()),
        number(p.lwl()),
        number(p.uwl()),
        p.sigmaSignal(),
        p.runsSignal(),
        number(p.target()),
        text(String.join(";", p.signals())),
        text(p.pointType().id()));
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }
}
