package qi.core.series;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The x value of an observation: a number, a calendar date, a date-time or a whole period (a month,
 * quarter, ISO week or financial year written as a label). Values of one series are all of one
 * kind; they sort in their natural order: numbers by value, the others by the time they start.
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

  /**
   * An x value that is a whole period, such as the month {@code Jan 2023}, read by {@link
   * PeriodLabels}. Its text is the label as written, so charts and outputs show it as the data did;
   * two spans are equal when they are the same period, however written.
   *
   * @param unit the kind of period: {@link Period#MONTH}, {@link Period#QUARTER}, {@link
   *     Period#WEEK} (ISO), or {@link Period#YEAR} (a financial year when {@code start} is not 1
   *     January)
   * @param start the first day of the period
   * @param label the period as written
   */
  record Span(Period unit, LocalDate start, String label) implements XValue {
    public Span {
      if (unit == null || unit == Period.DAY || start == null || label == null) {
        throw new IllegalArgumentException(
            "span ("
                + unit
                + ", "
                + start
                + ", "
                + label
                + ") must be a week or longer with a start"
                + " and a label");
      }
    }

    @Override
    public String text() {
      return label;
    }

    /**
     * The period of this one's kind that holds {@code date}, written {@code label}: the month of a
     * date given with monthly data, say.
     */
    public Span holding(LocalDate date, String label) {
      LocalDate first =
          unit == Period.YEAR && start.getDayOfYear() != 1
              ? start.withYear(
                  date.isBefore(start.withYear(date.getYear()))
                      ? date.getYear() - 1
                      : date.getYear())
              : unit.start(date);
      return new Span(unit, first, label);
    }

    /** What the period is, for messages: {@code a month}, {@code a financial year}, … */
    public String kind() {
      return switch (unit) {
        case WEEK -> "an ISO week";
        case YEAR -> start.getDayOfYear() == 1 ? "a year" : "a financial year";
        default -> "a " + unit.id();
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Span s && unit == s.unit && start.equals(s.start);
    }

    @Override
    public int hashCode() {
      return unit.hashCode() * 31 + start.hashCode();
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
   * 2024-03-01T08:30}), a number, or a period in one of the forms of {@link PeriodLabels}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these, or when it reads as
   *     two periods ({@code 2011/12}: December 2011 or the financial year 2011/12)
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
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("x (" + text + ") is not a valid date", e);
    }
    java.util.List<Span> spans = PeriodLabels.readings(t);
    if (spans.size() == 1) {
      return spans.get(0);
    }
    if (spans.size() > 1) {
      throw new IllegalArgumentException(
          "x ("
              + text
              + ") reads as "
              + spans.get(0).kind()
              + " and as "
              + spans.get(1).kind()
              + ": choose with a date format (yyyy/MM for months, yyyy/yy for financial years)");
    }
    try {
      return of(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "x ("
              + text
              + ") must be a number, an ISO date (YYYY-MM-DD) or date-time, or a period such as"
              + " 2023-01, Jan 2023, 2023 Q1, 2025-W05 or 2023/24");
    }
  }

  /**
   * Reads an x value written in a {@link DateTimeFormatter} pattern: a date, a date-time when the
   * pattern has hours, or a period when it has no day ({@link PeriodLabels#isPeriodPattern}). Years
   * written {@code yyyy} are read strictly (no 31 February).
   *
   * @throws IllegalArgumentException saying that the text is not in the format
   */
  static XValue parse(String text, String pattern) {
    String t = text.trim();
    if (PeriodLabels.isPeriodPattern(pattern)) {
      return PeriodLabels.read(t, pattern);
    }
    try {
      java.time.temporal.TemporalAccessor parsed =
          Formatters.of(pattern).parseBest(t, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof LocalDateTime time) {
        return of(time);
      }
      // A column whose pattern allows a time of day holds date-times, some at midnight.
      return pattern.contains("H")
          ? of(((LocalDate) parsed).atStartOfDay())
          : of((LocalDate) parsed);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("\"" + t + "\" is not a date in the format " + pattern, e);
    }
  }

  /**
   * Reads an x value given apart from the data (a rebase date, an annotation's x) the way the
   * data's x values were read: in their date format if there is one, otherwise as a number, an ISO
   * date or date-time, or a period ({@code Jan 2023}, {@code 2023 Q1}, {@code 2025-W05}, {@code
   * 2023/24}). A label with two readings ({@code 2011/12}: a month and a financial year) takes the
   * reading of the data's periods, and an ISO date given for period data falls in the period that
   * holds it. What {@code qi analyze --rebase} reads.
   *
   * @param name what the value is, for messages (an option's name such as {@code --rebase})
   * @param dateFormat the data's date pattern, or null
   * @param like an x value of the data, whose kind the value must share
   * @throws IllegalArgumentException naming {@code name} and the text, when it reads as no x value
   *     or as one of another kind than {@code like}
   */
  static XValue parseLike(String name, String text, String dateFormat, XValue like) {
    XValue value = null;
    String problem = null;
    if (dateFormat != null) {
      try {
        value = parse(text, dateFormat);
      } catch (IllegalArgumentException e) {
        problem = "in the format " + dateFormat + " or as an ISO date (YYYY-MM-DD)";
      }
    }
    if (value == null) {
      List<Span> spans = PeriodLabels.readings(text);
      for (Span span : spans) {
        if (like instanceof Span data && span.unit() == data.unit()) {
          value = span;
        }
      }
      try {
        value = value != null ? value : parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            name
                + " ("
                + text
                + ") must be an x value written like the data's ("
                + like.text()
                + ")"
                + (problem != null ? " " + problem : "")
                + (spans.size() > 1 ? ": it reads as a month and as a financial year" : ""),
            e);
      }
    }
    if (like instanceof Span data && value instanceof Day day) {
      return data.holding(day.date(), text.trim());
    }
    if (value instanceof Number != like instanceof Number) {
      throw new IllegalArgumentException(
          name
              + " ("
              + text
              + ") must be "
              + (like instanceof Number ? "a number" : "a date or period")
              + " like the data's x values ("
              + like.text()
              + ")");
    }
    return value;
  }

  /** The value as text: an integer without a decimal point, a decimal, or an ISO date/date-time. */
  String text();

  /** Whether this is a date, a date-time or a period, the kinds that {@link Period} can bucket. */
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
    if (this instanceof Span span) {
      if (period == span.unit()) {
        return span;
      }
      if (period.compareTo(span.unit()) < 0) {
        throw new IllegalArgumentException(
            "period ("
                + period.id()
                + ") must not be shorter than the x values, which are each "
                + span.kind()
                + " ("
                + text()
                + ")");
      }
      return new Day(period.start(span.start()));
    }
    throw new IllegalArgumentException(
        "period (" + period.id() + ") needs dates as x values, not numbers like " + text());
  }

  /**
   * Numbers first, by value; then dates, date-times and periods by when they start (so a date can
   * be compared with months, as {@code --rebase 2023-06-01} is), ties broken by kind and length.
   */
  @Override
  default int compareTo(XValue other) {
    if (this instanceof Number a) {
      return other instanceof Number b ? Double.compare(a.value(), b.value()) : -1;
    }
    if (other instanceof Number) {
      return 1;
    }
    int when = startTime(this).compareTo(startTime(other));
    if (when != 0) {
      return when;
    }
    int kinds = Integer.compare(kindOrder(this), kindOrder(other));
    if (kinds != 0 || !(this instanceof Span a && other instanceof Span b)) {
      return kinds;
    }
    return a.unit().compareTo(b.unit());
  }

  private static LocalDateTime startTime(XValue value) {
    if (value instanceof Day day) {
      return day.date().atStartOfDay();
    }
    return value instanceof Time time ? time.time() : ((Span) value).start().atStartOfDay();
  }

  private static int kindOrder(XValue value) {
    if (value instanceof Day) {
      return 0;
    }
    return value instanceof Time ? 1 : 2;
  }
}
