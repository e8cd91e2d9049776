package qi.charts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Labels for the x axis, formatted by the period the dates fall on: years ({@code 2025}), quarters
 * ({@code 2025 Q1}), months ({@code Mar 2025}), other days ({@code 3 Mar 2025}), date-times ({@code
 * 3 Mar 14:30}). The period is read from the dates themselves: all on 1 January, all on the first
 * day of a quarter, all on the first of a month, or anything else. Numbers are kept as written.
 */
final class XLabels {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
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

  /** A labelled tick of the x axis at a position on the axis (point i sits at i, 1-based). */
  record Tick(double position, String label) {}

  /** The spans of calendar ticks tried, in months, finest first. */
  private static final int[] MONTHS = {1, 3, 6, 12, 24, 60, 120, 240, 600};

  /**
   * The ticks of the x axis, every one labelled, the finest set whose labels fit: with dates, at
   * calendar boundaries (the first of a month, quarter, half year, year, or a round number of
   * years), placed between the points in proportion to the days, when that gives at least three
   * ticks, the year written on the first tick and where a year begins ({@code Nov 2024}, {@code
   * Dec}, {@code Jan 2025}, {@code Feb}); otherwise at every k-th point from the first (k = 1, 2,
   * 5, 10, 20, 50, …).
   *
   * @param pixelsPerPoint the screen distance between two neighbouring points
   * @param width the screen width of a label
   * @param gap the least screen distance between two labels
   */
  static List<Tick> ticks(
      List<String> xs, double pixelsPerPoint, ToDoubleFunction<String> width, double gap) {
    List<LocalDate> dates = dates(xs);
    if (dates != null && dates.size() > 1) {
      for (int months : MONTHS) {
        List<Tick> ticks = calendar(dates, months);
        if (ticks.size() < 3) {
          break;
        }
        if (fits(ticks, pixelsPerPoint, width, gap)) {
          return ticks;
        }
      }
    }
    // Without dates a label depends on its own x only: format just the ticks' (a million points
    // have a handful of ticks); with dates the period is read from all of them.
    List<String> all = dates == null ? null : of(xs);
    for (long k = 1; ; k *= 10) {
      for (long step : new long[] {k, 2 * k, 5 * k}) {
        if (step * pixelsPerPoint < gap && step < xs.size()) {
          continue;
        }
        List<Tick> ticks = new ArrayList<>();
        for (long i = 0; i < xs.size(); i += step) {
          String label = all == null ? of(List.of(xs.get((int) i))).get(0) : all.get((int) i);
          ticks.add(new Tick(i + 1, label));
        }
        if (ticks.size() <= 1 || fits(ticks, pixelsPerPoint, width, gap)) {
          return ticks;
        }
      }
    }
  }

  private static boolean fits(
      List<Tick> ticks, double pixelsPerPoint, ToDoubleFunction<String> width, double gap) {
    for (int i = 1; i < ticks.size(); i++) {
      double room = (ticks.get(i).position() - ticks.get(i - 1).position()) * pixelsPerPoint;
      double need =
          (width.applyAsDouble(ticks.get(i).label())
                      + width.applyAsDouble(ticks.get(i - 1).label()))
                  / 2
              + gap;
      if (room < need) {
        return false;
      }
    }
    return true;
  }

  /** Ticks at the first day of every {@code months}-month period within the dates. */
  private static List<Tick> calendar(List<LocalDate> dates, int months) {
    List<Tick> ticks = new ArrayList<>();
    LocalDate first = dates.get(0);
    LocalDate last = dates.get(dates.size() - 1);
    long index = first.getYear() * 12L + first.getMonthValue() - 1;
    index -= Math.floorMod(index, months);
    int k = 0;
    for (LocalDate b = month(index); !b.isAfter(last); b = month(index += months)) {
      if (b.isBefore(first)) {
        continue;
      }
      while (dates.get(k + 1).isBefore(b)) {
        k++;
      }
      // b lies in [dates[k], dates[k + 1]]: place it in proportion to the days.
      long span = dates.get(k + 1).toEpochDay() - dates.get(k).toEpochDay();
      double position =
          k + 1 + (span == 0 ? 0 : (double) (b.toEpochDay() - dates.get(k).toEpochDay()) / span);
      // The year is written on the first tick and where a year begins; between, "Mar", "Q2".
      boolean year = ticks.isEmpty() || b.getMonthValue() == 1;
      String label =
          months >= 12
              ? Integer.toString(b.getYear())
              : months == 3
                  ? (year ? b.getYear() + " " : "") + "Q" + ((b.getMonthValue() - 1) / 3 + 1)
                  : year ? MONTH.format(b) : SHORT_MONTH.format(b);
      ticks.add(new Tick(position, label));
    }
    return ticks;
  }

  private static LocalDate month(long index) {
    return LocalDate.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1, 1);
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
