package qi.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits CSV text into records, one at a time, into one reused buffer: no object per record or
 * field, so that a million rows cost no more than their characters.
 *
 * <p>The rules are those of Apache Commons CSV 1.14 with the format qi used before this class
 * ({@code RFC4180} with the header, ignored surrounding spaces and ignored empty lines; checked
 * against it by {@code CsvRecordsTest}):
 *
 * <ul>
 *   <li>a record ends at {@code \n}, {@code \r\n} or a lone {@code \r}; empty lines are skipped;
 *   <li>whitespace ({@link Character#isWhitespace}) around an unquoted field is dropped, a quote
 *       inside an unquoted field is kept as it is;
 *   <li>a quoted field keeps everything between its quotes, line breaks included, with {@code ""}
 *       read as {@code "}; only whitespace may follow the closing quote before the delimiter;
 *   <li>a delimiter at the very end of the text adds an empty last field.
 * </ul>
 *
 * Errors name the line and the column (by header name once the header is known).
 */
final class CsvRecords {
  private static final int EOF = -1;

  /** The character before the first: the text starts at the start of a line. */
  private static final int UNDEFINED = -2;

  /** A field followed by a delimiter: the record goes on. */
  private static final int FIELD = 0;

  /** The last field of a record. */
  private static final int END = 1;

  /** The end of the text, with no field. */
  private static final int END_EMPTY = 2;

  private final Reader in;
  private final String source;
  private final char delimiter;
  private final char[] buffer;
  private int position;
  private int limit;

  /** The last character read: after a line break, a line break starts an empty line. */
  private int lastChar = UNDEFINED;

  /** Whether the last field ended at a delimiter: then the end of the text is one more field. */
  private boolean lastTokenDelimiter;

  /** The line of the next character: {@code \n}, {@code \r\n} and a lone {@code \r} end one. */
  private long line = 1;

  private List<String> header = List.of();
  private char[] chars = new char[256];
  private int length;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int fields;
  private long recordLine;

  /**
   * Records of {@code in}, whose first characters have already been read into {@code
   * buffer[position, limit)}.
   */
  CsvRecords(Reader in, String source, char delimiter, char[] buffer, int position, int limit) {
    this.in = in;
    this.source = source;
    this.delimiter = delimiter;
    this.buffer = buffer;
    this.position = position;
    this.limit = limit;
  }

  /** The column names that errors use from now on, for the fields they name. */
  void nameColumns(List<String> names) {
    header = names;
  }

  /** Reads the next record; false at the end of the text. */
  boolean next() throws IOException {
    fields = 0;
    length = 0;
    recordLine = -1;
    int type;
    do {
      int start = length;
      type = nextToken();
      if (type != END_EMPTY) {
        if (fields == starts.length) {
          starts = Arrays.copyOf(starts, fields * 2);
          ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = length;
        fields++;
      }
    } while (type == FIELD);
    return fields > 0;
  }

  /** The number of fields of the record read last. */
  int size() {
    return fields;
  }

  /** The line on which the record read last starts. */
  long line() {
    return recordLine;
  }

  /** The characters of the record read last; field {@code i} is {@code [start(i), end(i))}. */
  char[] chars() {
    return chars;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** The fields of the record read last, as text. */
  List<String> fields() {
    List<String> all = new ArrayList<>(fields);
    for (int i = 0; i < fields; i++) {
      all.add(new String(chars, starts[i], ends[i] - starts[i]));
    }
    return all;
  }

  /** Reads one field, as Commons CSV's {@code Lexer.nextToken}; appends its content. */
  private int nextToken() throws IOException {
    int last = lastChar;
    int c = read();
    boolean eol = endOfLine(c);
    while (eol && startOfLine(last)) {
      last = c;
      c = read();
      eol = endOfLine(c);
      if (c == EOF) {
        return END_EMPTY;
      }
    }
    if (last == EOF || !lastTokenDelimiter && c == EOF) {
      return END_EMPTY;
    }
    if (recordLine < 0) {
      recordLine = line;
    }
    boolean isDelimiter = false;
    while (!eol && isWhitespace(c)) {
      if (delimiter(c)) {
        isDelimiter = true;
        break;
      }
      c = read();
      eol = endOfLine(c);
    }
    if (isDelimiter || delimiter(c)) {
      return FIELD;
    }
    if (eol || c == EOF) {
      return END;
    }
    if (c == '"') {
      return quoted();
    }
    return unquoted(c);
  }

  /** Reads an unquoted field from its first character, which is none of delimiter, EOL, quote. */
  private int unquoted(int first) throws IOException {
    append((char) first);
    int type;
    while (true) {
      // Copy the run of ordinary characters in the buffer at once: most of a file is such runs.
      int end = position;
      while (end < limit && !ends(buffer[end])) {
        end++;
      }
      if (end > position) {
        appendRun(position, end);
        lastChar = buffer[end - 1];
        position = end;
      }
      int c = read();
      if (endOfLine(c) || c == EOF) {
        type = END;
        break;
      }
      if (c == delimiter) {
        lastTokenDelimiter = true;
        type = FIELD;
        break;
      }
      append((char) c);
    }
    while (length > 0 && isWhitespace(chars[length - 1])) {
      length--;
    }
    return type;
  }

  /** Whether {@code c} ends an unquoted field. */
  private boolean ends(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  private int quoted() throws IOException {
    long start = line;
    while (true) {
      int c = read();
      if (c == '"') {
        if (peek() != '"') {
          return afterQuote();
        }
        c = read();
      } else if (c == EOF) {
        throw error(start, "quoted value not closed: no closing \" before the end of the file");
      }
      append((char) c);
    }
  }

  private int afterQuote() throws IOException {
    while (true) {
      int c = read();
      if (delimiter(c)) {
        return FIELD;
      }
      if (c == EOF || endOfLine(c)) {
        return END;
      }
      if (!isWhitespace(c)) {
        throw error(
            line,
            "\""
                + (char) c
                + "\" after the closing quote; a quote inside a quoted value is written \"\"");
      }
    }
  }

  private InputException error(long at, String problem) {
    String column =
        fields < header.size() ? "\"" + header.get(fields) + "\"" : String.valueOf(fields + 1);
    return new InputException(source + ": line " + at + ", column " + column + ": " + problem);
  }

  private boolean delimiter(int c) {
    lastTokenDelimiter = c == delimiter;
    return lastTokenDelimiter;
  }

  /** Whether {@code c} ends a line, reading the {@code \n} of {@code \r\n}. */
  private boolean endOfLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
      return true;
    }
    return c == '\n' || c == '\r';
  }

  private static boolean startOfLine(int c) {
    return c == '\n' || c == '\r' || c == UNDEFINED;
  }

  /** {@link Character#isWhitespace} of a char, as Commons CSV tests it; false at the end. */
  private static boolean isWhitespace(int c) {
    return c != EOF && Character.isWhitespace((char) c);
  }

  private void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }

  private void appendRun(int from, int to) {
    int count = to - from;
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
    System.arraycopy(buffer, from, chars, length, count);
    length += count;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      lastChar = EOF;
      return EOF;
    }
    char c = buffer[position++];
    if (c == '\r' || c == '\n' && lastChar != '\r') {
      line++;
    }
    lastChar = c;
    return c;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    int count = in.read(buffer, 0, buffer.length);
    if (count <= 0) {
      return false;
    }
    position = 0;
    limit = count;
    return true;
  }
}
