package qi.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import qi.core.series.Observation;

/**
 * The part of {@link ExcelInput} that uses Apache POI: loaded only once {@code ExcelInput} has
 * found POI, since qi-core runs without it (an optional dependency).
 */
final class ExcelWorkbook {
  private ExcelWorkbook() {}

  static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), columns, options);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static List<Observation> read(
      InputStream in, String source, Columns columns, ReadOptions options) {
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = sheet(workbook, source, options.sheet());
      String sheetName = sheet.getSheetName();
      Row headerRow = null;
      for (Row row : sheet) {
        if (row.getPhysicalNumberOfCells() > 0) {
          headerRow = row;
          break;
        }
      }
      if (headerRow == null) {
        throw new InputException(source + ": sheet \"" + sheetName + "\" is empty");
      }
      DataFormatter formatter = new DataFormatter();
      List<String> header = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>();
      for (Cell cell : headerRow) {
        String name = formatter.formatCellValue(cell).trim();
        if (!name.isEmpty()) {
          header.add(name);
          indexes.add(cell.getColumnIndex());
        }
      }
      Header.requireColumns(source + ": sheet \"" + sheetName + "\"", "column", header, columns);
      int[] at = {
        index(header, indexes, columns.x()),
        index(header, indexes, columns.y()),
        index(header, indexes, columns.n()),
        index(header, indexes, columns.label())
      };
      Table table =
          new Table(
              source,
              (row, column) -> {
                int index = indexes.get(header.indexOf(column));
                return location(sheetName, row.number(), column, index);
              },
              columns,
              options.decimalSeparator(),
              options.dateFormat());
      for (Row row : sheet) {
        if (row.getRowNum() <= headerRow.getRowNum()) {
          continue;
        }
        long number = row.getRowNum() + 1L;
        table.add(
            new Table.Row(
                number,
                value(source, sheetName, row, at[0], columns.x()),
                value(source, sheetName, row, at[1], columns.y()),
                value(source, sheetName, row, at[2], columns.n()),
                value(source, sheetName, row, at[3], columns.label())));
      }
      return table.observations();
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException input) {
        throw input;
      }
      throw new InputException(source + ": " + unreadable(e), e);
    }
  }

  /**
   * Why POI could not read a workbook, in our words: POI's messages name its own settings and ask
   * to "open an issue", which is no help to someone with a corrupt file.
   */
  private static String unreadable(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable c = e; c != null && chain.length() < 10_000; c = c.getCause()) {
      chain.append(c.getClass().getSimpleName()).append(' ').append(c.getMessage()).append('\n');
      if (c.getCause() == c) {
        break;
      }
    }
    String all = chain.toString().toLowerCase(java.util.Locale.ROOT);
    if (all.contains("zip bomb") || all.contains("ratio of compressed")) {
      return "refused: the workbook would expand to far more than its size (a zip bomb?)";
    }
    if (all.contains("encrypted") || all.contains("password")) {
      return "the workbook is encrypted or password-protected; save an unprotected copy";
    }
    if (all.contains("tried to allocate")
        || all.contains("exceed")
        || all.contains("outofmemory")
        || all.contains("too large")) {
      return "refused: the workbook holds a part too large to read safely";
    }
    return "not an Excel workbook (.xlsx or .xls), or a damaged one";
  }

  private static Sheet sheet(Workbook workbook, String source, String name) {
    if (workbook.getNumberOfSheets() == 0) {
      throw new InputException(source + ": the workbook has no sheets");
    }
    if (name == null) {
      return workbook.getSheetAt(0);
    }
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      List<String> names = new ArrayList<>();
      workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
      throw new InputException(
          source + ": no sheet \"" + name + "\"; the sheets are " + String.join(", ", names));
    }
    return sheet;
  }

  private static int index(List<String> header, List<Integer> indexes, String column) {
    return column == null ? -1 : indexes.get(header.indexOf(column));
  }

  private static String location(String sheet, long row, String column, int index) {
    return "sheet \""
        + sheet
        + "\", row "
        + row
        + ", column \""
        + column
        + "\" (cell "
        + CellReference.convertNumToColString(index)
        + row
        + ")";
  }

  private static Object value(String source, String sheet, Row row, int index, String column) {
    if (index < 0) {
      return null;
    }
    Cell cell = row.getCell(index);
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    switch (type) {
      case BLANK:
        return null;
      case NUMERIC:
        return DateUtil.isCellDateFormatted(cell)
            ? cell.getLocalDateTimeCellValue()
            : cell.getNumericCellValue();
      case STRING:
        return cell.getStringCellValue();
      default:
        throw new InputException(
            source
                + ": "
                + location(sheet, row.getRowNum() + 1L, column, index)
                + ": "
                + (type == CellType.ERROR ? "an error value" : "a " + type.name().toLowerCase())
                + " cell is neither a number, a date nor text");
    }
  }
}
