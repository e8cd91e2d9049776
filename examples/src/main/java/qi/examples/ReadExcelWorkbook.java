package qi.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.io.ReadOptions;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.series.Series;

/**
 * A U chart of infections per 1,000 patient days from a sheet of an Excel workbook.
 *
 * <ul>
 *   <li>reading {@code .xlsx} with {@link Input#read(Path, Columns, ReadOptions)}: real date cells,
 *       numeric cells
 *   <li>choosing the sheet with {@link ReadOptions#withSheet} (the workbook's first sheet is notes)
 *   <li>{@code multiply(1000)}: rates per 1,000 patient days
 *   <li>the workbook itself is made here with Apache POI, in {@code examples/target/qi-examples/}
 * </ul>
 */
public final class ReadExcelWorkbook {
  private ReadExcelWorkbook() {}

  private static final int[] INFECTIONS = {4, 6, 3, 5, 7, 4, 2, 5, 6, 3, 4, 5, 3, 2, 4, 3};
  private static final int[] PATIENT_DAYS = {
    1510, 1620, 1480, 1555, 1700, 1530, 1390, 1610, 1660, 1450, 1500, 1580, 1540, 1470, 1600, 1490
  };

  public static void main(String[] args) {
    Path workbook = Outputs.FOLDER.resolve("infections.xlsx");
    write(workbook);
    Analysis analysis =
        ControlChart.of(
                ChartType.U,
                Series.ofRatios(
                    Input.read(
                        workbook,
                        Columns.of("month", "infections").withN("patient_days"),
                        ReadOptions.defaults().withSheet("Infections"))))
            .multiply(1000)
            .analyze();
    Verdict.lines(analysis).forEach(System.out::println);
    System.out.println("Written: " + Outputs.json("u-chart-excel.json", analysis));
  }

  private static void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      try (Workbook book = new XSSFWorkbook();
          OutputStream out = Files.newOutputStream(file)) {
        book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Infection control");
        Sheet sheet = book.createSheet("Infections");
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmm yyyy"));
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("month");
        header.createCell(1).setCellValue("infections");
        header.createCell(2).setCellValue("patient_days");
        for (int i = 0; i < INFECTIONS.length; i++) {
          Row row = sheet.createRow(i + 1);
          row.createCell(0).setCellValue(LocalDate.of(2024, 1, 1).plusMonths(i));
          row.getCell(0).setCellStyle(date);
          row.createCell(1).setCellValue(INFECTIONS[i]);
          row.createCell(2).setCellValue(PATIENT_DAYS[i]);
        }
        book.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
