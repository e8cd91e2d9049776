package qi.core.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The x value of an observation: a number, a calendar date or a date-time. Values of one series are
 * all of one kind; they sort in their natural order.
 */
public sealed interface XValue extends Comparable<XValue> {

  /** An x value on the number line (an index, a year, a subgroup number). */
  record Number(double value) implements XValue {
    public Number {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("x (" + value + ") must be finite");
      }
    }

    @Override
    public String text() {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : Double.toString(value);
    }
  }

  /** An x value that is a calendar date. */
  record Day(LocalDate date) implements XValue {
    @Override
    public String text() {
      return date.toString();
    }
  }

  /** An x value that is a date and a time of day (no time zone: read as UTC, as qicharts2). */
  record Time(LocalDateTime time) implements XValue {
    @Override
    public String text() {
      return time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
  }

  static XValue of(double value) {
    return new Number(value);
  }

  static XValue of(LocalDate date) {
    return new Day(date);
  }

  static XValue of(LocalDateTime time) {
    return new Time(time);
  }

  /**
   * Reads an x value written as an ISO date ({@code 2024-03-01}), an ISO date-time ({@code
   * 2024-03-01T08:30}) or a number.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  static XValue parse(String text) {
    String t = text.trim();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return of(LocalDate.parse(t));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
        return of(LocalDateTime.parse(t.replace(' ', 'T')));
      }
      return of(Double.parseDouble(t));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "x (" + text + ") must be a number, an ISO date (YYYY-MM-DD) or date-time");
    }
  }

  /** The value as text: an integer without a decimal point, a decimal, or an ISO date/date-time. */
  String text();

  /** Whether this is a date or a date-time, the kinds that {@link Period} can bucket. */
  default boolean isTemporal() {
    return !(this instanceof Number);
  }

  /** The start of the period that holds this date or date-time, as a date. */
  default XValue bucket(Period period) {
    if (this instanceof Day day) {
      return new Day(period.start(day.date()));
    }
    if (this instanceof Time time) {
      return new Day(period.start(time.time().toLocalDate()));
    }
    throw new IllegalArgumentException(
        "period (" + period.id() + ") needs dates as x values, not numbers like " + text());
  }

  @Override
  default int compareTo(XValue other) {
    int kinds = Integer.compare(kindOrder(this), kindOrder(other));
    if (kinds != 0) {
      return kinds;
    }
    if (this instanceof Number a && other instanceof Number b) {
      return Double.compare(a.value(), b.value());
    }
    if (this instanceof Day a && other instanceof Day b) {
      return a.date().compareTo(b.date());
    }
    return ((Time) this).time().compareTo(((Time) other).time());
  }

  private static int kindOrder(XValue value) {
    if (value instanceof Number) {
      return 0;
    }
    return value instanceof Day ? 1 : 2;
  }
}
