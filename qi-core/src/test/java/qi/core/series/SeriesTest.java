package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grouping and aggregation as qicharts2 0.8.1 {@code qic.agg} does it: rows grouped by x and
 * sorted, y combined by the aggregation (or Σy/Σn with a denominator), dates bucketed as R's {@code
 * cut.Date} (weeks start on Monday). Expected values are the arithmetic written out.
 */
class SeriesTest {
  private static Observation at(double x, double y) {
    return Observation.of(XValue.of(x), y);
  }

  @Test
  void rowsSharingAnXAreGroupedAndSorted() {
    Series series = Series.of(List.of(at(2, 10), at(1, 4), at(2, 20), at(1, 6)));

    assertThat(series.subgroups()).extracting(s -> s.x().text()).containsExactly("1", "2");
    assertThat(series.subgroups().get(1).value()).isEqualTo((10 + 20) / 2.0);
    assertThat(series.subgroups().get(1).count()).isEqualTo(2);
    assertThat(series.subgroups().get(1).sd()).isEqualTo(Math.sqrt((25 + 25) / 1.0));
  }

  @Test
  void medianAndSumAggregate() {
    List<Observation> rows = List.of(at(1, 1), at(1, 2), at(1, 10));

    assertThat(Series.of(rows, Aggregation.MEDIAN).subgroups().get(0).value()).isEqualTo(2);
    assertThat(Series.of(rows, Aggregation.SUM).subgroups().get(0).value()).isEqualTo(1 + 2 + 10);
    // sd of 1, 2, 10: mean 13/3, squares (10/3)^2 + (7/3)^2 + (17/3)^2 = 438/9, over n - 1 = 2
    assertThat(Series.of(rows, Aggregation.SD).subgroups().get(0).value())
        .isCloseTo(Math.sqrt(438.0 / 9 / 2), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void missingValuesAreGapsNeverZeros() {
    Series series = Series.of(List.of(at(1, 5), at(2, Double.NaN)), Aggregation.SUM);

    assertThat(series.size()).isEqualTo(2);
    assertThat(series.subgroups().get(1).value()).isNaN();
  }

  @Test
  void ratiosAreSumOverSumOfCompleteRows() {
    XValue x = XValue.of(1);
    Series series =
        Series.ofRatios(
            List.of(
                Observation.ofRatio(x, 3, 10),
                Observation.ofRatio(x, 5, 30),
                Observation.ofRatio(x, Double.NaN, 100)));

    assertThat(series.subgroups().get(0).value()).isEqualTo((3 + 5) / (10 + 30.0));
    assertThat(series.subgroups().get(0).n()).isEqualTo(40);
  }

  @Test
  void negativeDenominatorIsRejectedWithItsX() {
    assertThatThrownBy(() -> Series.ofRatios(List.of(Observation.ofRatio(XValue.of(7), 1, -2))))
        .hasMessage("n at x 7 (-2) must be >= 0");
  }

  @Test
  void eventsWithoutExposureAreRejectedWithTheirX() {
    assertThatThrownBy(() -> Series.ofRatios(List.of(Observation.ofRatio(XValue.of(7), 2, 0))))
        .hasMessage(
            "y at x 7 (2) must be 0 where n is 0: events without exposure cannot be charted");
  }

  @Test
  void aSubgroupWithoutDenominatorHasNoValue() {
    // 0/0: no value, as qicharts2's sum(y)/sum(n) of a closed ward; rows with n > 0 still count
    Series series =
        Series.ofRatios(
            List.of(
                Observation.ofRatio(XValue.of(1), 0, 0),
                Observation.ofRatio(XValue.of(2), 0, 0),
                Observation.ofRatio(XValue.of(2), 3, 10)));

    assertThat(series.subgroups().get(0).value()).isNaN();
    assertThat(series.subgroups().get(0).n()).isZero();
    assertThat(series.subgroups().get(1).value()).isEqualTo(3 / 10.0);
  }

  @Test
  void datesBucketIntoIsoWeeksMonthsQuartersAndYears() {
    LocalDate sunday = LocalDate.of(2024, 3, 10);

    assertThat(Period.WEEK.start(sunday)).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(Period.MONTH.start(sunday)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(Period.QUARTER.start(LocalDate.of(2024, 8, 15))).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(Period.YEAR.start(sunday)).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void dateTimesBucketIntoDates() {
    Series series =
        Series.of(
            List.of(
                Observation.of(XValue.of(LocalDateTime.of(2024, 3, 4, 8, 30)), 2),
                Observation.of(XValue.of(LocalDateTime.of(2024, 3, 5, 22, 0)), 4)),
            Aggregation.MEAN,
            Period.WEEK);

    assertThat(series.subgroups())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.x().text()).isEqualTo("2024-03-04");
              assertThat(s.value()).isEqualTo(3);
            });
  }

  @Test
  void periodNeedsDates() {
    assertThatThrownBy(() -> Series.of(List.of(at(1, 1)), Aggregation.MEAN, Period.MONTH))
        .hasMessageContaining("period (month) needs dates as x values");
  }

  @Test
  void xValuesReadAsDatesDateTimesOrNumbers() {
    assertThat(XValue.parse("2024-03-01")).isEqualTo(XValue.of(LocalDate.of(2024, 3, 1)));
    assertThat(XValue.parse("2024-03-01 08:30").text()).isEqualTo("2024-03-01T08:30:00");
    assertThat(XValue.parse("12").text()).isEqualTo("12");
    assertThatThrownBy(() -> XValue.parse("March")).hasMessageContaining("x (March)");
  }
}
