package qi.core.io;

import java.util.List;

/**
 * Input that qi cannot read: a missing file or column, a value that is not a number or a date, a
 * denominator that is not positive. The message is one line naming the source, the line and the
 * column, and the value; it states what was found, not how a particular program would settle it.
 * For the problems that a read option settles, {@link #reason()} says which, so that a program can
 * add its own advice (the qi command line names its options {@code --decimal} and {@code
 * --date-format}; a library user calls {@link ReadOptions#withDecimalSeparator} or {@link
 * ReadOptions#withDateFormat}).
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems that a read option settles, and {@link #OTHER} for every other problem. */
  public enum Reason {
    /** A number such as {@code 3,5} read with the decimal separator {@code .}. */
    DECIMAL_COMMA,
    /** A number such as {@code 3.5} read with the decimal separator {@code ,}. */
    DECIMAL_POINT,
    /**
     * An x that is neither a number nor a date nor a period that qi recognizes: a date format would
     * read it.
     */
    DATE_NOT_RECOGNIZED,
    /**
     * Dates such as {@code 03/04/2024} that read both day-first and month-first; {@link
     * #dateFormats()} are the two readings.
     */
    DATE_ORDER_AMBIGUOUS,
    /** Dates that put the day in different places in one column: only a date format settles it. */
    DATE_ORDER_MIXED,
    /**
     * Labels such as {@code 2010/11} that read as a month and as a financial year; {@link
     * #dateFormats()} are the month and the financial-year readings, in that order.
     */
    MONTH_OR_FINANCIAL_YEAR,
    /** Any other problem: the message says it all. */
    OTHER
  }

  /** The problem, for a program that adds its own advice. */
  private final Reason reason;

  /** The date formats that would read the value, in the order {@link Reason} documents. */
  @SuppressWarnings("serial") // an immutable List.of, serializable in practice
  private final List<String> dateFormats;

  /**
   * An error whose message is {@code message} with every line break (and the space around it) made
   * one space.
   */
  public InputException(String message) {
    this(message, Reason.OTHER, List.of());
  }

  public InputException(String message, Throwable cause) {
    super(oneLine(message), cause);
    this.reason = Reason.OTHER;
    this.dateFormats = List.of();
  }

  /** An error of a known {@code reason}, which {@code dateFormats} would settle (or none). */
  InputException(String message, Reason reason, List<String> dateFormats) {
    super(oneLine(message));
    this.reason = reason;
    this.dateFormats = List.copyOf(dateFormats);
  }

  /** Which problem this is; {@link Reason#OTHER} for all but those a read option settles. */
  public Reason reason() {
    return reason;
  }

  /**
   * The date formats that would read the value ({@code dd/MM/yyyy} and {@code MM/dd/yyyy} for
   * {@link Reason#DATE_ORDER_AMBIGUOUS}, {@code yyyy/MM} and {@code yyyy/yy} for {@link
   * Reason#MONTH_OR_FINANCIAL_YEAR}); empty for the other reasons.
   */
  public List<String> dateFormats() {
    return dateFormats;
  }

  /** Quoted cells and header names can hold line breaks; a message must stay one line. */
  private static String oneLine(String message) {
    return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
