package qi.core.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed JSON and hostile workbooks are refused in our words: where (line, column, record) and
 * what, never the parser's advice on its own settings nor its request to open an issue.
 */
class UnreadableInputTest {
  private static final Columns XY = Columns.of("x", "y");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void unexpectedCharacterInJsonNamesLineColumnAndRecord() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": 2},\n {\"x\": 2, \"y\": x}]");

    // column 16 is the x after "y": (1-based, counted by hand)
    assertThatThrownBy(() -> Input.read(file, XY))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ": not valid JSON at line 2, column 16 (record 2): Unrecognized token 'x'");
  }

  @Test
  void nanInJsonGivesNoAdviceOnParserFeatures() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": NaN}]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file + ": not valid JSON at line 1, column 19 (record 1): Non-standard token 'NaN'")
        .message()
        .doesNotContain("JsonReadFeature")
        .doesNotContain("enable");
  }

  @Test
  void truncatedJsonNamesWhereItEnds() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": 2},\n {\"x\": 2, \"y\": 3");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageStartingWith(file + ": not valid JSON at line 2, column ")
        .hasMessageEndingWith("(record 2): Unexpected end-of-input");
  }

  @Test
  void junkBetweenJsonRecordsNamesTheRecordBefore() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": 2} {\"x\": 2, \"y\": 3}]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageContaining("line 1, column 19 (after record 1)");
  }

  @Test
  void overlongJsonNumberGivesNoAdviceOnReadConstraints() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": " + "1".repeat(5000) + "}]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageStartingWith(file + ": a value at ")
        .hasMessageContaining("record 1")
        .hasMessageEndingWith("is too long or nested too deeply to be read")
        .message()
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void zipBombWorkbookIsRefusedInOurWords() throws IOException {
    Path file = dir.resolve("bomb.xlsx");
    // a real workbook whose sheet is padded with 50 MB of blanks: a compression ratio near 1000:1
    Path plain = dir.resolve("plain.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(plain)) {
      var row = book.createSheet("Data").createRow(0);
      row.createCell(0).setCellValue("x");
      row.createCell(1).setCellValue("y");
      book.write(out);
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(in.readAllBytes());
        if (e.getName().endsWith("sheet1.xml")) {
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 50; i++) {
            out.write(blanks);
          }
        }
        out.closeEntry();
      }
    }

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file + ": refused: the workbook would expand to far more than its size (a zip bomb?)");
  }

  @Test
  void truncatedWorkbookIsRefusedWithoutTheParsersText() throws IOException {
    Path plain = dir.resolve("plain.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(plain)) {
      book.createSheet("Data").createRow(0).createCell(0).setCellValue("x");
      book.write(out);
    }
    byte[] bytes = Files.readAllBytes(plain);
    Path file = dir.resolve("cut.xlsx");
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageStartingWith(file + ": ")
        .message()
        .doesNotContain("issue")
        .doesNotContain("Exception")
        .doesNotContain("ZipSecureFile");
  }
}
