package qi.core.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import qi.core.series.XValue;

/**
 * Reads YYYY-MM-DD dates straight from characters, each distinct date made once: a file of monthly
 * data repeats a few dozen dates, so a small cache spares a {@link LocalDate} per row.
 */
final class IsoDays {
  /** Slots of the cache: a power of two. */
  private static final int DAYS = 256;

  private final int[] dayKeys = new int[DAYS];
  private final XValue[] days = new XValue[DAYS];

  /** A valid YYYY-MM-DD date in {@code text[from, to)}, or null for anything else. */
  XValue of(char[] text, int from, int to) {
    if (to - from != 10 || text[from + 4] != '-' || text[from + 7] != '-') {
      return null;
    }
    int year = digits(text, from, from + 4);
    int month = digits(text, from + 5, from + 7);
    int day = digits(text, from + 8, from + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    int key = (year * 100 + month) * 100 + day;
    int slot = (key ^ key >>> 8) & (DAYS - 1);
    if (dayKeys[slot] != key || days[slot] == null) {
      dayKeys[slot] = key;
      days[slot] = XValue.of(LocalDate.of(year, month, day));
    }
    return days[slot];
  }

  /** The value of ASCII digits, or -1 when one is not a digit. */
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
