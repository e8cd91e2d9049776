package qi.core.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * Writes a board {@link Summary} as CSV, one row per measure, with the field names of {@link
 * SummaryJson} as the header ({@code notes} joined by {@code " | "}). The {@link CsvDialect},
 * numbers, quoting and spreadsheet safety are those of {@link AnalysisCsv}: undefined numbers are
 * empty cells, and a text cell a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class SummaryCsv {
  static final String[] HEADER = {
    "measure",
    "group",
    "chart",
    "direction",
    "points",
    "latestX",
    "latestY",
    "cl",
    "lcl",
    "ucl",
    "target",
    "variation",
    "assurance",
    "verdict",
    "unit",
    "notes"
  };

  private SummaryCsv() {}

  /** Writes the summary in UTF-8 (with a byte order mark when the dialect asks for one). */
  public static void write(Summary summary, OutputStream out, CsvDialect dialect) {
    try {
      if (dialect.byteOrderMark()) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows(AnalysisCsv.builder(dialect).build(out, StandardCharsets.UTF_8), summary, dialect);
  }

  /** As {@link #write(Summary, OutputStream, CsvDialect)}, to characters. */
  public static void write(Summary summary, Writer out, CsvDialect dialect) {
    try {
      if (dialect.byteOrderMark()) {
        out.write('\uFEFF');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows(AnalysisCsv.builder(dialect).build(out), summary, dialect);
  }

  private static void rows(CsvWriter csv, Summary summary, CsvDialect dialect) {
    csv.writeRecord(HEADER);
    Digits digits = new Digits(5);
    for (MeasureSummary m : summary.measures()) {
      csv.writeRecord()
          .writeField(AnalysisCsv.text(m.measure(), dialect))
          .writeField(AnalysisCsv.text(m.group(), dialect))
          .writeField(m.chart().id())
          .writeField(m.direction().id())
          .writeField(Integer.toString(m.points()))
          .writeField(AnalysisCsv.text(m.latestX(), dialect))
          .writeField(AnalysisCsv.number(digits.of(0, m.latestY()), dialect))
          .writeField(AnalysisCsv.number(digits.of(1, m.cl()), dialect))
          .writeField(AnalysisCsv.number(digits.of(2, m.lcl()), dialect))
          .writeField(AnalysisCsv.number(digits.of(3, m.ucl()), dialect))
          .writeField(AnalysisCsv.number(digits.of(4, m.target()), dialect))
          .writeField(m.variation().id())
          .writeField(m.assurance() == null ? "" : m.assurance().id())
          .writeField(AnalysisCsv.safe(m.verdict()))
          .writeField(AnalysisCsv.text(m.unit(), dialect))
          .writeField(AnalysisCsv.safe(String.join(" | ", m.notes())))
          .endRecord();
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
