package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import qi.core.series.Observation;

/**
 * Fuzzing of the JSON and Excel readers ({@link Input#read(java.io.InputStream, String,
 * InputFormat, Columns, ReadOptions)}): whatever the bytes, a reader returns observations or throws
 * an {@link InputException} whose message is one line naming the source. JSON is stitched from the
 * fragments that break JSON readers; Excel workbooks are a valid one (made here with POI) with
 * bytes overwritten, cut short, or replaced by noise.
 */
class OtherReadersFuzzTest {
  private static final Columns COLUMNS = new Columns("x", "y", "n", null);

  private static final String[] JSON_FRAGMENTS = {
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"x\"",
    "\"y\"",
    "\"n\"",
    "\"x\":",
    "\"y\":",
    "\"n\":",
    "1",
    "-3",
    "0",
    "1.5",
    "1e309",
    "\"2024-01-31\"",
    "\"2024-02-30\"",
    "\"NA\"",
    "null",
    "true",
    "\"\"",
    "\"a\\u0000b\"",
    "\"\\ud800\"",
    "[]",
    "{}",
    "\n",
    " ",
    "\"1,5\"",
    "NaN",
    "\uFEFF",
    "{\"x\":1,\"y\":2,\"n\":3}",
    "{\"x\":\"2024-01-01\",\"y\":2}",
    "//",
    "/*"
  };

  @Provide
  Arbitrary<String> jsonText() {
    return Arbitraries.of(JSON_FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(seed = "4243", tries = 1000)
  void anyJsonGivesObservationsOrAOneLineInputError(@ForAll("jsonText") String text) {
    assertReadsOrRejects(text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON, "fuzz.json");
  }

  @Provide
  Arbitrary<byte[]> brokenWorkbooks() {
    byte[] workbook = workbook();
    Arbitrary<byte[]> overwritten =
        Arbitraries.integers()
            .between(0, workbook.length - 1)
            .list()
            .ofMinSize(1)
            .ofMaxSize(8)
            .map(
                positions -> {
                  byte[] copy = workbook.clone();
                  positions.forEach(p -> copy[p] = (byte) (copy[p] ^ 0x5a));
                  return copy;
                });
    Arbitrary<byte[]> cut =
        Arbitraries.integers()
            .between(0, workbook.length - 1)
            .map(length -> java.util.Arrays.copyOf(workbook, length));
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    return Arbitraries.oneOf(overwritten, cut, noise);
  }

  @Property(seed = "4244", tries = 150)
  void anyWorkbookBytesGiveObservationsOrAOneLineInputError(
      @ForAll("brokenWorkbooks") byte[] bytes) {
    assertReadsOrRejects(bytes, InputFormat.EXCEL, "fuzz.xlsx");
  }

  /** A small valid workbook: a header and three rows of x, y, n. */
  private static byte[] workbook() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("data");
      String[] header = {"x", "y", "n"};
      var first = sheet.createRow(0);
      for (int c = 0; c < 3; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int r = 1; r <= 3; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue(r * 2);
        row.createCell(2).setCellValue(10);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertReadsOrRejects(byte[] bytes, InputFormat format, String source) {
    List<Observation> observations;
    try {
      observations =
          Input.read(
              new ByteArrayInputStream(bytes), source, format, COLUMNS, ReadOptions.defaults());
    } catch (InputException e) {
      assertThat(e.getMessage())
          .startsWith(source)
          .doesNotContain("\n", "\r")
          .doesNotContain("Exception");
      return;
    } catch (RuntimeException e) {
      fail("not an InputException for " + source + " (" + bytes.length + " bytes)", e);
      return;
    }
    assertThat(observations).isNotEmpty();
    for (Observation o : observations) {
      assertThat(Double.isInfinite(o.y()) || Double.isInfinite(o.n())).isFalse();
    }
  }
}
