package org.example.spark;

import java.util.List;
import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * Reads an x value given as an option ({@link ChartSpec#rebase}) against a series' x values, the
 * way {@code qi analyze} reads {@code --rebase} without {@code --date-format}: a number, an ISO
 * date or date-time, or a period ({@code Jan 2023}, {@code 2023 Q1}, {@code 2023/24}). A label with
 * two readings ({@code 2011/12}: a month and a financial year) takes the reading of the data's
 * periods, and an ISO date given for period data falls in the period that holds it.
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

  /**
   * The x value {@code text}, read like {@code like}, an x value of the series.
   *
   * @throws IllegalArgumentException when it is a number and the data's x are dates, or back
   */
  static XValue read(String option, String text, XValue like) {
    XValue value = null;
    List<XValue.Span> spans = PeriodLabels.readings(text);
    for (XValue.Span span : spans) {
      if (like instanceof XValue.Span data && span.unit() == data.unit()) {
        value = span;
      }
    }
    value = value != null ? value : XValue.parse(text);
    if (like instanceof XValue.Span data && value instanceof XValue.Day day) {
      return data.holding(day.date(), text.trim());
    }
    if (value instanceof XValue.Number != like instanceof XValue.Number) {
      throw new IllegalArgumentException(
          option
              + " ("
              + text
              + ") must be "
              + (like instanceof XValue.Number ? "a number" : "a date or period")
              + " like the data's x values ("
              + like.text()
              + ")");
    }
    return value;
  }
}
