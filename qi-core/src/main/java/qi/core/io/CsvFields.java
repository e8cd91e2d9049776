package qi.core.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the records FastCSV parses, appended one record after the other to a reused buffer
 * until {@link #restart} starts it again: no object per record or field, so that a million rows
 * cost no more than their characters, and a block of records ({@link RecordBlock}) is handed on in
 * one piece. {@link #buildRecord} hands out this handler itself; {@link #start} and {@link #end}
 * describe the record read last, until the next one is read.
 *
 * <p>Whitespace ({@link Character#isWhitespace}) around an unquoted field is dropped, as the format
 * qi first read with Commons CSV did; FastCSV keeps it, and drops only the whitespace around
 * quotes.
 */
final class CsvFields extends AbstractBaseCsvCallbackHandler<CsvFields> {
  private char[] chars = new char[256];
  private int length;
  private int[] starts = new int[16];
  private int[] ends = new int[16];

  /** Appends the records read from now on to {@code into}, from its start. */
  void restart(char[] into) {
    chars = into;
    length = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    int from = offset;
    int to = offset + len;
    if (!quoted) {
      while (from < to && isWhitespace(buf[from])) {
        from++;
      }
      while (to > from && isWhitespace(buf[to - 1])) {
        to--;
      }
    }
    if (index == starts.length) {
      starts = Arrays.copyOf(starts, index * 2);
      ends = Arrays.copyOf(ends, index * 2);
    }
    int end = length + to - from;
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end));
    }
    System.arraycopy(buf, from, chars, length, to - from);
    starts[index] = length;
    ends[index] = end;
    length = end;
  }

  /**
   * {@link Character#isWhitespace}, answered without a table for the printable ASCII characters of
   * nearly every cell.
   */
  private static boolean isWhitespace(char c) {
    return (c <= ' ' || c >= 0x7f) && Character.isWhitespace(c);
  }

  @Override
  protected CsvFields buildRecord() {
    return this;
  }

  /** The number of fields of the record read last, or read so far while it is being read. */
  int size() {
    return getFieldCount();
  }

  /** The line on which the record read last (or being read) starts. */
  long line() {
    return getStartingLineNumber();
  }

  /**
   * The characters of the records read since {@link #restart}; field {@code i} of the record read
   * last is {@code [start(i), end(i))}. The buffer of {@code restart} while they fit, a larger one
   * after.
   */
  char[] chars() {
    return chars;
  }

  /** The number of characters of the records read since {@link #restart}. */
  int length() {
    return length;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** The fields of the record read last, as text. */
  List<String> fields() {
    int size = size();
    List<String> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(new String(chars, starts[i], ends[i] - starts[i]));
    }
    return all;
  }
}
