package qi.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qi.core.series.Observation;

/**
 * Reads observations from CSV with a header row, parsed by Apache Commons CSV: quoted fields,
 * Windows or Unix line endings, an optional UTF-8 byte-order mark; the delimiter ({@code ,}, {@code
 * ;}, tab or {@code |}) and the decimal separator detected or given in {@link ReadOptions}.
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
      BufferedReader text = new BufferedReader(withoutBom(reader), SNIFF);
      char delimiter = options.delimiter() != null ? options.delimiter() : sniff(text);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(true)
              .get();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        List<String> header = parser.getHeaderNames();
        Table.requireColumns(source, "column", header, columns);
        List<Table.Row> rows = new ArrayList<>();
        for (CSVRecord record : parser) {
          long line = record.getRecordNumber() + 1;
          rows.add(
              new Table.Row(
                  line,
                  cell(source, record, line, columns.x()),
                  cell(source, record, line, columns.y()),
                  cell(source, record, line, columns.n()),
                  cell(source, record, line, columns.label())));
        }
        Character decimal = options.decimalSeparator();
        if (decimal == null && delimiter == ',') {
          decimal = '.';
        }
        Table table =
            new Table(
                source, (row, column) -> "line " + row.number() + ", column \"" + column + "\"");
        return table.observations(rows, columns, decimal, options.dateFormat());
      }
    } catch (UncheckedIOException e) {
      throw new InputException(
          source + ": malformed CSV (" + oneLine(e.getCause().getMessage()) + ")", e);
    } catch (CSVException e) {
      throw new InputException(source + ": malformed CSV (" + oneLine(e.getMessage()) + ")", e);
    } catch (IOException e) {
      throw new InputException(source + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Commons CSV rejects a header with an empty or a repeated name this way.
      throw new InputException(source + ": malformed CSV (" + oneLine(e.getMessage()) + ")", e);
    }
  }

  private static String cell(String source, CSVRecord record, long line, String column) {
    if (column == null) {
      return null;
    }
    if (!record.isSet(column)) {
      throw new InputException(
          source + ": line " + line + " has " + record.size() + " fields, fewer than the header");
    }
    return record.get(column);
  }

  /**
   * The delimiter that occurs most often outside quotes in the first line: {@code ,} on a tie or
   * when none occurs.
   */
  private static char sniff(BufferedReader text) throws IOException {
    text.mark(SNIFF);
    char[] buffer = new char[SNIFF - 1];
    int length = text.read(buffer, 0, buffer.length);
    text.reset();
    char[] candidates = {',', ';', '\t', '|'};
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < Math.max(length, 0); i++) {
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

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }
}
