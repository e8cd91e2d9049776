package qi.core.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * Reads observations from CSV with a header row (RFC 4180: quoted fields, Windows or Unix line
 * endings, an optional UTF-8 byte-order mark), parsed by Apache Commons CSV.
 *
 * <ul>
 *   <li>x: a number, an ISO date ({@code 2024-03-01}) or an ISO date-time ({@code 2024-03-01T08:30}
 *       or with a space); all rows of one kind. Rows with an empty x are dropped, as qicharts2
 *       drops rows with a missing x.
 *   <li>y and n: numbers; an empty cell or {@code NA} is a missing value. n must be &gt; 0.
 * </ul>
 *
 * Every error is an {@link InputException} naming the source, the line and the column.
 */
public final class CsvInput {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?");

  private CsvInput() {}

  /** Reads the observations of a CSV file. */
  public static List<Observation> read(Path file, Columns columns) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), columns);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads the observations of CSV text.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<Observation> read(Reader reader, String source, Columns columns) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(withoutBom(reader), format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : new String[] {columns.x(), columns.y(), columns.n(), columns.label()}) {
        if (column != null && !header.contains(column)) {
          throw new InputException(
              source
                  + ": no column \""
                  + column
                  + "\"; the columns are "
                  + String.join(", ", header));
        }
      }
      List<Observation> observations = new ArrayList<>();
      XValue first = null;
      for (CSVRecord record : parser) {
        Cell cell = new Cell(source, record);
        String xText = cell.text(columns.x());
        if (xText.isEmpty() || isMissing(xText)) {
          continue;
        }
        XValue x = cell.x(columns.x(), xText);
        if (first == null) {
          first = x;
        } else if (first.getClass() != x.getClass()) {
          throw cell.error(
              columns.x(),
              "\"" + xText + "\" is " + kind(x) + ", but earlier rows have " + kind(first));
        }
        double y = cell.number(columns.y());
        double n = Double.NaN;
        if (columns.n() != null) {
          n = cell.number(columns.n());
          if (n <= 0) {
            throw cell.error(
                columns.n(), "denominator (" + cell.text(columns.n()) + ") must be > 0");
          }
        }
        String label = columns.label() == null ? null : cell.text(columns.label());
        observations.add(new Observation(x, y, n, label));
      }
      if (observations.isEmpty()) {
        throw new InputException(source + ": no data rows");
      }
      return observations;
    } catch (IOException | UncheckedIOException e) {
      // Commons CSV wraps its parse errors; the wrapper's message repeats the class name.
      Throwable cause =
          e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      throw new InputException(source + ": malformed CSV (" + oneLine(cause.getMessage()) + ")", e);
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Commons CSV rejects a header with an empty or a repeated name this way.
      throw new InputException(source + ": malformed CSV (" + oneLine(e.getMessage()) + ")", e);
    }
  }

  private static boolean isMissing(String text) {
    return text.isEmpty() || text.equalsIgnoreCase("NA");
  }

  private static String kind(XValue x) {
    if (x instanceof XValue.Number) {
      return "a number";
    }
    return x instanceof XValue.Day ? "a date" : "a date-time";
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

  /** One record's cells, with errors that name source, line and column. */
  private record Cell(String source, CSVRecord record) {
    String text(String column) {
      if (!record.isSet(column)) {
        throw new InputException(
            source
                + ": line "
                + line()
                + " has "
                + record.size()
                + " fields, fewer than the header");
      }
      return record.get(column).trim();
    }

    double number(String column) {
      String text = text(column);
      if (isMissing(text)) {
        return Double.NaN;
      }
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(column, "\"" + text + "\" is not a number");
    }

    XValue x(String column, String text) {
      // Only text shaped like YYYY-… can be a date: numbers skip both patterns (a third of the
      // reading time of a million-row file).
      boolean dateShaped = text.length() >= 10 && text.charAt(4) == '-';
      try {
        if (dateShaped && DATE.matcher(text).matches()) {
          // YYYY-MM-DD, digits checked by the pattern: LocalDate.of is many times faster than
          // parsing with a formatter, and rejects 2024-02-30 alike.
          return XValue.of(
              LocalDate.of(
                  Integer.parseInt(text, 0, 4, 10),
                  Integer.parseInt(text, 5, 7, 10),
                  Integer.parseInt(text, 8, 10, 10)));
        }
        if (dateShaped && DATE_TIME.matcher(text).matches()) {
          String iso = text.replace(' ', 'T');
          return XValue.of(
              LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1) : iso));
        }
      } catch (DateTimeException e) {
        throw error(column, "\"" + text + "\" is not a valid date");
      }
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return XValue.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(
          column,
          "\"" + text + "\" is neither a number nor an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
    }

    InputException error(String column, String problem) {
      return new InputException(
          source + ": line " + line() + ", column \"" + column + "\": " + problem);
    }

    /** The record's line in the file: the header is line 1. */
    long line() {
      return record.getRecordNumber() + 1;
    }
  }
}
