package qi.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats qi reads, chosen by file extension. */
public enum InputFormat {
  /** Comma-, semicolon-, tab- or bar-separated text with a header row ({@link CsvInput}). */
  CSV,
  /** An array of objects, one per row, with the same fields ({@link JsonInput}). */
  JSON,
  /**
   * An Excel workbook, {@code .xlsx} (or the older {@code .xls}), one sheet ({@link ExcelInput}).
   */
  EXCEL;

  /**
   * The format of a file, by extension: {@code .json} is JSON, {@code .xlsx} and {@code .xls} are
   * Excel, anything else ({@code .csv}, {@code .txt}, {@code .tsv}, none) is CSV.
   */
  public static InputFormat of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return EXCEL;
    }
    return CSV;
  }
}
