package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The same 24 weeks of falls and bed days, written as a ,-CSV, a ;-CSV with decimal commas and
 * day-first dates, an Excel workbook with real date cells (made here with POI) and a JSON array,
 * read back into the same observations and so the same analyses.
 */
class InputFormatsTest {
  @TempDir Path dir;

  /** The data every format holds: week starts, a rate with one decimal, bed days. */
  private final List<LocalDate> weeks = new ArrayList<>();

  private final List<Double> minutes = new ArrayList<>();
  private final List<Integer> falls = new ArrayList<>();
  private final List<Integer> bedDays = new ArrayList<>();

  @BeforeEach
  void data() {
    for (int i = 0; i < 24; i++) {
      weeks.add(LocalDate.of(2024, 1, 1).plusWeeks(i));
      minutes.add(20 + (i * 7 % 11) / 10.0 + (i >= 16 ? 1.5 : 0)); // shifted from week 17
      falls.add(3 + i * 5 % 7);
      bedDays.add(2600 + (i * 37 % 90) * 10); // four digits: 1.234,0 in German
    }
  }

  private Path commaCsv() throws IOException {
    StringBuilder text = new StringBuilder("week,minutes,falls,bed_days\n");
    for (int i = 0; i < weeks.size(); i++) {
      text.append(weeks.get(i)).append(',').append(minutes.get(i)).append(',');
      text.append(falls.get(i)).append(',');
      text.append(bedDays.get(i)).append('\n');
    }
    return write("falls.csv", text.toString());
  }

  /** As exported by a spreadsheet in a European locale: BOM, CRLF, quotes, 1.234,5 numbers. */
  private Path semicolonCsv() throws IOException {
    DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    StringBuilder text = new StringBuilder("\uFEFF\"week\";\"minutes\";\"falls\";\"bed_days\"\r\n");
    for (int i = 0; i < weeks.size(); i++) {
      String rate = String.format(Locale.GERMANY, "%.1f", minutes.get(i));
      String days = String.format(Locale.GERMANY, "%,.1f", (double) bedDays.get(i));
      text.append(weeks.get(i).format(dayFirst)).append(';').append('"').append(rate).append('"');
      text.append(';').append(falls.get(i)).append(';').append(days).append("\r\n");
    }
    return write("falls-de.csv", text.toString());
  }

  /** A workbook of two sheets, the data in the second: {@code .xlsx}, or the older {@code .xls}. */
  private Path workbook(String name, Workbook empty) throws IOException {
    Path file = dir.resolve(name);
    try (Workbook book = empty;
        OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this sheet");
      Sheet sheet = book.createSheet("Falls");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("week");
      header.createCell(1).setCellValue("minutes");
      header.createCell(2).setCellValue("falls");
      header.createCell(3).setCellValue("bed_days");
      for (int i = 0; i < weeks.size(); i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(weeks.get(i));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(minutes.get(i));
        row.createCell(2).setCellValue(falls.get(i));
        row.createCell(3).setCellValue(bedDays.get(i));
      }
      book.write(out);
    }
    return file;
  }

  private Path json() throws IOException {
    StringBuilder text = new StringBuilder("[\n");
    for (int i = 0; i < weeks.size(); i++) {
      text.append(
          String.format(
              Locale.ROOT,
              "  {\"week\": \"%s\", \"minutes\": %s, \"falls\": %d, \"bed_days\": %d}%s%n",
              weeks.get(i),
              minutes.get(i),
              falls.get(i),
              bedDays.get(i),
              i + 1 < weeks.size() ? "," : ""));
    }
    return write("falls.json", text.append("]\n").toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final Columns MINUTES = Columns.of("week", "minutes");
  private static final Columns FALLS = Columns.of("week", "falls").withN("bed_days");

  private List<List<Observation>> readAll(Columns columns) throws IOException {
    ReadOptions sheet = ReadOptions.defaults().withSheet("Falls");
    return List.of(
        Input.read(commaCsv(), columns),
        Input.read(semicolonCsv(), columns),
        Input.read(workbook("falls.xlsx", new XSSFWorkbook()), columns, sheet),
        Input.read(workbook("falls.xls", new HSSFWorkbook()), columns, sheet),
        Input.read(json(), columns));
  }

  @Test
  void everyFormatGivesTheObservationsWrittenIntoIt() throws IOException {
    List<Observation> expectedMinutes = new ArrayList<>();
    List<Observation> expectedFalls = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      XValue week = XValue.of(weeks.get(i));
      expectedMinutes.add(Observation.of(week, minutes.get(i)));
      expectedFalls.add(Observation.ofRatio(week, falls.get(i), bedDays.get(i)));
    }

    assertThat(readAll(MINUTES)).allSatisfy(read -> assertThat(read).isEqualTo(expectedMinutes));
    assertThat(readAll(FALLS)).allSatisfy(read -> assertThat(read).isEqualTo(expectedFalls));
  }

  @Test
  void everyFormatGivesTheSameAnalyses() throws IOException {
    List<List<Observation>> minuteReads = readAll(MINUTES);
    Analysis iChart = ControlChart.of(ChartType.I, Series.of(minuteReads.get(0))).analyze();
    for (List<Observation> read : minuteReads) {
      assertThat(ControlChart.of(ChartType.I, Series.of(read)).analyze()).isEqualTo(iChart);
    }
    List<List<Observation>> fallReads = readAll(FALLS);
    Analysis uChart = ControlChart.of(ChartType.U, Series.ofRatios(fallReads.get(0))).analyze();
    for (List<Observation> read : fallReads) {
      assertThat(ControlChart.of(ChartType.U, Series.ofRatios(read)).analyze()).isEqualTo(uChart);
    }
    assertThat(iChart.points()).hasSize(24);
    assertThat(uChart.points()).hasSize(24);
  }

  @Test
  void forcedSettingsReadWhatDetectionWouldNot() throws IOException {
    Path file = write("us.csv", "day|value\n03/04/2024|1,5\n03/05/2024|2,5\n");
    ReadOptions options =
        ReadOptions.defaults()
            .withDelimiter('|')
            .withDecimalSeparator(',')
            .withDateFormat("MM/dd/yyyy");

    assertThat(Input.read(file, Columns.of("day", "value"), options))
        .containsExactly(
            Observation.of(XValue.of(LocalDate.of(2024, 3, 4)), 1.5),
            Observation.of(XValue.of(LocalDate.of(2024, 3, 5)), 2.5));
  }
}
