package org.example.spark;

import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * Checks an x value given as an option ({@link ChartSpec#rebase}) on the driver, before any series
 * is read: it must read as some x value (a number, an ISO date or date-time, or a period such as
 * {@code Jan 2023}, {@code 2023 Q1}, {@code 2023/24}). Each series then reads it against its own x
 * values with {@link qi.core.series.XValue#parseLike}, as {@code qi analyze} reads {@code
 * --rebase}.
 */
final class XArgument {
  private XArgument() {}

  /**
   * Checks that {@code text} is an x value of some kind, on the driver.
   *
   * @throws IllegalArgumentException naming {@code option} and the value
   */
  static void check(String option, String text) {
    if (text == null) {
      throw new IllegalArgumentException(option + " (null) must be an x value");
    }
    if (PeriodLabels.readings(text).isEmpty()) {
      try {
        XValue.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            option
                + " ("
                + text
                + ") must be an x value: a number, an ISO date or a period (2023-01, Jan 2023)",
            e);
      }
    }
  }
}
