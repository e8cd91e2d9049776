package qi.core.funnel;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import qi.core.internal.Delimiters;
import qi.core.io.InputException;

/**
 * Reads the rows of a funnel plot from CSV with a header row: a unit column, a numerator and a
 * denominator column (any others are ignored). The delimiter ({@code ,}, {@code ;}, tab or {@code
 * |}) is the one the header line uses most; a UTF-8 byte-order mark is skipped. Numbers are plain
 * decimals; with a delimiter other than {@code ,}, a decimal comma is read too. Every error is an
 * {@link InputException} naming the source, the line, the column and the unit.
 */
public final class FunnelInput {
  private FunnelInput() {}

  /** Reads the rows of a CSV file. */
  public static List<FunnelRow> read(Path file, String unit, String numerator, String denominator) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), unit, numerator, denominator);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads the rows of CSV text.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<FunnelRow> read(
      Reader reader, String source, String unit, String numerator, String denominator) {
    String text;
    try {
      StringBuilder b = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        b.append(buffer, 0, n);
      }
      text = b.length() > 0 && b.charAt(0) == '\uFEFF' ? b.substring(1) : b.toString();
    } catch (IOException e) {
      throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
    }
    char delimiter = Delimiters.sniff(text);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .skipEmptyLines(true)
            .trimWhitespacesAroundQuotes(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofCsvRecord(text);
    List<FunnelRow> rows = new ArrayList<>();
    try {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new InputException(source + ": no header row (is the file empty?)");
      }
      List<String> header = records.next().getFields().stream().map(String::strip).toList();
      String[] names = {unit, numerator, denominator};
      int[] at = new int[3];
      for (int k = 0; k < 3; k++) {
        at[k] = header.lastIndexOf(names[k]);
        if (at[k] < 0) {
          throw new InputException(
              source
                  + ": no column \""
                  + names[k]
                  + "\"; the columns are "
                  + String.join(", ", header));
        }
      }
      while (records.hasNext()) {
        CsvRecord r = records.next();
        long line = r.getStartingLineNumber();
        String name = field(r, at[0]);
        if (name.isEmpty()) {
          throw new InputException(
              source + ": line " + line + ", column \"" + unit + "\": the unit is empty");
        }
        double o = number(r, at[1], source, line, numerator, name, delimiter);
        double n = number(r, at[2], source, line, denominator, name, delimiter);
        rows.add(new FunnelRow(name, o, n, line));
      }
    } catch (CsvParseException e) {
      throw new InputException(source + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static String field(CsvRecord r, int i) {
    return i < r.getFieldCount() ? r.getField(i).strip() : "";
  }

  private static double number(
      CsvRecord r, int i, String source, long line, String column, String unit, char delimiter) {
    String cell = field(r, i);
    String where =
        source + ": line " + line + ", column \"" + column + "\" (unit \"" + unit + "\"): ";
    if (cell.isEmpty() || cell.equals("NA")) {
      throw new InputException(where + "missing value");
    }
    String plain = delimiter != ',' && cell.indexOf('.') < 0 ? cell.replace(',', '.') : cell;
    try {
      double v = Double.parseDouble(plain);
      if (!Double.isFinite(v) || !plain.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InputException(where + "\"" + cell + "\" is not a number");
    }
  }
}
