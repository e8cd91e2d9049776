package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The input options every command shares: formats, dialects, event logs, and their errors. */
class InputOptionsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new JsonMapper().readTree(run.out());
  }

  @Test
  void europeanCsvIsReadWithForcedOptionsAsWithDetection() throws IOException {
    Path file =
        write("tider.csv", "uke;minutter\n01.01.2024;20,5\n08.01.2024;21,5\n15.01.2024;19\n");

    JsonNode detected =
        json(
            CliRun.of(
                "analyze", file.toString(), "--x", "uke", "--y", "minutter", "--format", "json"));
    JsonNode forced =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--x",
                "uke",
                "--y",
                "minutter",
                "--format",
                "json",
                "--delimiter",
                ";",
                "--decimal",
                ",",
                "--date-format",
                "dd.MM.yyyy"));

    assertThat(forced).isEqualTo(detected);
    assertThat(detected.at("/points/0/x").asString()).isEqualTo("2024-01-01");
    assertThat(detected.at("/points/0/y").asDouble()).isEqualTo(20.5);
    assertThat(detected.at("/parts/0/cl").asDouble()).isEqualTo(20.5); // median of 20.5, 21.5, 19
  }

  @Test
  void countTurnsAnEventLogIntoAUChartInOneCommand() throws IOException {
    // Week of 1 Jan: 2 falls on rows with 100 + 50 bed days; week of 8 Jan: none; 15 Jan: 1 (80).
    Path file = write("falls.csv", "date,bed_days\n2024-01-01,100\n2024-01-03,50\n2024-01-15,80\n");

    JsonNode u =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--count",
                "--x",
                "date",
                "--period",
                "week",
                "--n",
                "bed_days",
                "--chart",
                "u",
                "--multiply",
                "1000",
                "--format",
                "json"));

    assertThat(u.at("/points/0/y").asDouble()).isEqualTo(2.0 / 150 * 1000);
    assertThat(u.at("/points/1/y").isNull()).isTrue(); // no rows that week: no bed days
    assertThat(u.at("/points/2/y").asDouble()).isEqualTo(1.0 / 80 * 1000);
  }

  @Test
  void countWithoutDenominatorCountsRowsAndFillsEmptyWeeksWithZero() throws IOException {
    Path file = write("log.csv", "date\n2024-01-01\n2024-01-02\n2024-01-15\n");

    JsonNode c =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--count",
                "--x",
                "date",
                "--period",
                "week",
                "--chart",
                "c",
                "--format",
                "json"));

    assertThat(c.at("/points").findValuesAsString("x"))
        .containsExactly("2024-01-01", "2024-01-08", "2024-01-15");
    assertThat(c.at("/points").findValues("y"))
        .extracting(JsonNode::asDouble)
        .containsExactly(2.0, 0.0, 1.0);
  }

  @Test
  void excelSheetIsReadWithRealDateCells() throws IOException {
    Path file = dir.resolve("waits.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Readme").createRow(0).createCell(0).setCellValue("see sheet 2025");
      Sheet sheet = book.createSheet("2025");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
      sheet.createRow(0).createCell(0).setCellValue("week");
      sheet.getRow(0).createCell(1).setCellValue("minutes");
      for (int i = 0; i < 3; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(LocalDate.of(2025, 1, 6).plusWeeks(i));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(20 + i);
      }
      book.write(out);
    }

    JsonNode run =
        json(
            CliRun.of(
                "analyze",
                file.toString(),
                "--sheet",
                "2025",
                "--x",
                "week",
                "--y",
                "minutes",
                "--format",
                "json"));

    assertThat(run.at("/points").findValuesAsString("x"))
        .containsExactly("2025-01-06", "2025-01-13", "2025-01-20");
    assertThat(run.at("/parts/0/cl").asDouble()).isEqualTo(21.0); // median of 20, 21, 22
  }

  @Test
  void missingSheetListsTheSheets() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Data").createRow(0).createCell(0).setCellValue("x");
      book.write(out);
    }

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--sheet", "2024", "--x", "x", "--y", "y"),
        "book.xlsx: no sheet \"2024\"; the sheets are Data");
  }

  @Test
  void standardInputIsReadAsCsvInAnyDialect() {
    InputStream original = System.in;
    System.setIn(
        new ByteArrayInputStream(
            "uke;min\r\n06.01.2025;20,5\r\n13.01.2025;21,5\r\n".getBytes(StandardCharsets.UTF_8)));
    try {
      JsonNode run =
          json(CliRun.of("analyze", "-", "--x", "uke", "--y", "min", "--format", "json"));

      assertThat(run.at("/points/1/y").asDouble()).isEqualTo(21.5);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void folderEmptyFileAndUnclosedQuoteAreNamed() throws IOException {
    Files.createDirectory(dir.resolve("folder"));
    Path empty = write("empty.csv", "");
    Path quote = write("quote.csv", "x,y\n1,\"2\n3,4\n");

    assertBadInput(
        CliRun.of("analyze", dir.resolve("folder").toString(), "--x", "x", "--y", "y"),
        "folder: is a folder, not a file");
    assertBadInput(
        CliRun.of("analyze", empty.toString(), "--x", "x", "--y", "y"), "empty.csv: no header row");
    assertBadInput(
        CliRun.of("analyze", quote.toString(), "--x", "x", "--y", "y"),
        "quote.csv: line 2, column \"y\": quoted value not closed: no closing \" before the end of"
            + " the file");
  }

  @Test
  void countWithYIsRejected() throws IOException {
    Path file = write("log.csv", "date,y\n2024-01-01,1\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--count", "--x", "date", "--y", "y"),
        "--y (y) cannot be combined with --count");
  }

  @Test
  void yIsRequiredWithoutCount() throws IOException {
    Path file = write("log.csv", "date,y\n2024-01-01,1\n");

    assertBadInput(CliRun.of("analyze", file.toString(), "--x", "date"), "'--y=COL'", "--count");
  }

  @Test
  void sheetOnACsvFileIsRejected() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--sheet", "Data"),
        "--sheet (Data) needs an Excel file");
  }

  @Test
  void unknownDelimiterIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--delimiter", ":"),
        "'--delimiter'",
        "':' is not one of , ; | tab");
  }

  @Test
  void unknownDecimalSeparatorIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--decimal", ";"),
        "'--decimal'",
        "';' is not one of . ,");
  }

  @Test
  void badDatePatternIsNamed() throws IOException {
    Path file = write("data.csv", "x,y\n1,2\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y", "--date-format", "dd/MM{"),
        "'--date-format'",
        "date format (dd/MM{)");
  }

  @Test
  void ambiguousDatesAskForADateFormat() throws IOException {
    Path file = write("data.csv", "x,y\n01/02/2024,2\n02/02/2024,3\n");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "data.csv: line 2, column \"x\"",
        "--date-format dd/MM/yyyy");
  }

  @Test
  void badJsonValueNamesRecordAndField() throws IOException {
    Path file = write("data.json", "[{\"x\": 1, \"y\": 2},\n{\"x\": 2, \"y\": true}]");

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "x", "--y", "y"),
        "data.json: record 2 (line 2), field \"y\"");
  }
}
