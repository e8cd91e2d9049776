package qi.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import qi.core.result.Analysis;
import qi.core.result.PointResult;

/**
 * Writes the points of an {@link Analysis} as CSV, one row per point, with the JSON field names as
 * the header. Undefined numbers are empty cells.
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
    "target"
  };

  private AnalysisCsv() {}

  public static void write(Analysis analysis, Writer out) {
    try {
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
      printer.printRecord((Object[]) HEADER);
      for (PointResult p : analysis.points()) {
        printer.printRecord(
            p.index(),
            p.x(),
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
            number(p.target()));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }
}
