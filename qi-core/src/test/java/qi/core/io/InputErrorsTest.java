package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.series.Observation;
import qi.core.series.XValue;

/** Dates, decimals and every input error: one line naming file, row or line, and column. */
class InputErrorsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static final Columns XY = Columns.of("x", "y");

  @Test
  void dayFirstDatesAreReadWhenADayAbove12SettlesTheOrder() throws IOException {
    Path file = write("d.csv", "x,y\n03/04/2024,1\n25/04/2024,2\n");

    assertThat(Input.read(file, XY))
        .extracting(Observation::x)
        .containsExactly(XValue.of(LocalDate.of(2024, 4, 3)), XValue.of(LocalDate.of(2024, 4, 25)));
  }

  @Test
  void monthFirstDatesAreReadWhenAMonthPartAbove12SettlesTheOrder() throws IOException {
    Path file = write("d.csv", "x,y\n03/04/2024,1\n04/25/2024,2\n");

    assertThat(Input.read(file, XY))
        .extracting(Observation::x)
        .containsExactly(XValue.of(LocalDate.of(2024, 3, 4)), XValue.of(LocalDate.of(2024, 4, 25)));
  }

  @Test
  void dottedDatesAreDayFirst() throws IOException {
    Path file = write("d.csv", "x;y\n03.04.2024;1\n04.04.2024 13:30;2\n");

    assertThat(Input.read(file, XY))
        .extracting(Observation::x)
        .containsExactly(
            XValue.of(LocalDateTime.of(2024, 4, 3, 0, 0)),
            XValue.of(LocalDateTime.of(2024, 4, 4, 13, 30)));
  }

  @Test
  void datesThatReadBothWaysAreNotGuessed() throws IOException {
    Path file = write("d.csv", "x,y\n03/04/2024,1\n04/05/2024,2\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ": line 2, column \"x\": dates like \"03/04/2024\" read both day-first and"
                + " month-first")
        .extracting("reason", "dateFormats")
        .containsExactly(
            InputException.Reason.DATE_ORDER_AMBIGUOUS, List.of("dd/MM/yyyy", "MM/dd/yyyy"));
  }

  @Test
  void dateThatDoesNotExistNamesLineAndFormat() throws IOException {
    Path file = write("d.csv", "x,y\n25/01/2024,1\n31/02/2024,2\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file + ": line 3, column \"x\": \"31/02/2024\" is not a date in the format d/M/yyyy");
  }

  @Test
  void dateNotInTheGivenFormatNamesLineAndFormat() throws IOException {
    Path file = write("d.csv", "x,y\n25/01/2024,1\n2024-01-26,2\n");

    assertThatThrownBy(
            () -> Input.read(file, XY, ReadOptions.defaults().withDateFormat("dd/MM/yyyy")))
        .hasMessage(
            file + ": line 3, column \"x\": \"2024-01-26\" is not a date in the format dd/MM/yyyy");
  }

  @Test
  void mixedDateSeparatorsAreRejected() throws IOException {
    Path file = write("d.csv", "x,y\n25/01/2024,1\n26-01-2024,2\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageContaining("line 3, column \"x\": \"26-01-2024\" separates day and month by");
  }

  @Test
  void decimalCommaInACommaDecimalFileIsExplained() throws IOException {
    Path file = write("d.csv", "x;y\n1;2.5\n2;3.5\n3;x,5\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": line 4, column \"y\": \"x,5\" is not a number");
  }

  @Test
  void mixedDecimalSeparatorsNameTheSeparatorUsed() throws IOException {
    Path file = write("d.csv", "x;y\n1;2.5\n2;3,5\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file + ": line 3, column \"y\": \"3,5\" is not a number with decimal separator \".\"")
        .extracting("reason")
        .isEqualTo(InputException.Reason.DECIMAL_COMMA);
  }

  @Test
  void badJsonValueNamesRecordLineAndField() throws IOException {
    Path file = write("d.json", "[\n {\"x\": 1, \"y\": 2},\n {\"x\": 2, \"y\": \"two\"}\n]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": record 2 (line 3), field \"y\": \"two\" is not a number");
  }

  @Test
  void jsonThatIsNotAnArrayIsRejected() throws IOException {
    Path file = write("d.json", "{\"x\": 1}");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageStartingWith(file + ": expected an array of objects");
  }

  @Test
  void missingJsonFieldListsTheFields() throws IOException {
    Path file = write("d.json", "[{\"week\": 1, \"y\": 2}]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": no field \"x\"; the fields are week, y");
  }

  @Test
  void jsonWithAnObjectValueNamesTheField() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": {\"v\": 2}}]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageContaining("record 1 (line 1), field \"y\"")
        .hasMessageContaining("is neither a number nor text");
  }

  private Path workbook(String sheetName, Object y) throws IOException {
    Path file = dir.resolve("d.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      var sheet = book.createSheet(sheetName);
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("x");
      header.createCell(1).setCellValue("y");
      Row one = sheet.createRow(1);
      one.createCell(0).setCellValue(1);
      one.createCell(1).setCellValue(10);
      Row two = sheet.createRow(2);
      two.createCell(0).setCellValue(2);
      if (y instanceof String s) {
        two.createCell(1).setCellValue(s);
      } else {
        two.createCell(1).setCellValue((Boolean) y);
      }
      book.write(out);
    }
    return file;
  }

  @Test
  void badExcelCellNamesSheetRowColumnAndCell() throws IOException {
    Path file = workbook("Data", "ten");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            "" + file + ": sheet \"Data\", row 3, column \"y\" (cell B3): \"ten\" is not a number");
  }

  @Test
  void booleanExcelCellIsRejected() throws IOException {
    Path file = workbook("Data", true);

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageContaining("row 3, column \"y\" (cell B3): a boolean cell is neither");
  }

  @Test
  void missingSheetListsTheSheets() throws IOException {
    Path file = workbook("Data", "1");

    assertThatThrownBy(() -> Input.read(file, XY, ReadOptions.defaults().withSheet("2024")))
        .hasMessage(file + ": no sheet \"2024\"; the sheets are Data");
  }

  @Test
  void excelTextNumbersAreRead() throws IOException {
    Path file = workbook("Data", "12.5");

    assertThat(Input.read(file, XY)).extracting(Observation::y).containsExactly(10.0, 12.5);
  }

  @Test
  void fileThatIsNotAWorkbookIsNamed() throws IOException {
    Path file = write("d.xlsx", "x,y\n1,2\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": not an Excel workbook (.xlsx or .xls), or a damaged one");
  }

  @Test
  void optionsAreCheckedWithTheirValues() {
    assertThatThrownBy(() -> ReadOptions.defaults().withDelimiter('x'))
        .hasMessage("delimiter (x) must be one of , ; | or tab");
    assertThatThrownBy(() -> ReadOptions.defaults().withDecimalSeparator(';'))
        .hasMessage("decimal separator (;) must be . or ,");
    assertThatThrownBy(() -> ReadOptions.defaults().withDelimiter(',').withDecimalSeparator(','))
        .hasMessage("decimal separator (,) must differ from the delimiter (,)");
    assertThatThrownBy(() -> ReadOptions.defaults().withDateFormat("dd/MM/yyyy{"))
        .hasMessageStartingWith("date format (dd/MM/yyyy{) must be a date pattern");
    assertThatThrownBy(() -> ReadOptions.defaults().withSheet(" "))
        .hasMessage("sheet (\" \") must not be blank");
  }

  @Test
  void datesWithTheDayInBothPlacesAreRejected() throws IOException {
    Path file = write("d.csv", "x,y\n25/01/2024,1\n01/26/2024,2\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file
                + ": line 3, column \"x\": dates \"25/01/2024\" and \"01/26/2024\" put the day in"
                + " different places")
        .extracting("reason")
        .isEqualTo(InputException.Reason.DATE_ORDER_MIXED);
  }

  @Test
  void jsonRecordThatIsNotAnObjectIsNamed() throws IOException {
    Path file = write("d.json", "[{\"x\": 1, \"y\": 2},\n 3]");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": record 2 (line 2) is not an object");
  }

  @Test
  void emptySheetIsNamed() throws IOException {
    Path file = dir.resolve("empty.xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Blank");
      book.write(out);
    }

    assertThatThrownBy(() -> Input.read(file, XY)).hasMessage(file + ": sheet \"Blank\" is empty");
  }

  // "March 2024" was refused before issue 23; now a month, so a label that is no period
  @Test
  void unreadableDateTextNamesTheFormatsKnown() throws IOException {
    Path file = write("d.csv", "x,y\nWeek 12 2024,1\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageContaining(
            "line 2, column \"x\": \"Week 12 2024\" is neither a number nor a date")
        .extracting("reason")
        .isEqualTo(InputException.Reason.DATE_NOT_RECOGNIZED);
  }

  @Test
  void tabDelimitedFilesAreDetected() throws IOException {
    Path file = write("d.tsv", "x\ty\n1\t2,5\n2\t3\n");

    assertThat(Input.read(file, XY)).extracting(Observation::y).containsExactly(2.5, 3.0);
  }

  @Test
  void lineWithTooFewFieldsNamesTheMissingColumn() throws IOException {
    Path file = write("d.csv", "x,y\n1,2\n3\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": line 3, column \"y\": missing; the line has 1 field, the header 2");
  }

  @Test
  void emptyHeaderNameNamesItsColumn() throws IOException {
    Path file = write("d.csv", "x,,y\n1,2,3\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": line 1, column 2: header name is empty; the header is [x, , y]");
  }

  @Test
  void infiniteXNamesLineAndColumn() throws IOException {
    Path file = write("d.csv", "x,y\n1,2\n1e309,3\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(file + ": line 3, column \"x\": \"1e309\" is not a finite number");
  }

  @Test
  void linesAreCountedInTheFileAcrossEmptyLinesAndQuotedLineBreaks() throws IOException {
    Path file = write("d.csv", "x,y,note\n1,2,\"two\nlines\"\n\n2,oops,\n");

    // line 1 header, 2-3 the quoted note, 4 empty, 5 the bad y
    assertThatThrownBy(() -> Input.read(file, Columns.of("x", "y")))
        .hasMessage(file + ": line 5, column \"y\": \"oops\" is not a number");
  }

  @Test
  void repeatedColumnNameIsRefusedAsAGuess() throws IOException {
    Path file = write("d.csv", "x,y,y\n1,2,3\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessage(
            file
                + ": column \"y\" appears more than once in the header (columns 2 and 3); rename"
                + " one, as which is meant would be a guess");
  }

  @Test
  void decimalPointAfterDecimalCommasNamesTheFirstCommaRow() throws IOException {
    // ReadOptions: one number such as 4.5 makes "." the separator of the whole column, so the
    // first decimal comma, two lines earlier, is the error.
    Path file = write("d.csv", "x;y\n1;7\n2;2,5\n3;3,5\n4;4.5\n");

    assertThatThrownBy(() -> Input.read(file, XY))
        .hasMessageStartingWith(
            file + ": line 3, column \"y\": \"2,5\" is not a number with decimal separator \".\"");
  }
}
