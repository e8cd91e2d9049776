package qi.core.series;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads x values written as whole periods, the way spreadsheets export monthly, quarterly, weekly
 * and yearly data, into {@link XValue.Span}s that keep the text as written.
 *
 * <h2>Forms read without a date format</h2>
 *
 * Case does not matter; two-digit years are 2000 to 2099.
 *
 * <ul>
 *   <li>Months: {@code 2023-01}, {@code 2023/01}, {@code Jan 2023}, {@code January 2023}, {@code
 *       Jan-23}, {@code Jan-2023}, {@code Sept 2023}.
 *   <li>Quarters: {@code 2023 Q1}, {@code 2023-Q1}, {@code 2023Q1}, {@code Q1 2023}.
 *   <li>ISO weeks (starting on Monday): {@code 2025-W05}, {@code 2025W05}, {@code 2025 W5}.
 *   <li>NHS financial years (1 April to 31 March): {@code 2023/24}, {@code 2023-24}, {@code
 *       2023/2024}: the second year is the year after the first.
 * </ul>
 *
 * <h2>Months or financial years</h2>
 *
 * {@code 2023/24} cannot be a month (24 &gt; 12), and {@code 2023/01} cannot be a financial year
 * (01 does not follow 2023), but {@code 2011/12} is both December 2011 and the financial year
 * 2011/12: {@link #readings} then gives both, and the reader of a column chooses the one that every
 * other value of the column allows, or asks for a date format ({@code yyyy/MM} for months, {@code
 * yyyy/yy} for financial years), as qi does for dates that read day-first and month-first.
 *
 * <h2>Date formats</h2>
 *
 * A {@link java.time.format.DateTimeFormatter} pattern without a day reads periods: with a month
 * ({@code yyyy-MM}, {@code MMM yyyy}, {@code MMM-yy}) months, with a quarter ({@code yyyy 'Q'Q})
 * quarters; {@code yyyy/yy}, {@code yyyy-yy}, {@code yyyy/yyyy} and {@code yyyy-yyyy} read
 * financial years. Month names are English.
 */
public final class PeriodLabels {
  private static final Pattern YEAR_NUMBER = Pattern.compile("(\\d{4})[-/](\\d{1,2}|\\d{4})");
  private static final Pattern NAMED_MONTH =
      Pattern.compile("([a-z]{3,9})\\.?[ \\-/]?('?)(\\d{2}|\\d{4})");
  private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})[ -]?q([1-4])");
  private static final Pattern QUARTER_YEAR = Pattern.compile("q([1-4])[ -]?(\\d{4})");
  private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})[ -]?w(\\d{1,2})");
  private static final Pattern FINANCIAL_PATTERN =
      Pattern.compile("(yyyy|uuuu)([-/])(yy|uu|yyyy|uuuu)");
  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private PeriodLabels() {}

  /**
   * Every reading of {@code text} as a period, in one of the forms above: none when it is not one,
   * one, or two (a month and a financial year) for {@code 2011/12}.
   */
  public static List<XValue.Span> readings(String text) {
    String label = text.trim();
    String t = label.toLowerCase(Locale.ROOT);
    List<XValue.Span> spans = new ArrayList<>(2);
    Matcher m = YEAR_NUMBER.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      String second = m.group(2);
      int number = Integer.parseInt(second);
      if (second.length() <= 2 && number >= 1 && number <= 12) {
        spans.add(month(year, number, label));
      }
      boolean nextYear =
          second.length() == 2
              ? number == (year + 1) % 100
              : second.length() == 4 && number == year + 1;
      if (nextYear) {
        spans.add(financialYear(year, label));
      }
      return spans;
    }
    if ((m = NAMED_MONTH.matcher(t)).matches()) {
      int month = monthNamed(m.group(1));
      boolean apostrophe = !m.group(2).isEmpty();
      if (month > 0 && !(apostrophe && m.group(3).length() == 4)) {
        spans.add(month(year(m.group(3)), month, label));
      }
    } else if ((m = YEAR_QUARTER.matcher(t)).matches()) {
      spans.add(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), label));
    } else if ((m = QUARTER_YEAR.matcher(t)).matches()) {
      spans.add(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), label));
    } else if ((m = ISO_WEEK.matcher(t)).matches()) {
      XValue.Span week = week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), label);
      if (week != null) {
        spans.add(week);
      }
    }
    return spans;
  }

  /**
   * Whether {@code pattern} reads periods rather than dates: it has no day, and a month, a quarter,
   * or is a financial-year pattern such as {@code yyyy/yy}.
   */
  public static boolean isPeriodPattern(String pattern) {
    if (FINANCIAL_PATTERN.matcher(pattern).matches()) {
      return true;
    }
    String letters = pattern.replaceAll("'[^']*'", "");
    return letters.chars().noneMatch(c -> "dDEeHhKkmsSaAnN".indexOf(c) >= 0)
        && letters.chars().anyMatch(c -> c == 'M' || c == 'L' || c == 'Q' || c == 'q');
  }

  /**
   * Reads {@code text} in a period pattern ({@link #isPeriodPattern}).
   *
   * @throws IllegalArgumentException when the text does not fit the pattern
   */
  public static XValue.Span read(String text, String pattern) {
    String label = text.trim();
    Matcher financial = FINANCIAL_PATTERN.matcher(pattern);
    if (financial.matches()) {
      for (XValue.Span span : readings(label)) {
        if (span.unit() == Period.YEAR
            && label.charAt(4) == financial.group(2).charAt(0)
            && label.length() == 5 + financial.group(3).length()) {
          return span;
        }
      }
      throw new IllegalArgumentException(
          "\"" + label + "\" is not a financial year in the format " + pattern);
    }
    try {
      TemporalAccessor parsed = Formatters.of(pattern).parse(label);
      if (parsed.isSupported(ChronoField.MONTH_OF_YEAR)) {
        YearMonth month = YearMonth.from(parsed);
        return month(month.getYear(), month.getMonthValue(), label);
      }
      return quarter(
          parsed.get(ChronoField.YEAR), (int) parsed.getLong(IsoFields.QUARTER_OF_YEAR), label);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "\"" + label + "\" is not a period in the format " + pattern, e);
    }
  }

  private static XValue.Span month(int year, int month, String label) {
    return new XValue.Span(Period.MONTH, LocalDate.of(year, month, 1), label);
  }

  private static XValue.Span quarter(int year, int quarter, String label) {
    return new XValue.Span(Period.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1), label);
  }

  private static XValue.Span financialYear(int year, String label) {
    return new XValue.Span(Period.YEAR, LocalDate.of(year, 4, 1), label);
  }

  /** ISO week {@code week} of week-based year {@code year}; null when the year has no such week. */
  private static XValue.Span week(int year, int week, String label) {
    LocalDate mid = LocalDate.of(year, 7, 1);
    if (week < 1 || week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum()) {
      return null;
    }
    LocalDate start =
        mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new XValue.Span(Period.WEEK, start, label);
  }

  /** 1 to 12 for a month's English name, its first three letters or "sept"; 0 otherwise. */
  private static int monthNamed(String name) {
    for (int k = 0; k < MONTHS.length; k++) {
      if (MONTHS[k].equals(name) || MONTHS[k].substring(0, 3).equals(name)) {
        return k + 1;
      }
    }
    return name.equals("sept") ? 9 : 0;
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }
}
