package qi.cli;

import java.util.List;
import qi.core.series.PeriodLabels;
import qi.core.series.XValue;

/**
 * Reads the x values given in options ({@code --rebase}, {@code --annotate}) the way the data's x
 * column was read: in its {@code --date-format} if there is one, otherwise as numbers, ISO dates
 * and date-times, or periods ({@code Jan 2023}, {@code 2023 Q1}, {@code 2025-W05}, {@code
 * 2023/24}). A label such as {@code 2011/12} takes the reading of the data's periods; an ISO date
 * is accepted with period data and falls in the period that holds it. Errors name the option.
 */
final class XArguments {
  private XArguments() {}

  /**
   * The x value {@code text} of {@code option}.
   *
   * @param dateFormat the data's {@code --date-format}, or null
   * @param like an x value of the data, whose kind the value must share
   */
  static XValue read(String option, String text, String dateFormat, XValue like) {
    XValue value = null;
    String problem = null;
    if (dateFormat != null) {
      try {
        value = XValue.parse(text, dateFormat);
      } catch (IllegalArgumentException e) {
        problem = "in the format " + dateFormat + " or as an ISO date (YYYY-MM-DD)";
      }
    }
    if (value == null) {
      List<XValue.Span> spans = PeriodLabels.readings(text);
      for (XValue.Span span : spans) {
        if (like instanceof XValue.Span data && span.unit() == data.unit()) {
          value = span;
        }
      }
      try {
        value = value != null ? value : XValue.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            option
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
