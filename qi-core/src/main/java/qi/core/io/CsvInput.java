package qi.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import qi.core.series.Observation;

/**
 * Reads observations from CSV with a header row: quoted fields, Windows or Unix line endings, an
 * optional UTF-8 byte-order mark; the delimiter ({@code ,}, {@code ;}, tab or {@code |}) and the
 * decimal separator detected or given in {@link ReadOptions}. The text is read once, in one pass
 * that keeps each row as its values only (see {@code CsvRecords} for the CSV rules).
 *
 * <ul>
 *   <li>x: a number or a date (ISO, or day-first as {@link ReadOptions} describes) or a date-time;
 *       all rows of one kind. Rows with an empty x are dropped, as qicharts2 drops rows with a
 *       missing x.
 *   <li>y and n: numbers; an empty cell or {@code NA} is a missing value. n must be &gt; 0.
 * </ul>
 *
 * Every error is an {@link InputException} naming the source, the line and the column.
 */
public final class CsvInput {
  private static final int SNIFF = 1 << 16;

  private CsvInput() {}

  /** Reads the observations of a CSV file, detecting delimiter, decimal separator and dates. */
  public static List<Observation> read(Path file, Columns columns) {
    return read(file, columns, ReadOptions.defaults());
  }

  /** Reads the observations of a CSV file. */
  public static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), columns, options);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads the observations of CSV text, detecting delimiter, decimal separator and dates.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<Observation> read(Reader reader, String source, Columns columns) {
    return read(reader, source, columns, ReadOptions.defaults());
  }

  /**
   * Reads the observations of CSV text.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<Observation> read(
      Reader reader, String source, Columns columns, ReadOptions options) {
    try {
      char[] buffer = new char[SNIFF];
      int length = fill(reader, buffer);
      int start = length > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
      char delimiter =
          options.delimiter() != null
              ? options.delimiter()
              : sniff(buffer, start, Math.min(length, start + SNIFF - 1));
      CsvRecords records = new CsvRecords(reader, source, delimiter, buffer, start, length);
      List<String> header = records.next() ? records.fields() : List.of();
      for (int i = 0; i < header.size(); i++) {
        // blank as String.trim sees it, the test of Commons CSV, the reader before
        if (header.get(i).trim().isEmpty()) {
          throw new InputException(
              source
                  + ": line "
                  + records.line()
                  + ", column "
                  + (i + 1)
                  + ": header name is empty; the header is "
                  + header);
        }
      }
      Table.requireColumns(source, "column", header, columns);
      records.nameColumns(header);
      Character decimal = options.decimalSeparator();
      if (decimal == null && delimiter == ',') {
        decimal = '.';
      }
      Table table =
          new Table(
              source,
              (row, column) -> "line " + row.number() + ", column \"" + column + "\"",
              columns,
              decimal,
              options.dateFormat());
      // A repeated column name means its last column, as Commons CSV, the reader before, chose.
      String[] names = {columns.x(), columns.y(), columns.n(), columns.label()};
      int[] fields = new int[names.length];
      int needed = 0;
      for (int k = 0; k < names.length; k++) {
        fields[k] = names[k] == null ? -1 : header.lastIndexOf(names[k]);
        needed = Math.max(needed, fields[k] + 1);
      }
      int[] from = new int[names.length];
      int[] to = new int[names.length];
      while (records.next()) {
        if (records.size() < needed) {
          throw tooFewFields(source, records, header, names, fields);
        }
        for (int k = 0; k < names.length; k++) {
          from[k] = fields[k] < 0 ? -1 : records.start(fields[k]);
          to[k] = fields[k] < 0 ? -1 : records.end(fields[k]);
        }
        table.add(records.line(), records.chars(), from, to);
      }
      return table.observations();
    } catch (IOException e) {
      throw new InputException(source + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
    }
  }

  /** The error for a line that ends before one of the columns read; names the first of them. */
  private static InputException tooFewFields(
      String source, CsvRecords records, List<String> header, String[] names, int[] fields) {
    int k = 0;
    while (fields[k] < records.size()) {
      k++;
    }
    return new InputException(
        source
            + ": line "
            + records.line()
            + ", column \""
            + names[k]
            + "\": missing; the line has "
            + records.size()
            + (records.size() == 1 ? " field" : " fields")
            + ", the header "
            + header.size());
  }

  /** Reads into {@code buffer} until it is full or the text ends; the number of chars read. */
  private static int fill(Reader reader, char[] buffer) throws IOException {
    int length = 0;
    while (length < buffer.length) {
      int count = reader.read(buffer, length, buffer.length - length);
      if (count < 0) {
        break;
      }
      length += count;
    }
    return length;
  }

  /**
   * The delimiter that occurs most often outside quotes in the first line: {@code ,} on a tie or
   * when none occurs.
   */
  private static char sniff(char[] buffer, int from, int to) {
    char[] candidates = {',', ';', '\t', '|'};
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      char c = buffer[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int k = 0; k < candidates.length; k++) {
          if (c == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < candidates.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return candidates[best];
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
