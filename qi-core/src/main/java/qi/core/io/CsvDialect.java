package qi.core.io;

/**
 * The CSV that {@link AnalysisCsv} writes: its field separator and the decimal separator of its
 * numbers.
 */
public enum CsvDialect {
  /**
   * RFC 4180: fields separated by {@code ,}, numbers with a decimal point ({@code 61.17}), UTF-8
   * without a byte-order mark. What scripts and most tools read; the default.
   */
  RFC4180("rfc4180", ',', '.', false),
  /**
   * What Excel opens as columns of numbers where the decimal separator is a comma (most of
   * continental Europe): fields separated by {@code ;}, numbers with a decimal comma ({@code
   * 61,17}, {@code 1,5E-4}), and a UTF-8 byte-order mark so that Excel reads names such as {@code
   * Søndre} as UTF-8 rather than the local code page.
   */
  EXCEL_EU("excel-eu", ';', ',', true);

  private final String id;
  private final char separator;
  private final char decimal;
  private final boolean byteOrderMark;

  CsvDialect(String id, char separator, char decimal, boolean byteOrderMark) {
    this.id = id;
    this.separator = separator;
    this.decimal = decimal;
    this.byteOrderMark = byteOrderMark;
  }

  /** The name used on the command line ({@code --csv-dialect excel-eu}). */
  public String id() {
    return id;
  }

  /** The field separator. */
  public char separator() {
    return separator;
  }

  /** The decimal separator of numbers. */
  public char decimal() {
    return decimal;
  }

  /** Whether the output starts with a UTF-8 byte-order mark (U+FEFF). */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }
}
