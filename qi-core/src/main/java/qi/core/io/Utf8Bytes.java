package qi.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable array of UTF-8 bytes in which {@link AnalysisCsv} builds a row and {@link JsonFields}
 * a point: the numbers' digits and the field names are already bytes, so a million rows are copied
 * rather than encoded character by character through a general writer. One instance per document,
 * on one thread.
 */
final class Utf8Bytes {
  private byte[] bytes = new byte[512];
  private int length;

  /** Empties it, keeping its capacity. */
  void clear() {
    length = 0;
  }

  int length() {
    return length;
  }

  /** Drops the bytes from {@code length} on. */
  void truncate(int length) {
    this.length = length;
  }

  /** The bytes, valid up to {@link #length()}; the array is reused, never hand it on. */
  byte[] array() {
    return bytes;
  }

  Utf8Bytes append(byte b) {
    room(1);
    bytes[length++] = b;
    return this;
  }

  Utf8Bytes append(byte[] more) {
    return append(more, 0, more.length);
  }

  Utf8Bytes append(byte[] more, int from, int count) {
    room(count);
    System.arraycopy(more, from, bytes, length, count);
    length += count;
    return this;
  }

  /** A non-negative int in decimal; a negative one as {@link Integer#toString}. */
  Utf8Bytes append(int value) {
    if (value < 0) {
      return append(Integer.toString(value).getBytes(StandardCharsets.US_ASCII));
    }
    int digits = 1;
    for (int rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    room(digits);
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += digits;
    return this;
  }

  /**
   * Appends {@code text} if every character is printable ASCII other than {@code "} and {@code \}
   * (a number, an ISO date, a rule's id), which JSON and CSV write as they are; else appends
   * nothing and answers false, and the caller quotes or escapes it.
   */
  boolean appendPlain(String text) {
    int n = text.length();
    room(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
        return false;
      }
      bytes[length + i] = (byte) c;
    }
    length += n;
    return true;
  }

  /** Appends any text, encoded as UTF-8. */
  Utf8Bytes append(String text) {
    return appendPlain(text) ? this : append(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the bytes to {@code out} and empties it. */
  void writeTo(OutputStream out) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    length = 0;
  }

  /**
   * Writes the bytes to {@code out} as characters and empties it; the bytes must end where a
   * character ends (a whole row or object).
   */
  void writeTo(Writer out) {
    try {
      out.write(new String(bytes, 0, length, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    length = 0;
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
