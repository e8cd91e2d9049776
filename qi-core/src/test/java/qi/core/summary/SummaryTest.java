package qi.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.Assurance;
import qi.core.result.Headline;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import qi.core.result.Variation;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

class SummaryTest {
  // Fictional monthly measures: "Waits" steps down by 10 after month 12 (a shift that the NHS
  // rules flag), "Harm" is a proportion with denominators, "New" has only 5 months.
  private static final double[] WAITS = {
    50, 52, 49, 51, 53, 48, 50, 51, 49, 52, 50, 51, 40, 41, 39, 42, 40, 38, 41, 40, 39, 41, 40, 39
  };
  private static final double[] HARM = {4, 6, 5, 7, 5, 4, 6, 5, 6, 4, 5, 6, 5, 7, 4, 5};
  private static final double[] HARM_N = {
    100, 110, 95, 105, 100, 98, 102, 101, 99, 100, 104, 96, 100, 103, 97, 100
  };
  private static final double[] NEW = {3, 4, 5, 4, 3};

  private static XValue month(int i) {
    return XValue.parse(String.format("%d-%02d-01", 2022 + i / 12, 1 + i % 12));
  }

  private static List<Observation> values(String measure, double[] ys) {
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < ys.length; i++) {
      rows.add(new Observation(month(i), ys[i], Double.NaN, measure));
    }
    return rows;
  }

  private static List<Observation> ratios(String measure, double[] ys, double[] ns) {
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < ys.length; i++) {
      rows.add(new Observation(month(i), ys[i], ns[i], measure));
    }
    return rows;
  }

  /**
   * Long format: the measures' rows interleaved, as a board's extract lists them month by month.
   */
  private static List<Observation> board() {
    List<Observation> rows = new ArrayList<>();
    List<Observation> waits = values("Waits", WAITS);
    List<Observation> harm = ratios("Harm", HARM, HARM_N);
    List<Observation> young = values("New", NEW);
    for (int i = 0; i < WAITS.length; i++) {
      rows.add(waits.get(i));
      if (i < harm.size()) {
        rows.add(harm.get(i));
      }
      if (i < young.size()) {
        rows.add(young.get(i));
      }
    }
    return rows;
  }

  private static final List<MeasureSettings> SETTINGS =
      List.of(
          MeasureSettings.of("Waits")
              .withDirection(Direction.DECREASE)
              .withTarget(45)
              .withUnit("min")
              .withGroup("Flow"),
          MeasureSettings.of("Harm")
              .withChart(ChartType.P)
              .withDirection(Direction.DECREASE)
              .withMultiply(100)
              .withTarget(8)
              .withRebase(month(6))
              .withGroup("Safety"));

  @Test
  void everyFigureEqualsTheAnalysisOfThatMeasureAlone() {
    Summary summary = Summary.of(board(), SETTINGS);
    // Each measure's chart built by hand from its own rows, as qi analyze builds it from its
    // options (--chart i --rules nhs --direction decrease --target 45; --chart p --n ...).
    List<Analysis> alone =
        List.of(
            ControlChart.of(ChartType.I, Series.of(values("Waits", WAITS)))
                .rules(RuleSet.NHS)
                .direction(Direction.DECREASE)
                .target(45)
                .analyze(),
            ControlChart.of(ChartType.P, Series.ofRatios(ratios("Harm", HARM, HARM_N)))
                .rules(RuleSet.NHS)
                .direction(Direction.DECREASE)
                .multiply(100)
                .target(8)
                .rebase(month(6))
                .analyze(),
            ControlChart.of(ChartType.I, Series.of(values("New", NEW)))
                .rules(RuleSet.NHS)
                .analyze());
    assertThat(summary.measures())
        .extracting(MeasureSummary::measure)
        .containsExactly("Waits", "Harm", "New");
    for (int m = 0; m < alone.size(); m++) {
      Analysis expected = alone.get(m);
      MeasureSummary row = summary.measures().get(m);
      PointResult last = expected.points().get(expected.points().size() - 1);
      PartResult lastPart = expected.parts().get(expected.parts().size() - 1);
      assertThat(row.analysis()).isEqualTo(expected);
      assertThat(row.chart().id()).isEqualTo(expected.chart());
      assertThat(row.direction()).isEqualTo(expected.direction());
      assertThat(row.points()).isEqualTo(expected.points().size());
      assertThat(row.latestX()).isEqualTo(last.x());
      assertThat(Double.valueOf(row.latestY())).isEqualTo(Double.valueOf(last.y()));
      assertThat(Double.valueOf(row.cl())).isEqualTo(Double.valueOf(last.cl()));
      assertThat(Double.valueOf(row.lcl())).isEqualTo(Double.valueOf(last.lcl()));
      assertThat(Double.valueOf(row.ucl())).isEqualTo(Double.valueOf(last.ucl()));
      assertThat(Double.valueOf(row.target())).isEqualTo(Double.valueOf(last.target()));
      assertThat(row.variation()).isEqualTo(lastPart.variation());
      assertThat(row.assurance()).isEqualTo(lastPart.assurance());
      assertThat(row.verdict()).isEqualTo(Headline.of(expected).text());
    }
  }

  @Test
  void aStepDownWhenLowerIsBetterIsAnImprovementThatMeetsItsTarget() {
    MeasureSummary waits = Summary.of(board(), SETTINGS).measures().get(0);
    // The last 12 points (mean 40) sit 10 below the first 12 (mean 50.5): the shift rule flags
    // them, lower is better, and the target 45 lies above the upper limit of all 24 points.
    assertThat(waits.latestX()).isEqualTo("2023-12-01");
    assertThat(waits.latestY()).isEqualTo(39);
    assertThat(waits.variation()).isEqualTo(Variation.IMPROVEMENT_LOW);
    assertThat(waits.group()).isEqualTo("Flow");
    assertThat(waits.unit()).isEqualTo("min");
  }

  @Test
  void measuresWithoutSettingsGetTheXmrChartWithNhsRulesAndNoTarget() {
    MeasureSummary young = Summary.of(board(), SETTINGS).measures().get(2);
    assertThat(young.chart()).isEqualTo(ChartType.I);
    assertThat(young.analysis().rules()).isEqualTo(RuleSet.NHS);
    assertThat(young.direction()).isEqualTo(Direction.NEUTRAL);
    assertThat(young.target()).isNaN();
    assertThat(young.assurance()).isNull();
    assertThat(young.group()).isEmpty();
    assertThat(young.unit()).isEmpty();
  }

  @Test
  void aMeasureWithFewerThan13PointsCarriesTheShortSeriesNote() {
    Summary summary = Summary.of(board(), SETTINGS);
    // New has 5 points; Waits 24; Harm's last part (after the rebase at month 7) has 16 - 6 = 10.
    assertThat(summary.measures().get(2).notes()).contains(MeasureSummary.SHORT_SERIES_NOTE);
    assertThat(summary.measures().get(2).isShortSeries()).isTrue();
    assertThat(summary.measures().get(1).isShortSeries()).isTrue();
    assertThat(summary.measures().get(0).isShortSeries()).isFalse();
  }

  @Test
  void aMultipliedTargetIsJudgedOnTheMultipliedScale() {
    MeasureSummary harm = Summary.of(board(), SETTINGS).measures().get(1);
    // The last part's p-bar is about 5% (Σy / Σn of months 7-16), and with n ≈ 100 its limits
    // are about 5 ± 100·3·√(0.05·0.95/100) = 5 ± 6.5 percent: the target 8 lies between them.
    assertThat(harm.target()).isEqualTo(8);
    assertThat(harm.assurance()).isEqualTo(Assurance.INCONSISTENT);
    assertThat(harm.analysis().parts()).hasSize(2);
  }

  @Test
  void groupsAreListedInTheOrderTheyFirstAppear() {
    Summary summary = Summary.of(board(), SETTINGS);
    assertThat(summary.groups()).containsExactly("Flow", "Safety", "");
    assertThat(summary.measures("Safety"))
        .extracting(MeasureSummary::measure)
        .containsExactly("Harm");
  }

  @Test
  void settingsForAMeasureNotInTheDataAreRefused() {
    assertThatThrownBy(() -> Summary.of(board(), List.of(MeasureSettings.of("Wait"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measure (Wait)")
        .hasMessageContaining("not in the data");
  }

  @Test
  void twoSettingsForOneMeasureAreRefused() {
    assertThatThrownBy(
            () ->
                Summary.of(board(), List.of(MeasureSettings.of("New"), MeasureSettings.of("New"))))
        .hasMessageContaining("measure (New) more than once");
  }

  @Test
  void aFailingMeasureIsNamedInTheMessage() {
    // A P chart needs denominators: New has none, so its series is not a ratio.
    assertThatThrownBy(
            () -> Summary.of(board(), List.of(MeasureSettings.of("New").withChart(ChartType.P))))
        .hasMessageStartingWith("measure New: ");
  }

  @Test
  void aRowWithoutMeasureIsRefused() {
    List<Observation> rows = List.of(new Observation(month(0), 1, Double.NaN, " "));
    assertThatThrownBy(() -> Summary.of(rows, List.of()))
        .hasMessageContaining("measure of the row at x 2022-01-01 must not be blank");
  }

  @Test
  void settingsCheckTheirValues() {
    MeasureSettings s = MeasureSettings.of("Falls");
    assertThatThrownBy(() -> s.withMultiply(0)).hasMessageContaining("multiply (0)");
    assertThatThrownBy(() -> s.withTarget(Double.POSITIVE_INFINITY))
        .hasMessageContaining("target (");
    assertThatThrownBy(() -> MeasureSettings.of(" ")).hasMessageContaining("measure (\" \")");
    assertThatThrownBy(() -> s.withChart(null)).hasMessageContaining("chart must not be null");
  }

  @Test
  void settingsAreValuesThatChangeOneFieldAtATime() {
    MeasureSettings s = MeasureSettings.of("Falls").withTarget(5).withGroup("Safety");
    assertThat(s.withUnit("per 1,000 bed days"))
        .isEqualTo(
            new MeasureSettings(
                "Falls",
                ChartType.I,
                Direction.NEUTRAL,
                5,
                1,
                List.of(),
                "per 1,000 bed days",
                "Safety",
                RuleSet.NHS));
    assertThat(s.withTarget(Double.NaN).target()).isNaN();
  }

  @Test
  void noRowsAndNoSettingsAreRefused() {
    assertThatThrownBy(() -> Summary.of(List.of(), List.of()))
        .hasMessageContaining("rows must not be empty");
    assertThatThrownBy(() -> Summary.of(board(), null))
        .hasMessageContaining("settings must not be null");
  }
}
