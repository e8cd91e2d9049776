package qi.core.funnel;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the units of a {@link Funnel} as CSV, one row per unit with the columns of {@link
 * UnitResult} ({@code unit, numerator, denominator, value, z, lcl95, …, outlier, side}); a missing
 * or infinite number is an empty cell. A unit name a spreadsheet would read as a formula (starting
 * with =, +, -, @) gets a leading apostrophe.
 */
public final class FunnelCsv {
  static final String[] HEADER = {
    "unit",
    "numerator",
    "denominator",
    "value",
    "z",
    "lcl95",
    "ucl95",
    "lcl998",
    "ucl998",
    "lcl95Adjusted",
    "ucl95Adjusted",
    "lcl998Adjusted",
    "ucl998Adjusted",
    "outlier",
    "side"
  };

  private FunnelCsv() {}

  /** Writes the units of {@code funnel} to {@code out} (flushed, not closed). */
  public static void write(Funnel funnel, Writer out) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(HEADER);
    for (UnitResult u : funnel.units()) {
      csv.writeRecord(
          safe(u.unit()),
          number(u.numerator()),
          number(u.denominator()),
          number(u.value()),
          number(u.z()),
          number(u.lcl95()),
          number(u.ucl95()),
          number(u.lcl998()),
          number(u.ucl998()),
          number(u.lcl95Adjusted()),
          number(u.ucl95Adjusted()),
          number(u.lcl998Adjusted()),
          number(u.ucl998Adjusted()),
          Boolean.toString(u.outlier()),
          u.side() == Side.WITHIN ? "" : side(u.side()));
    }
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code high}, {@code low}, or null (CSV: empty) within the limits. */
  static String side(Side side) {
    return side == Side.WITHIN ? null : side.name().toLowerCase(Locale.ROOT);
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }

  private static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
