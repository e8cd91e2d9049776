package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.XValue;

/**
 * x columns written as periods, the way spreadsheets export them, read as {@link XValue.Span}s that
 * keep their label. Expected starts are the calendar: ISO week 1 of 2025 starts on Monday 30
 * December 2024 (1 January 2025 is a Wednesday), financial years start on 1 April.
 */
class PeriodLabelsInputTest {
  private static List<Observation> read(String csv, ReadOptions options) {
    return CsvInput.read(new StringReader(csv), "t.csv", Columns.of("x", "y"), options);
  }

  private static List<XValue> xs(String first, String second, ReadOptions options) {
    return read("x,y\n\"" + first + "\",1\n\"" + second + "\",2\n", options).stream()
        .map(Observation::x)
        .toList();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // first label, second label, unit, start of the first, start of the second
        Arguments.of("2023-01", "2023-02", Period.MONTH, "2023-01-01", "2023-02-01"),
        Arguments.of("2023/01", "2023/02", Period.MONTH, "2023-01-01", "2023-02-01"),
        Arguments.of("Jan 2023", "Feb 2023", Period.MONTH, "2023-01-01", "2023-02-01"),
        Arguments.of("January 2023", "february 2023", Period.MONTH, "2023-01-01", "2023-02-01"),
        Arguments.of("Jan-23", "Feb-23", Period.MONTH, "2023-01-01", "2023-02-01"),
        Arguments.of("Sept 2023", "Oct 2023", Period.MONTH, "2023-09-01", "2023-10-01"),
        Arguments.of("2023 Q1", "2023 Q2", Period.QUARTER, "2023-01-01", "2023-04-01"),
        Arguments.of("2023-Q3", "2023-Q4", Period.QUARTER, "2023-07-01", "2023-10-01"),
        Arguments.of("Q4 2023", "Q1 2024", Period.QUARTER, "2023-10-01", "2024-01-01"),
        Arguments.of("2025-W01", "2025-W05", Period.WEEK, "2024-12-30", "2025-01-27"),
        Arguments.of("2020W53", "2021W01", Period.WEEK, "2020-12-28", "2021-01-04"),
        Arguments.of("2023/24", "2024/25", Period.YEAR, "2023-04-01", "2024-04-01"),
        Arguments.of("2023-24", "2024-25", Period.YEAR, "2023-04-01", "2024-04-01"),
        Arguments.of("2023/2024", "2024/2025", Period.YEAR, "2023-04-01", "2024-04-01"),
        // 2011/12 is December 2011 or FY 2011/12: 2012/13 settles the column as financial years
        Arguments.of("2011/12", "2012/13", Period.YEAR, "2011-04-01", "2012-04-01"),
        // ... and 2011/11 as months
        Arguments.of("2011/11", "2011/12", Period.MONTH, "2011-11-01", "2011-12-01"));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("forms")
  void periodLabelsReadAsSpansKeepingTheirText(
      String first, String second, Period unit, String start1, String start2) {
    List<XValue> xs = xs(first, second, ReadOptions.defaults());

    assertThat(xs)
        .containsExactly(
            new XValue.Span(unit, LocalDate.parse(start1), first),
            new XValue.Span(unit, LocalDate.parse(start2), second));
    assertThat(xs).extracting(XValue::text).containsExactly(first, second);
    assertThat(xs.get(0)).isLessThan(xs.get(1));
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        // pattern, label, unit, start
        Arguments.of("yyyy-MM", "2023-01", Period.MONTH, "2023-01-01"),
        Arguments.of("yyyy/MM", "2011/12", Period.MONTH, "2011-12-01"),
        Arguments.of("MMM yyyy", "JAN 2023", Period.MONTH, "2023-01-01"),
        Arguments.of("MMMM yyyy", "January 2023", Period.MONTH, "2023-01-01"),
        Arguments.of("MMM-yy", "Jan-23", Period.MONTH, "2023-01-01"),
        Arguments.of("MM/yyyy", "03/2024", Period.MONTH, "2024-03-01"),
        Arguments.of("yyyy 'Q'Q", "2023 Q2", Period.QUARTER, "2023-04-01"),
        Arguments.of("yyyy/yy", "2011/12", Period.YEAR, "2011-04-01"),
        Arguments.of("yyyy-yyyy", "2011-2012", Period.YEAR, "2011-04-01"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("patterns")
  void dateFormatsWithoutADayReadPeriods(String pattern, String label, Period unit, String start) {
    List<Observation> read =
        read("x,y\n" + label + ",1\n", ReadOptions.defaults().withDateFormat(pattern));

    assertThat(read.get(0).x()).isEqualTo(new XValue.Span(unit, LocalDate.parse(start), label));
    assertThat(read.get(0).x().text()).isEqualTo(label);
  }

  @Test
  void aColumnOfOnlyAmbiguousLabelsAsksForADateFormatNamingColumnAndRow() {
    // 2010/11 and 2011/12: November 2010 and December 2011, or two financial years
    assertThatThrownBy(() -> read("x,y\n2010/11,1\n2011/12,2\n", ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.csv: line 2, column \"x\": \"2010/11\" reads as a month and as a financial year,"
                + " and no other row settles which")
        .extracting("reason", "dateFormats")
        .containsExactly(
            InputException.Reason.MONTH_OR_FINANCIAL_YEAR, List.of("yyyy/MM", "yyyy/yy"));
  }

  @Test
  void aColumnWithMonthsAndFinancialYearsIsRefusedAtTheRowThatMixesThem() {
    assertThatThrownBy(() -> read("x,y\n2023/01,1\n2023/24,2\n", ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.csv: line 3, column \"x\": \"2023/24\" is a financial year, but earlier rows have"
                + " a month (\"2023/01\")");
  }

  @Test
  void monthsAndQuartersCannotShareAColumn() {
    assertThatThrownBy(() -> read("x,y\nJan 2023,1\n2023 Q2,2\n", ReadOptions.defaults()))
        .hasMessageContaining("line 3, column \"x\": \"2023 Q2\" is a quarter, but earlier rows");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-13", "Foo 2023", "2023 Q5", "2021-W53", "2023/25"})
  void labelsThatAreNoPeriodAreRefusedListingTheForms(String label) {
    // 2021 has 52 ISO weeks (1 January 2021 is a Friday); 2023/25 spans two years
    assertThatThrownBy(() -> read("x,y\n" + label + ",1\n", ReadOptions.defaults()))
        .hasMessageContaining("line 2, column \"x\": \"" + label + "\" is neither")
        .hasMessageContaining("2023 Q1, 2025-W05, 2023/24");
  }

  @Test
  void aLabelOutsideTheDateFormatIsRefusedNamingTheFormat() {
    assertThatThrownBy(
            () -> read("x,y\nJan 2023,1\n", ReadOptions.defaults().withDateFormat("yyyy-MM")))
        .hasMessage(
            "t.csv: line 2, column \"x\": \"Jan 2023\" is not a period in the format yyyy-MM");
  }
}
