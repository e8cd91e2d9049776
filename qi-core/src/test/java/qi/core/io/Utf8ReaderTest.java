package qi.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Reader} against the JDK's UTF-8 decoders it stands in for: with malformed input
 * reported, that of {@link java.nio.file.Files#newBufferedReader}; with it replaced, that of {@link
 * InputStreamReader}. The same chars, or the same error, however the bytes arrive (reads of a few
 * bytes cut multi-byte sequences anywhere).
 */
class Utf8ReaderTest {
  @Provide
  Arbitrary<String> text() {
    // ASCII, two-byte (é), three-byte (€, U+2028) and four-byte (a surrogate pair) sequences
    return Arbitraries.of("a", "1", ",", "\n", "\u00e9", "\u20ac", "\u2028", "\uD83D\uDE00")
        .list()
        .ofMaxSize(200)
        .map(parts -> String.join("", parts));
  }

  @Property(seed = "1616", tries = 500)
  void readsAnyTextAsTheJdkDecodes(
      @ForAll("text") String text, @ForAll @IntRange(min = 1, max = 7) int bytesPerRead)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(read(new Trickle(bytes, bytesPerRead))).isEqualTo(text);
  }

  @Property(seed = "1616", tries = 500)
  void replacingReadsAnyBytesAsInputStreamReaderDoes(
      @ForAll byte[] bytes, @ForAll @IntRange(min = 1, max = 7) int bytesPerRead)
      throws IOException {
    StringWriter expected = new StringWriter();
    try (Reader jdk = new InputStreamReader(new ByteArrayInputStream(bytes), UTF_8)) {
      jdk.transferTo(expected);
    }
    StringWriter actual = new StringWriter();
    try (Reader reader =
        new Utf8Reader(new Trickle(bytes, bytesPerRead), CodingErrorAction.REPLACE)) {
      reader.transferTo(actual);
    }

    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Property(seed = "1616", tries = 500)
  void anyBytesGiveTheJdkDecodersCharsOrItsError(
      @ForAll byte[] bytes, @ForAll @IntRange(min = 1, max = 7) int bytesPerRead) {
    String expected;
    try {
      expected = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      expected = e.toString();
    }

    String actual;
    try {
      actual = read(new Trickle(bytes, bytesPerRead));
    } catch (IOException e) {
      actual = e.toString();
    }

    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void readsATextLongerThanItsBufferWithSequencesAcrossItsEdges() throws IOException {
    // 300,000 chars: every 777th a four-byte sequence, so some straddle the 65,536-byte reads
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      text.append(i % 777 == 0 ? "\uD83D\uDE00" : i % 101 == 0 ? "\u00e9" : "x");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(read(new ByteArrayInputStream(bytes))).isEqualTo(text.toString());
  }

  private static String read(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Reader reader = new Utf8Reader(in, CodingErrorAction.REPORT)) {
      char[] buffer = new char[5];
      int count;
      while ((count = reader.read(buffer, 0, buffer.length)) >= 0) {
        text.append(buffer, 0, count);
      }
    }
    return text.toString();
  }

  /** The bytes, at most {@code perRead} of them per read. */
  private static final class Trickle extends ByteArrayInputStream {
    private final int perRead;

    Trickle(byte[] bytes, int perRead) {
      super(bytes);
      this.perRead = perRead;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) {
      return super.read(into, offset, Math.min(length, perRead));
    }
  }
}
