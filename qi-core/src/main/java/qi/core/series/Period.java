package qi.core.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar periods into which dated observations are bucketed before grouping, as R's {@code
 * cut.Date(breaks = …)} does for qicharts2's {@code x.period}: each date is replaced by the first
 * day of its period. Weeks are ISO weeks, starting on Monday.
 */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the period that holds {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /** The name used in the CLI and in messages: {@code day}, {@code week}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
