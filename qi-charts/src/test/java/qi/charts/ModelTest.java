package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
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
  void tickLabelsAreUniqueSoThatXchartSettlesOnWholePoints() {
    List<String> labels = List.of("Jan 2025", "Feb 2025", "Mar 2025");
    Set<String> seen = new HashSet<>();
    for (double p = -2; p <= 6; p += 0.5) {
      assertThat(seen.add(XCharts.tickLabel(labels, p))).as("position " + p).isTrue();
    }
    for (long p = 1000; p <= 1_000_000; p *= 10) { // far beyond the points, at steps XChart tries
      assertThat(seen.add(XCharts.tickLabel(labels, p))).as("position " + p).isTrue();
      assertThat(seen.add(XCharts.tickLabel(labels, 2 * p))).as("position 2 × " + p).isTrue();
      assertThat(seen.add(XCharts.tickLabel(labels, -p))).as("position -" + p).isTrue();
    }
    assertThat(XCharts.tickLabel(labels, 2).strip()).isEqualTo("Feb 2025");
    // XChart sizes the axis by the longest label: a real one, so that the labels get room.
    assertThat(XCharts.tickLabel(labels, 2).length())
        .isGreaterThan(XCharts.tickLabel(labels, -1_000_000.5).length())
        .isGreaterThan(XCharts.tickLabel(labels, 1_000_000).length());
    assertThat(XCharts.tickLabel(labels, 2.5)).matches("[ \\u00a0]+");
  }

  @Test
  void tooltipNamesValueLimitsAndTheRuleThatFired() {
    Analysis a = Fixtures.analysis(ChartType.I);
    PointResult p = a.points().get(8);

    assertThat(Model.tooltip(p))
        .contains("x 2025-09-01", "value 30", "outside the control limits (3σ rule)")
        .contains("limits " + Model.number(p.lcl()) + " to " + Model.number(p.ucl()));
  }
}
