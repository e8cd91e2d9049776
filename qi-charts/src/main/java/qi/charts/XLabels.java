package qi.charts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Labels for the x axis, formatted by the period the dates fall on: years ({@code 2025}), quarters
 * ({@code 2025 Q1}), months ({@code Mar 2025}), other days ({@code 3 Mar 2025}), date-times ({@code
 * 3 Mar 14:30}). The period is read from the dates themselves: all on 1 January, all on the first
 * day of a quarter, all on the first of a month, or anything else. Numbers are kept as written.
 */
final class XLabels {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

  private XLabels() {}

  /**
   * One label per x value, in order. The format is chosen once from all the values; each label is
   * made when it is asked for (an axis shows a dozen of a million).
   */
  static List<String> of(List<String> xs) {
    List<LocalDate> dates = dates(xs);
    if (dates != null) {
      boolean firsts = dates.stream().allMatch(d -> d.getDayOfMonth() == 1);
      boolean years = firsts && dates.stream().allMatch(d -> d.getMonthValue() == 1);
      boolean quarters = firsts && dates.stream().allMatch(d -> (d.getMonthValue() - 1) % 3 == 0);
      return lazy(
          xs.size(),
          i -> {
            LocalDate d = dates.get(i);
            if (years) {
              return Integer.toString(d.getYear());
            } else if (quarters) {
              return d.getYear() + " Q" + ((d.getMonthValue() - 1) / 3 + 1);
            } else if (firsts) {
              return MONTH.format(d);
            }
            return DAY.format(d);
          });
    }
    return lazy(
        xs.size(),
        i -> {
          try {
            return TIME.format(LocalDateTime.parse(xs.get(i)));
          } catch (DateTimeParseException e) {
            return xs.get(i);
          }
        });
  }

  private static List<String> lazy(int size, java.util.function.IntFunction<String> label) {
    return new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        java.util.Objects.checkIndex(i, size);
        return label.apply(i);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The x values as dates, or null when any is not an ISO date. */
  static List<LocalDate> dates(List<String> xs) {
    List<LocalDate> dates = new ArrayList<>();
    for (String x : xs) {
      try {
        dates.add(LocalDate.parse(x));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return dates.isEmpty() ? null : dates;
  }

  /** The x value as a number on a time or number line (epoch day, epoch second), or NaN. */
  static double numeric(String x) {
    try {
      return LocalDate.parse(x).toEpochDay();
    } catch (DateTimeParseException e) {
      // not a date
    }
    try {
      return LocalDateTime.parse(x).toEpochSecond(java.time.ZoneOffset.UTC) / 86_400.0;
    } catch (DateTimeParseException e) {
      // not a date-time
    }
    try {
      return Double.parseDouble(x);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
