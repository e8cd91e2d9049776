package qi.core.io;

import java.time.format.DateTimeFormatter;

/**
 * How an input file is read, beyond its columns: the CSV delimiter, the decimal separator, the date
 * format of x and the Excel sheet. Each setting left null is detected from the data. An immutable
 * value: every {@code with} method returns a new one.
 *
 * <h2>Detection</h2>
 *
 * <ul>
 *   <li>Delimiter: {@code ,}, {@code ;}, tab or {@code |}, whichever occurs most often (outside
 *       quotes) in the header line; {@code ,} when none occurs.
 *   <li>Decimal separator: {@code .} for {@code ,}-delimited CSV; otherwise {@code ,} when numbers
 *       such as {@code 3,5} occur and none such as {@code 3.5} (points may then separate thousands,
 *       {@code 1.234,5}), else {@code .}. Numbers in JSON and numeric Excel cells need no
 *       separator.
 *   <li>Dates of x: ISO ({@code 2024-03-01}, {@code 2024-03-01T08:30}) always; day-first {@code
 *       dd/MM/yyyy}, {@code dd.MM.yyyy} and {@code dd-MM-yyyy} (optionally followed by {@code
 *       HH:mm} or {@code HH:mm:ss}) when the whole column settles the order: a first part above 12
 *       means day-first, a second part above 12 month-first. When every date reads both ways (say
 *       {@code 03/04/2024}), reading fails and asks for a date format, except with dots, which only
 *       day-first conventions use. Excel date cells are dates already.
 * </ul>
 *
 * @param delimiter the CSV delimiter; null to detect
 * @param decimalSeparator {@code .} or {@code ,}; null to detect
 * @param dateFormat a {@link DateTimeFormatter} pattern for x (e.g. {@code dd/MM/yyyy}); a pattern
 *     without a day reads periods ({@code yyyy-MM}, {@code MMM yyyy}, {@code yyyy 'Q'Q}, {@code
 *     yyyy/yy} for financial years); null to detect
 * @param sheet the Excel sheet to read; null for the first sheet
 */
public record ReadOptions(
    Character delimiter, Character decimalSeparator, String dateFormat, String sheet) {
  private static final String DELIMITERS = ",;\t|";
  private static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, null);

  public ReadOptions {
    if (delimiter != null && DELIMITERS.indexOf(delimiter) < 0) {
      throw new IllegalArgumentException(
          "delimiter (" + delimiter + ") must be one of , ; | or tab");
    }
    if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException(
          "decimal separator (" + decimalSeparator + ") must be . or ,");
    }
    if (delimiter != null && delimiter.equals(decimalSeparator)) {
      throw new IllegalArgumentException(
          "decimal separator ("
              + decimalSeparator
              + ") must differ from the delimiter ("
              + delimiter
              + ")");
    }
    if (dateFormat != null) {
      try {
        DateTimeFormatter.ofPattern(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "date format (" + dateFormat + ") must be a date pattern such as dd/MM/yyyy", e);
      }
    }
    if (sheet != null && sheet.isBlank()) {
      throw new IllegalArgumentException("sheet (\"" + sheet + "\") must not be blank");
    }
  }

  /** Everything detected: the first sheet, delimiter, decimal separator and date format found. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** These options with the CSV delimiter {@code delimiter} ({@code , ; |} or tab). */
  public ReadOptions withDelimiter(char delimiter) {
    return new ReadOptions(delimiter, decimalSeparator, dateFormat, sheet);
  }

  /** These options with the decimal separator {@code separator} ({@code .} or {@code ,}). */
  public ReadOptions withDecimalSeparator(char separator) {
    return new ReadOptions(delimiter, separator, dateFormat, sheet);
  }

  /** These options with x dates in {@code pattern}, a {@link DateTimeFormatter} pattern. */
  public ReadOptions withDateFormat(String pattern) {
    return new ReadOptions(delimiter, decimalSeparator, pattern, sheet);
  }

  /** These options reading the Excel sheet named {@code name}. */
  public ReadOptions withSheet(String name) {
    return new ReadOptions(delimiter, decimalSeparator, dateFormat, name);
  }
}
