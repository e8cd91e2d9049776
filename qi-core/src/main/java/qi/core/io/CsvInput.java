package qi.core.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qi.core.internal.Delimiters;
import qi.core.series.Observation;

/**
 * Reads observations from CSV with a header row: quoted fields, Windows or Unix line endings, an
 * optional UTF-8 byte-order mark; the delimiter ({@code ,}, {@code ;}, tab or {@code |}) and the
 * decimal separator detected or given in {@link ReadOptions}. The text is read once, in one pass
 * that keeps each row as its values only. FastCSV splits the text into fields by the rules of the
 * format qi first read with Commons CSV ({@code RFC4180} with ignored surrounding spaces and empty
 * lines).
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

  /** The longest field read, in chars: FastCSV's default, which bounds a quote never closed. */
  private static final int MAX_FIELD = 16 * 1024 * 1024;

  /**
   * FastCSV's message for text after a closing quote, which ends with the character in hex; the
   * character itself may be a line separator (U+2028), hence DOTALL.
   */
  private static final Pattern AFTER_QUOTE =
      Pattern.compile(
          "^Unexpected character after closing quote: .*\\(0x(\\p{XDigit}+)\\)$", Pattern.DOTALL);

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
    CsvFields record = new CsvFields();
    List<String> header = List.of();
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
      Iterator<CsvFields> records = tokenizer(delimiter).build(record, in).iterator();
      header = records.hasNext() ? records.next().fields() : List.of();
      for (int i = 0; i < header.size(); i++) {
        // blank as String.trim sees it, the test of Commons CSV, the reader before
        if (header.get(i).trim().isEmpty()) {
          throw new InputException(
              source
                  + ": line "
                  + record.line()
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
      // A selected column is named once (requireColumns refuses a repeated one).
      String[] names = {columns.x(), columns.y(), columns.n(), columns.label()};
      int[] fields = new int[names.length];
      int needed = 0;
      for (int k = 0; k < names.length; k++) {
        fields[k] = names[k] == null ? -1 : header.indexOf(names[k]);
        needed = Math.max(needed, fields[k] + 1);
      }
      int[] from = new int[names.length];
      int[] to = new int[names.length];
      while (records.hasNext()) {
        records.next();
        if (record.size() < needed) {
          throw tooFewFields(source, record, header, names, fields);
        }
        for (int k = 0; k < names.length; k++) {
          from[k] = fields[k] < 0 ? -1 : record.start(fields[k]);
          to[k] = fields[k] < 0 ? -1 : record.end(fields[k]);
        }
        table.add(record.line(), record.chars(), from, to);
      }
      return table.observations();
    } catch (CsvParseException e) {
      throw malformed(source, record, header, e);
    } catch (UncheckedIOException e) {
      throw cannotRead(source, e.getCause());
    } catch (IOException e) {
      throw cannotRead(source, e);
    }
  }

  /**
   * FastCSV's reader, with the rules of the format qi first read with Commons CSV: {@code "}
   * quotes, whitespace around quotes dropped (the rest of the whitespace {@link CsvFields} drops),
   * empty lines skipped, and an error for a quote never closed or text after a closing quote. Rows
   * may have any number of fields: {@link #tooFewFields} names the column a short row lacks.
   */
  private static CsvReader.CsvReaderBuilder tokenizer(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .trimWhitespacesAroundQuotes(true)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .maxBufferSize(MAX_FIELD);
  }

  /**
   * The error for text FastCSV cannot split into fields, at the field being read when it stopped.
   * FastCSV tells the kinds apart only in its messages; those it gives are reworded as qi's.
   */
  private static InputException malformed(
      String source, CsvFields record, List<String> header, CsvParseException e) {
    Throwable cause = e;
    while (cause.getCause() instanceof CsvParseException inner) {
      cause = inner;
    }
    String message = oneLine(cause.getMessage());
    Matcher afterQuote = AFTER_QUOTE.matcher(message);
    String problem;
    if (message.startsWith("Unclosed quoted field")) {
      problem = "quoted value not closed: no closing \" before the end of the file";
    } else if (message.startsWith("The maximum buffer size")) {
      problem = "value longer than " + MAX_FIELD + " characters; is a quote not closed?";
    } else if (afterQuote.find()) {
      problem =
          "\""
              + (char) Integer.parseInt(afterQuote.group(1), 16)
              + "\" after the closing quote; a quote inside a quoted value is written \"\"";
    } else {
      problem = message;
    }
    int field = record.size();
    String column =
        field < header.size() ? "\"" + header.get(field) + "\"" : String.valueOf(field + 1);
    return new InputException(
        source + ": line " + record.line() + ", column " + column + ": " + problem, e);
  }

  private static InputException cannotRead(String source, IOException e) {
    return new InputException(source + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
  }

  /** The error for a line that ends before one of the columns read; names the first of them. */
  private static InputException tooFewFields(
      String source, CsvFields record, List<String> header, String[] names, int[] fields) {
    int k = 0;
    while (fields[k] < record.size()) {
      k++;
    }
    return new InputException(
        source
            + ": line "
            + record.line()
            + ", column \""
            + names[k]
            + "\": missing; the line has "
            + record.size()
            + (record.size() == 1 ? " field" : " fields")
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

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }
}
