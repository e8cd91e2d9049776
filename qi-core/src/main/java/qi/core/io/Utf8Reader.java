package qi.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads UTF-8 text as the JDK's readers do, the same chars and the same errors, but turns a run of
 * ASCII bytes, nearly all of a CSV file, into chars in one plain loop: the JDK's decoder takes
 * twice as long on the C1 compiler qi's launcher runs (docs/performance.md). Every other byte goes
 * through the JDK's decoder, which reports a malformed byte sequence (a {@link
 * java.nio.charset.MalformedInputException}, as {@link java.nio.file.Files#newBufferedReader} does)
 * or replaces it with U+FFFD (as {@link java.io.InputStreamReader} does). Not thread-safe: one
 * reader per text.
 */
final class Utf8Reader extends Reader {
  /** Bytes read at a time. */
  private static final int SIZE = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final byte[] bytes = new byte[SIZE];
  private final ByteBuffer byteBuffer = ByteBuffer.wrap(bytes);

  /** Decoded chars: at most one per byte, so SIZE chars hold the decoding of SIZE bytes. */
  private final char[] chars = new char[SIZE];

  private final CharBuffer charBuffer = CharBuffer.wrap(chars);

  /** Bytes at the start of {@link #bytes} read but not decoded: a sequence cut by the read. */
  private int kept;

  /** {@code chars[next, end)} are decoded, not yet read. */
  private int next;

  private int end;
  private boolean ended;

  /**
   * The text of {@code in}, whose malformed byte sequences are {@link CodingErrorAction#REPORT
   * reported} or {@link CodingErrorAction#REPLACE replaced}.
   */
  Utf8Reader(InputStream in, CodingErrorAction malformed) {
    this.in = in;
    this.decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(malformed)
            .onUnmappableCharacter(malformed);
  }

  @Override
  public int read(char[] into, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    if (next == end && !decode()) {
      return -1;
    }
    int count = Math.min(length, end - next);
    System.arraycopy(chars, next, into, offset, count);
    next += count;
    return count;
  }

  /** Reads and decodes the next bytes into {@link #chars}; false at the end of the text. */
  private boolean decode() throws IOException {
    while (!ended) {
      int read = in.read(bytes, kept, SIZE - kept);
      if (read < 0) {
        ended = true;
        byteBuffer.limit(kept).position(0);
        charBuffer.clear();
        check(decoder.decode(byteBuffer, charBuffer, true));
        check(decoder.flush(charBuffer));
      } else {
        int length = kept + read;
        int ascii = 0;
        if (kept == 0) {
          while (ascii < length && bytes[ascii] >= 0) {
            chars[ascii] = (char) bytes[ascii];
            ascii++;
          }
        }
        byteBuffer.limit(length).position(ascii);
        charBuffer.clear().position(ascii);
        if (ascii < length) {
          check(decoder.decode(byteBuffer, charBuffer, false));
        }
        kept = byteBuffer.remaining();
        System.arraycopy(bytes, byteBuffer.position(), bytes, 0, kept);
      }
      next = 0;
      end = charBuffer.position();
      if (end > 0) {
        return true;
      }
    }
    return false;
  }

  private static void check(CoderResult result) throws IOException {
    if (result.isError()) {
      result.throwException();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
