package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;

/**
 * An incident log, one row per incident, counted per week: the counts are checked against a hand
 * count made here without {@link Period} or {@link EventCounts} (days since a known Monday, divided
 * by 7).
 */
class EventCountsTest {
  /** Monday 1 January 2024: week k (0-based) starts this day plus 7k days. */
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2024, 1, 1);

  private static final int WEEKS = 26;

  /** 1,000 incidents at pseudo-random times in 26 weeks (seed 7: the same rows every run). */
  private static List<LocalDateTime> incidents() {
    Random random = new Random(7);
    List<LocalDateTime> times = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      // Weeks 10 and 11 are skipped: a fortnight with no incident must count 0, not vanish.
      int day;
      do {
        day = random.nextInt(WEEKS * 7);
      } while (day / 7 == 10 || day / 7 == 11);
      times.add(FIRST_MONDAY.plusDays(day).atTime(random.nextInt(24), random.nextInt(60)));
    }
    return times;
  }

  private static int[] handCount(List<LocalDateTime> times) {
    int[] counts = new int[WEEKS];
    for (LocalDateTime time : times) {
      counts[(int) (ChronoUnit.DAYS.between(FIRST_MONDAY, time.toLocalDate()) / 7)]++;
    }
    return counts;
  }

  @Test
  void weeklyCountsOfAThousandIncidentsEqualAHandCount() {
    List<LocalDateTime> times = incidents();
    StringBuilder csv = new StringBuilder("when,ward\n");
    for (LocalDateTime time : times) {
      csv.append(time.toLocalDate()).append(' ').append(time.toLocalTime()).append(",A\n");
    }
    List<Observation> rows =
        CsvInput.read(new StringReader(csv.toString()), "log.csv", Columns.events("when"));

    List<Observation> weekly = EventCounts.of(rows, Period.WEEK);

    int[] expected = handCount(times);
    int last = WEEKS - 1;
    while (expected[last] == 0) {
      last--;
    }
    assertThat(weekly).hasSize(last + 1);
    for (int week = 0; week <= last; week++) {
      LocalDate monday = FIRST_MONDAY.plusWeeks(week);
      assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(weekly.get(week).x()).isEqualTo(XValue.of(monday));
      assertThat(weekly.get(week).y()).as("week %d", week).isEqualTo(expected[week]);
    }
    assertThat(weekly.get(10).y()).isZero();
    assertThat(weekly.stream().mapToDouble(Observation::y).sum()).isEqualTo(1000);
  }

  @Test
  void denominatorsAreSummedPerPeriodForAUChart() throws IOException {
    // Two falls in week 1 (bed days 100 + 50 on their rows), one in week 2 (bed days 120).
    String csv = "date,bed_days\n2024-01-01,100\n2024-01-03,50\n2024-01-08,120\n";
    List<Observation> rows =
        CsvInput.read(new StringReader(csv), "falls.csv", Columns.events("date").withN("bed_days"));

    List<Observation> weekly = EventCounts.of(rows, Period.WEEK);

    assertThat(weekly)
        .containsExactly(
            Observation.ofRatio(XValue.of(LocalDate.of(2024, 1, 1)), 2, 100 + 50),
            Observation.ofRatio(XValue.of(LocalDate.of(2024, 1, 8)), 1, 120));
    Analysis u = ControlChart.of(ChartType.U, Series.ofRatios(weekly)).analyze();
    assertThat(u.points().get(0).y()).isEqualTo(2.0 / 150);
  }

  @Test
  void withoutAPeriodEachDistinctXIsCounted() {
    List<Observation> rows =
        List.of(
            Observation.of(XValue.of(3), Double.NaN),
            Observation.of(XValue.of(1), Double.NaN),
            Observation.of(XValue.of(3), Double.NaN));

    assertThat(EventCounts.of(rows, null)).extracting(Observation::y).containsExactly(1.0, 2.0);
  }

  @Test
  void anEmptyLogIsRejected() {
    assertThatThrownBy(() -> EventCounts.of(List.of(), Period.WEEK))
        .hasMessage("events must not be empty");
  }
}
