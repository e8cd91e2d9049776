package qi.core.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of the record FastCSV parsed last, copied into one reused buffer: no object per record
 * or field, so that a million rows cost no more than their characters. {@link #buildRecord} hands
 * out this handler itself, valid until the next record is read.
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

  @Override
  protected void handleBegin(long startingLineNumber) {
    length = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
    int from = offset;
    int to = offset + len;
    if (!quoted) {
      while (from < to && Character.isWhitespace(buf[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(buf[to - 1])) {
        to--;
      }
    }
    if (index == starts.length) {
      starts = Arrays.copyOf(starts, index * 2);
      ends = Arrays.copyOf(ends, index * 2);
    }
    if (length + to - from > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + to - from));
    }
    System.arraycopy(buf, from, chars, length, to - from);
    starts[index] = length;
    length += to - from;
    ends[index] = length;
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
    int size = size();
    List<String> all = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      all.add(new String(chars, starts[i], ends[i] - starts[i]));
    }
    return all;
  }
}
