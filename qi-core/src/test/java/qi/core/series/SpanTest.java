package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periods as x values: equal however written, ordered by when they start among dates, bucketed into
 * longer periods as their first day is, and read by {@link XValue#parse} unless ambiguous. Expected
 * dates are the calendar (financial years start on 1 April).
 */
class SpanTest {
  private static XValue.Span month(int year, int month, String label) {
    return new XValue.Span(Period.MONTH, LocalDate.of(year, month, 1), label);
  }

  @Test
  void theSamePeriodWrittenTwoWaysIsOneXValue() {
    assertThat(month(2023, 1, "Jan 2023")).isEqualTo(month(2023, 1, "2023-01"));
    assertThat(month(2023, 1, "Jan 2023")).hasSameHashCodeAs(month(2023, 1, "2023-01"));
    assertThat(month(2023, 1, "Jan 2023").compareTo(month(2023, 1, "2023-01"))).isZero();
    assertThat(month(2023, 1, "Jan 2023").text()).isEqualTo("Jan 2023");
  }

  @Test
  void periodsSortAmongDatesByTheirStart() {
    XValue june = month(2023, 6, "Jun 2023");
    assertThat(june).isGreaterThan(XValue.of(LocalDate.of(2023, 5, 31)));
    assertThat(june).isLessThan(XValue.of(LocalDate.of(2023, 6, 2)));
    assertThat(june).isGreaterThan(XValue.of(1e9));
  }

  @Test
  void bucketingKeepsAPeriodOfItsOwnUnitAndStartsLongerOnesAtItsFirstDay() {
    XValue.Span may = month(2023, 5, "May 2023");

    assertThat(may.bucket(Period.MONTH)).isSameAs(may);
    assertThat(may.bucket(Period.QUARTER)).isEqualTo(XValue.of(LocalDate.of(2023, 4, 1)));
    assertThat(may.bucket(Period.YEAR)).isEqualTo(XValue.of(LocalDate.of(2023, 1, 1)));
    assertThatThrownBy(() -> may.bucket(Period.DAY))
        .hasMessage(
            "period (day) must not be shorter than the x values, which are each a month (May"
                + " 2023)");
  }

  @Test
  void aDateStandsForThePeriodOfTheSameKindThatHoldsIt() {
    XValue.Span fy = (XValue.Span) XValue.parse("2023/24");

    // 15 March 2024 is in FY 2023/24 (to 31 March 2024); 1 April 2024 starts 2024/25
    assertThat(fy.holding(LocalDate.of(2024, 3, 15), "x").start()).isEqualTo("2023-04-01");
    assertThat(fy.holding(LocalDate.of(2024, 4, 1), "x").start()).isEqualTo("2024-04-01");
    assertThat(month(2023, 1, "Jan 2023").holding(LocalDate.of(2023, 7, 15), "x"))
        .isEqualTo(month(2023, 7, "Jul 2023"));
  }

  @Test
  void parseReadsPeriodsAndRefusesAnAmbiguousOne() {
    assertThat(XValue.parse("Q1 2024"))
        .isEqualTo(new XValue.Span(Period.QUARTER, LocalDate.of(2024, 1, 1), "Q1 2024"));
    assertThat(PeriodLabels.readings("2011/12"))
        .extracting(XValue.Span::kind)
        .isEqualTo(List.of("a month", "a financial year"));
    assertThatThrownBy(() -> XValue.parse("2011/12"))
        .hasMessage(
            "x (2011/12) reads as a month and as a financial year: choose with a date format"
                + " (yyyy/MM for months, yyyy/yy for financial years)");
    assertThat(XValue.parse("2023").text()).isEqualTo("2023");
  }
}
