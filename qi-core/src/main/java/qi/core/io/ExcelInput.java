package qi.core.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import qi.core.series.Observation;

/**
 * Reads observations from one sheet of an Excel workbook ({@code .xlsx}, or the older {@code .xls})
 * with Apache POI. The header is the sheet's first non-empty row. Date cells are read as dates
 * (date-times if any has a time of day), numeric cells as numbers, formulas by their cached value,
 * and text cells as a CSV cell is.
 *
 * <p>Every error is an {@link InputException} naming the file, the sheet, the row as Excel numbers
 * it and the column with its cell reference ({@code C7}).
 *
 * <h2>Apache POI</h2>
 *
 * POI is an optional dependency of qi-core (about 15 MiB with its own dependencies), so that the
 * engine stays small: add {@value #POI_DEPENDENCY} to read workbooks (qi-cli ships it). Without it,
 * reading a workbook throws an {@link InputException} that names the dependency. On the module
 * path, POI's module is read by qi-core once it is resolved: {@code requires org.apache.poi.ooxml}
 * in your module, or {@code --add-modules org.apache.poi.ooxml}.
 */
public final class ExcelInput {
  /** The Maven coordinates of the POI that qi-core is built and tested with. */
  public static final String POI_DEPENDENCY = "org.apache.poi:poi-ooxml:5.5.1";

  /** A class of poi-ooxml (the .xlsx reader), which brings the rest of POI with it. */
  private static final String POI_CLASS = "org.apache.poi.xssf.usermodel.XSSFWorkbook";

  private ExcelInput() {}

  /** Reads the observations of the sheet {@link ReadOptions#sheet()} (default: the first). */
  public static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    requirePoi(file.toString());
    return ExcelWorkbook.read(file, columns, options);
  }

  /**
   * Reads the observations of a workbook.
   *
   * @param source the name used in messages
   */
  public static List<Observation> read(
      InputStream in, String source, Columns columns, ReadOptions options) {
    requirePoi(source);
    return ExcelWorkbook.read(in, source, columns, options);
  }

  /** Whether Apache POI can be loaded, so that workbooks can be read. */
  public static boolean isAvailable() {
    try {
      Class<?> poi = Class.forName(POI_CLASS, false, ExcelInput.class.getClassLoader());
      return ExcelInput.class.getModule().canRead(poi.getModule());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static void requirePoi(String source) {
    if (!isAvailable()) {
      throw new InputException(
          source
              + ": reading an Excel workbook needs Apache POI: add the dependency "
              + POI_DEPENDENCY
              + " (on the module path, resolved: --add-modules org.apache.poi.ooxml),"
              + " or save the sheet as CSV");
    }
  }
}
