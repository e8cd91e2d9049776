package qi.core.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import qi.core.internal.Delimiters;
import qi.core.series.Observation;

/**
 * Reads observations from CSV with a header row: quoted fields, Windows or Unix line endings, an
 * optional UTF-8 byte-order mark; the delimiter ({@code ,}, {@code ;}, tab or {@code |}) and the
 * decimal separator detected or given in {@link ReadOptions}. The text is read once, in one pass
 * that keeps each row as its values only. FastCSV splits the text into fields by the rules of the
 * format qi first read with Commons CSV ({@code RFC4180} with ignored surrounding spaces and empty
 * lines); in a text of more than 65,536 records, it splits the rest on a second thread while the
 * calling thread reads the values, with the same results and the same errors (see {@code
 * CsvRecords}).
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
  /** The chars read first, to detect the delimiter. */
  private static final int SNIFF = 1 << 16;

  /**
   * The data records read on the calling thread alone; the records after them, in a longer text,
   * are split into fields on a second thread while the caller reads the cells ({@link CsvRecords}).
   * A text this short takes a few tens of milliseconds on one thread, and its hand-overs between
   * threads, each of which may wait for a core on a busy machine, cost more than the second thread
   * saves (docs/performance.md, "Reading on both cores").
   */
  private static final int PIPELINE_AFTER = 1 << 16;

  private CsvInput() {}

  /** Reads the observations of a CSV file, detecting delimiter, decimal separator and dates. */
  public static List<Observation> read(Path file, Columns columns) {
    return read(file, columns, ReadOptions.defaults());
  }

  /** Reads the observations of a CSV file. */
  public static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    try (Reader reader = new Utf8Reader(Files.newInputStream(file), CodingErrorAction.REPORT)) {
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
    return read(reader, source, columns, options, PIPELINE_AFTER, RecordBlock.RECORDS);
  }

  /**
   * {@link #read(Reader, String, Columns, ReadOptions)}, splitting the text on a second thread
   * ({@link CsvRecords}) after its first {@code pipelineAfter} data records, in blocks of at most
   * {@code blockRecords} records: tests read small texts both ways.
   */
  static List<Observation> read(
      Reader reader,
      String source,
      Columns columns,
      ReadOptions options,
      int pipelineAfter,
      int blockRecords) {
    try {
      PushbackReader in = new PushbackReader(reader, SNIFF);
      char[] buffer = new char[SNIFF];
      int length = fill(in, buffer);
      int start = length > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
      char delimiter =
          options.delimiter() != null
              ? options.delimiter()
              : Delimiters.sniff(
                  CharBuffer.wrap(buffer, start, Math.min(length, start + SNIFF - 1) - start));
      in.unread(buffer, start, length - start);
      CsvRecords records = new CsvRecords(source, delimiter, in);
      List<String> header = records.header();
      for (int i = 0; i < header.size(); i++) {
        // blank as String.trim sees it, the test of Commons CSV, the reader before
        if (header.get(i).trim().isEmpty()) {
          throw new InputException(
              source
                  + ": line "
                  + records.headerLine()
                  + ", column "
                  + (i + 1)
                  + ": header name is empty; the header is "
                  + header);
        }
      }
      Header.requireColumns(source, "column", header, columns);
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
      records.addTo(table, columns, pipelineAfter, blockRecords);
      return table.observations();
    } catch (IOException e) {
      throw CsvRecords.cannotRead(source, e);
    }
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
}
