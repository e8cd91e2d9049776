package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.Vocabulary;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.Series;

/**
 * The chart model: which lines, markers and labels a chart shows. Expected values are read from the
 * analysis itself (qi-charts computes nothing), or are positions written as arithmetic.
 */
class ModelTest {
  private static final ChartStyle STYLE = ChartStyle.withDefaults();

  private static long nans(double[] ys) {
    return Arrays.stream(ys).filter(Double::isNaN).count();
  }

  @Test
  void everyLineBreaksBetweenTwoParts() {
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(5, 6, 5, 7, 6, 12, 13, 12, 14, 13))
            .parts(5)
            .analyze();

    Model m = Model.of(a, STYLE);

    for (LineKind kind : List.of(LineKind.DATA, LineKind.CONTROL_UPPER, LineKind.CONTROL_LOWER)) {
      assertThat(nans(m.line(kind).y())).as(kind.label()).isEqualTo(1);
    }
    assertThat(m.partLabels()).extracting(Model.Label::text).containsExactly("Part 1", "Part 2");
    assertThat(m.partLabels()).extracting(Model.Label::x).containsExactly((1 + 5) / 2.0, 8.0);
  }

  @Test
  void centreLineOfARunChartIsTheAnalysisMedian() {
    Analysis a = Fixtures.analysis(ChartType.RUN);

    Model m = Model.of(a, STYLE);

    double cl = a.points().get(0).cl();
    Model.Line centre = m.line(LineKind.CENTRE) != null ? m.line(LineKind.CENTRE) : null;
    assertThat(centre).isNotNull();
    assertThat(centre.values()).containsOnly(cl);
    assertThat(m.line(LineKind.CONTROL_UPPER)).as("a run chart has no limits").isNull();
  }

  @Test
  void limitsStepThroughEveryPointsOwnLimitWhenDenominatorsVary() {
    Analysis a = Fixtures.analysis(ChartType.P);

    Model m = Model.of(a, STYLE);

    Set<Double> expected = new HashSet<>();
    a.points().forEach(p -> expected.add(p.ucl()));
    Set<Double> drawn = new HashSet<>();
    Arrays.stream(m.line(LineKind.CONTROL_UPPER).values()).forEach(drawn::add);
    assertThat(drawn).isEqualTo(expected).hasSizeGreaterThan(1);
    // Point 4 (n = 80) sits at x = 4: its limit runs from halfway to point 3 to halfway to 5.
    Model.Line ucl = m.line(LineKind.CONTROL_UPPER);
    double u4 = a.points().get(3).ucl();
    int i = 0;
    while (!(ucl.x()[i] == 3.5 && ucl.y()[i] == u4)) {
      i++;
    }
    assertThat(ucl.x()[i + 1]).isEqualTo(4.5);
    assertThat(ucl.y()[i + 1]).isEqualTo(u4);
  }

  @Test
  void pointOutsideTheLimitsIsSpecialCauseAndTheOthersCommonCause() {
    Analysis a = Fixtures.analysis(ChartType.I);

    Model m = Model.of(a, STYLE);

    assertThat(a.points().get(8).sigmaSignal()).as("point 9 (30) is the outlier").isTrue();
    assertThat(m.markers()).hasSize(12);
    assertThat(m.markers())
        .filteredOn(mk -> mk.category() == PointCategory.SPECIAL_CAUSE)
        .extracting(Model.Marker::index)
        .containsExactly(9);
  }

  /** 12 values below then 12 above: a run of 12 > the Anhøj limit for 24 points, a shift up. */
  private static double[] stepUp() {
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      v[i] = i < 12 ? 10 + (i % 3) : 20 + (i % 3);
    }
    return v;
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
    "RUN, ANHOEJ",
    "I, ANHOEJ",
    "I, NHS",
    "I, WESTERN_ELECTRIC",
    "C, NELSON",
    "I, IHI",
  })
  void withADirectionSignalsAreImprovementOrConcernOnEveryChart(String chart, String rules) {
    // Higher is better: the 12 high points are improvements, the 12 low ones concerns; no neutral
    // red or amber is left.
    RuleSet set =
        switch (rules) {
          case "NHS" -> RuleSet.NHS;
          case "WESTERN_ELECTRIC" -> RuleSet.WESTERN_ELECTRIC;
          case "NELSON" -> RuleSet.NELSON;
          case "IHI" -> RuleSet.IHI;
          default -> RuleSet.ANHOEJ;
        };
    Analysis a =
        ControlChart.of(ChartType.valueOf(chart), Series.ofValues(stepUp()))
            .rules(set)
            .direction(Direction.INCREASE)
            .analyze();

    Model m = Model.of(a, STYLE);

    assertThat(m.markers())
        .extracting(Model.Marker::category)
        .doesNotContain(PointCategory.SPECIAL_CAUSE, PointCategory.SHIFT, PointCategory.NEUTRAL);
    for (Model.Marker marker : m.markers()) {
      PointResult p = a.points().get(marker.index() - 1);
      if (marker.category() == PointCategory.IMPROVEMENT) {
        assertThat(p.y()).as("improvement at %d", marker.index()).isGreaterThan(p.cl());
      }
      if (marker.category() == PointCategory.CONCERN) {
        assertThat(p.y()).as("concern at %d", marker.index()).isLessThan(p.cl());
      }
    }
    assertThat(m.markers()).extracting(Model.Marker::category).contains(PointCategory.IMPROVEMENT);
  }

  @Test
  void withoutADirectionSignalsKeepNeutralColours() {
    Analysis a = ControlChart.of(ChartType.I, Series.ofValues(stepUp())).analyze();

    assertThat(Model.of(a, STYLE).markers())
        .extracting(Model.Marker::category)
        .doesNotContain(PointCategory.IMPROVEMENT, PointCategory.CONCERN)
        .containsAnyOf(PointCategory.SPECIAL_CAUSE, PointCategory.SHIFT);
  }

  @Test
  void nhsMeanIsNeverTheDashedShiftLine() {
    // Making Data Count has no runs analysis: its mean stays solid, and is called "mean".
    Analysis a =
        ControlChart.of(ChartType.XMR, Series.ofValues(stepUp())).rules(RuleSet.NHS).analyze();

    Model m = Model.of(a, STYLE);

    assertThat(a.parts().get(0).runsSignal()).isTrue();
    assertThat(m.line(LineKind.CENTRE_SHIFT)).isNull();
    assertThat(m.line(LineKind.CENTRE)).isNotNull();
    assertThat(m.words().centre()).isEqualTo("mean");
    assertThat(m.words().limits()).isEqualTo("process limits");
  }

  @Test
  void runChartCentreIsCalledMedian() {
    Analysis a = ControlChart.of(ChartType.RUN, Series.ofValues(stepUp())).analyze();

    assertThat(Model.of(a, STYLE).words().centre()).isEqualTo("median");
  }

  @Test
  void partWithARunsSignalHasShiftPointsAndAShiftCentreLine() {
    // 12 values below then 12 above the median: a run of 12 > the Anhøj limit for 24 points.
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      v[i] = i < 12 ? 10 + (i % 3) : 20 + (i % 3);
    }
    Analysis a = ControlChart.of(ChartType.RUN, Series.ofValues(v)).analyze();

    Model m = Model.of(a, STYLE);

    assertThat(a.parts().get(0).runsSignal()).isTrue();
    assertThat(m.line(LineKind.CENTRE)).isNull();
    assertThat(m.line(LineKind.CENTRE_SHIFT).values()).containsOnly(a.points().get(0).cl());
    assertThat(m.markers()).extracting(Model.Marker::category).containsOnly(PointCategory.SHIFT);
  }

  @Test
  void excludedPointIsHollow() {
    Analysis a = ControlChart.of(ChartType.I, Fixtures.series(ChartType.I)).exclude(9).analyze();

    Model m = Model.of(a, STYLE);

    assertThat(m.markers())
        .filteredOn(Model.Marker::hollow)
        .extracting(Model.Marker::index)
        .containsExactly(9);
  }

  @Test
  void missingValueHasNoMarkerAndBreaksTheDataLine() {
    Analysis a = ControlChart.of(ChartType.I, Series.ofValues(5, 6, Double.NaN, 7, 6)).analyze();

    Model m = Model.of(a, STYLE);

    assertThat(m.markers()).extracting(Model.Marker::index).containsExactly(1, 2, 4, 5);
    assertThat(nans(m.line(LineKind.DATA).y())).isEqualTo(1);
  }

  @Test
  void warningLimitsAreDrawnOnlyWhenAsked() {
    Analysis a = Fixtures.analysis(ChartType.I);

    assertThat(Model.of(a, STYLE).line(LineKind.WARNING_UPPER)).isNull();
    Model m = Model.of(a, STYLE.warningLimits(true));
    assertThat(m.line(LineKind.WARNING_UPPER).values()).containsOnly(a.points().get(0).uwl());
    assertThat(m.line(LineKind.WARNING_LOWER).values()).containsOnly(a.points().get(0).lwl());
  }

  @Test
  void targetComesFromTheAnalysisOrTheStyle() {
    Analysis a = ControlChart.of(ChartType.I, Fixtures.series(ChartType.I)).target(12).analyze();

    assertThat(Model.of(a, STYLE).line(LineKind.TARGET).values()).containsOnly(12.0);
    assertThat(Model.of(a, STYLE.target(20)).line(LineKind.TARGET).values()).containsOnly(20.0);
    assertThat(Model.of(Fixtures.analysis(ChartType.I), STYLE).line(LineKind.TARGET)).isNull();
  }

  @Test
  void frozenBaselineEndsHalfwayAfterTheLastBaselinePoint() {
    Analysis a = ControlChart.of(ChartType.I, Fixtures.series(ChartType.I)).freeze(6).analyze();

    Model m = Model.of(a, STYLE);

    assertThat(a.points()).filteredOn(PointResult::baseline).hasSize(6);
    assertThat(m.baselineEnd()).isEqualTo(6.5);
    assertThat(Model.of(Fixtures.analysis(ChartType.I), STYLE).baselineEnd()).isNaN();
  }

  @Test
  void noteAtADateBetweenTwoPointsIsPlacedInProportionToTime() {
    Analysis a = Fixtures.analysis(ChartType.I); // monthly from 2025-01-01

    Model m =
        Model.of(a, STYLE.note("2025-02-01", "on point 2").note("2025-01-11", "10 of 31 days"));

    assertThat(m.notes()).extracting(Model.Label::x).containsExactly(2.0, 1 + 10 / 31.0);
  }

  @Test
  void noteWhoseXIsNotLikeTheChartsIsRejectedNamingBoth() {
    Analysis a = Fixtures.analysis(ChartType.I);

    assertThatThrownBy(() -> Model.of(a, STYLE.note("soon", "text")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note x (soon)")
        .hasMessageContaining("2025-01-01");
  }

  @Test
  void dateLabelsFollowThePeriodOfTheDates() {
    assertThat(XLabels.of(List.of("2025-01-01", "2025-02-01")))
        .containsExactly("Jan 2025", "Feb 2025");
    assertThat(XLabels.of(List.of("2025-01-01", "2025-04-01")))
        .containsExactly("2025 Q1", "2025 Q2");
    assertThat(XLabels.of(List.of("2024-01-01", "2025-01-01"))).containsExactly("2024", "2025");
    assertThat(XLabels.of(List.of("2025-01-06", "2025-01-13")))
        .containsExactly("6 Jan 2025", "13 Jan 2025");
    assertThat(XLabels.of(List.of("3", "4.5"))).containsExactly("3", "4.5");
  }

  @Test
  void weeklyDatesGetMonthTicksOnTheFirstOfTheMonthEachLabelled() {
    // 40 weeks from Monday 2025-01-06; 50 px between points leaves room for every month label
    // (10 px a character): ticks on 1 Feb ... 1 Oct (the last week is 6 Oct), each between the
    // weeks around it, e.g. 1 Feb
    // is 5 days after 2025-01-27 (point 4): position 4 + 5/7.
    List<String> weeks = new ArrayList<>();
    for (int w = 0; w < 40; w++) {
      weeks.add(java.time.LocalDate.of(2025, 1, 6).plusWeeks(w).toString());
    }

    List<XLabels.Tick> ticks = XLabels.ticks(weeks, 50, label -> 10.0 * label.length(), 10);

    assertThat(ticks).extracting(XLabels.Tick::label).startsWith("Feb 2025", "Mar", "Apr");
    assertThat(ticks).extracting(XLabels.Tick::label).endsWith("Sep", "Oct");
    assertThat(ticks.get(0).position()).isCloseTo(4 + 5 / 7.0, within(1e-12));
  }

  @Test
  void monthlyDatesFallBackToQuartersThenYearsWhenLabelsDoNotFit() {
    // 36 months from Jan 2023, labels 10 px a character. At 10 px a point: months (10 px apart)
    // and quarters (30 px; (70 + 20) / 2 + 10 = 55 needed for "2023 Q1" then "Q2") and half years
    // (60 px; (80 + 30) / 2 + 10 = 65 for "Jan 2023" then "Jul") do not fit; years (120 px) do.
    List<String> months = new ArrayList<>();
    for (int m = 0; m < 36; m++) {
      months.add(java.time.LocalDate.of(2023, 1, 1).plusMonths(m).toString());
    }

    assertThat(XLabels.ticks(months, 10, label -> 10.0 * label.length(), 10))
        .containsExactly(
            new XLabels.Tick(1, "2023"),
            new XLabels.Tick(13, "2024"),
            new XLabels.Tick(25, "2025"));
    // At 20 px a point quarters fit (60 >= 55).
    assertThat(XLabels.ticks(months, 20, label -> 10.0 * label.length(), 10))
        .extracting(XLabels.Tick::label)
        .startsWith("2023 Q1", "Q2", "Q3", "Q4", "2024 Q1");
  }

  @Test
  void numbersGetEveryKthPointFromTheFirst() {
    // 30 points, labels 1..30 (20 px each), 10 px apart: every 5th point fits ((20+20)/2 + 10 = 30
    // <= 50), every 2nd does not (20 < 30).
    List<String> xs = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      xs.add(Integer.toString(i));
    }

    assertThat(XLabels.ticks(xs, 10, label -> 20.0, 10))
        .extracting(XLabels.Tick::label)
        .containsExactly("1", "6", "11", "16", "21", "26");
  }

  @Test
  void ewmaPointsBeyondTheirLimitsAreColouredAsSignals() {
    // 12 calibration points alternating 9 and 11, then 8 at 20: the EWMA climbs past its upper
    // limit; the engine's signals (ewma_upper) decide which markers are red.
    double[] values = new double[20];
    for (int i = 0; i < values.length; i++) {
      values[i] = i >= 12 ? 20 : i % 2 == 0 ? 9 : 11;
    }
    Analysis a = ControlChart.of(ChartType.EWMA, Series.ofValues(values)).freeze(12).analyze();

    Model m = Model.of(a, ChartStyle.withDefaults());

    assertThat(a.points()).anyMatch(p -> p.signals().contains("ewma_upper"));
    for (Model.Marker marker : m.markers()) {
      boolean signalled = !a.points().get(marker.index() - 1).signals().isEmpty();
      assertThat(marker.category())
          .isEqualTo(signalled ? PointCategory.SPECIAL_CAUSE : PointCategory.COMMON_CAUSE);
    }
  }

  @Test
  void tooltipOfACusumSpeaksOfItsDecisionIntervalAndNewData() {
    // qcc 2.7 plot.cusum.qcc: "Decision interval", "Calibration data" | "New data".
    double[] values = new double[20];
    for (int i = 0; i < values.length; i++) {
      values[i] = i >= 12 ? 20 : i % 2 == 0 ? 9 : 11;
    }
    Analysis a = ControlChart.of(ChartType.CUSUM, Series.ofValues(values)).freeze(12).analyze();

    assertThat(Model.tooltip(a.points().get(19), Vocabulary.of(a)))
        .contains("Signal: beyond the decision interval", "New data (after the calibration data)")
        .doesNotContain("control limits");
  }

  @Test
  void tooltipNamesValueLimitsAndTheRuleThatFired() {
    Analysis a = Fixtures.analysis(ChartType.I);
    PointResult p = a.points().get(8);

    assertThat(Model.tooltip(p, Vocabulary.of(a)))
        .contains("x 2025-09-01", "value 30", "Signal: outside the control limits")
        .contains("control limits " + Model.number(p.lcl()) + " to " + Model.number(p.ucl()));
  }
}
