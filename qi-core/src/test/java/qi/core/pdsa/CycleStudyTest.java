package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The study helper on hand-made weekly series of 12 baseline points and 8 after the cycle starts.
 *
 * <p>Baseline 10, 12, 11, 9, 10, 11, 12, 10, 9, 11, 10, 12: mean 127/12 = 10.583; moving ranges 2,
 * 1, 2, 1, 1, 1, 2, 1, 2, 1, 2, mean 16/11 = 1.4545, so σ̂ = 1.4545/1.128 = 1.2895 and the I chart
 * limits are 10.583 ± 3·1.2895 = 6.715 to 14.452. Its longest run on one side is 2.
 */
class CycleStudyTest {
  private static final double[] BASELINE = {10, 12, 11, 9, 10, 11, 12, 10, 9, 11, 10, 12};
  private static final LocalDate FIRST_WEEK = LocalDate.parse("2025-01-06");

  /** The Monday of week 13: the first point on or after the start. */
  private static final LocalDate START = FIRST_WEEK.plusWeeks(12);

  @TempDir Path dir;

  private static List<Observation> weekly(double[] after) {
    double[] values =
        DoubleStream.concat(DoubleStream.of(BASELINE), DoubleStream.of(after)).toArray();
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(Observation.of(XValue.of(FIRST_WEEK.plusWeeks(i)), values[i]));
    }
    return rows;
  }

  private static Measure measure(Direction better) {
    return measure(ChartType.I, better);
  }

  private static Measure measure(ChartType chart, Direction better) {
    return new Measure(
        "Minutes",
        MeasureKind.OUTCOME,
        "m.csv",
        "week",
        "minutes",
        null,
        chart,
        better,
        Double.NaN);
  }

  /** 8 points at 7 and 8: inside the limits (above 6.715), all below the centre line 10.583. */
  private static final double[] SHIFT_DOWN = {8, 7, 8, 7, 8, 7, 8, 7};

  @Test
  void sustainedShiftDownIsAnImprovementWhenLowerIsBetter() {
    ChangeAnalysis a =
        CycleStudy.analyze(
            measure(Direction.DECREASE), weekly(SHIFT_DOWN), START, StudyMethod.FREEZE);

    assertThat(a.pointsBefore()).isEqualTo(12);
    assertThat(a.pointsAfter()).isEqualTo(8);
    assertThat(a.centreBefore()).isCloseTo(127.0 / 12, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(a.sigmaSignal()).isFalse();
    assertThat(a.runsSignal()).isTrue();
    // The first m points after the start are one run below 10.583, with no crossing. Runs signal
    // when m > round(log2 m) + 3 (never for m <= 6) or crossings 0 < qbinom(0.05, m - 1, 0.5):
    // m = 5: P(X <= 0) = 1/16 = 0.0625 >= 0.05, so qbinom = 0, no signal;
    // m = 6: P(X <= 0) = 1/32 = 0.031 < 0.05 and P(X <= 1) = 6/32 >= 0.05, so qbinom = 1: signal.
    assertThat(a.pointsToSignal()).isEqualTo(OptionalInt.of(6));
    assertThat(a.effect()).isEqualTo(Effect.IMPROVEMENT);
  }

  @Test
  void sameShiftIsADeteriorationWhenHigherIsBetterAndNeutralWithoutDirection() {
    assertThat(
            CycleStudy.analyze(
                    measure(Direction.INCREASE), weekly(SHIFT_DOWN), START, StudyMethod.FREEZE)
                .effect())
        .isEqualTo(Effect.DETERIORATION);
    assertThat(
            CycleStudy.analyze(
                    measure(Direction.NEUTRAL), weekly(SHIFT_DOWN), START, StudyMethod.FREEZE)
                .effect())
        .isEqualTo(Effect.NEUTRAL);
  }

  @Test
  void noShiftGivesNoSignal() {
    // the first 8 baseline values again: inside the limits, longest run 2
    double[] same = {10, 12, 11, 9, 10, 11, 12, 10};

    ChangeAnalysis a =
        CycleStudy.analyze(measure(Direction.DECREASE), weekly(same), START, StudyMethod.FREEZE);

    assertThat(a.hasSignal()).isFalse();
    assertThat(a.effect()).isEqualTo(Effect.NO_SIGNAL);
    assertThat(a.pointsToSignal()).isEmpty();
    assertThat(a.summary()).startsWith("Minutes: no special cause after the start. I chart, ");
  }

  @Test
  void pointAboveTheFrozenLimitSignalsAtItsPosition() {
    // 16 > upper limit 14.452 at the 3rd point after the start
    double[] spike = {10, 11, 16, 10, 11, 10, 12, 9};

    ChangeAnalysis a =
        CycleStudy.analyze(measure(Direction.DECREASE), weekly(spike), START, StudyMethod.FREEZE);

    assertThat(a.sigmaSignal()).isTrue();
    assertThat(a.runsSignal()).isFalse();
    assertThat(a.pointsToSignal()).isEqualTo(OptionalInt.of(3));
    assertThat(a.effect()).isEqualTo(Effect.DETERIORATION);
    // with a phase break the new part's own limits decide: 10, 11, 16, 10, 11, 10, 12, 9 has mean
    // 89/8 = 11.125 and moving ranges 1, 5, 6, 1, 1, 2, 3 (mean 19/7), so its upper limit
    // 11.125 + 3 * (19/7)/1.128 = 18.34 keeps 16 inside: no signal.
    assertThat(
            CycleStudy.analyze(measure(Direction.DECREASE), weekly(spike), START, StudyMethod.PHASE)
                .hasSignal())
        .isFalse();
    assertThat(a.summary())
        .isEqualTo(
            "Minutes: deterioration: a point outside the control limits, first seen at the 3rd"
                + " point from the start. I chart, freeze point at 2025-03-31: 12 points before"
                + " it, 8 on or after; centre line 10.58.");
  }

  @Test
  void aRunChartsSummaryCallsItsCentreTheMedian() {
    // the baseline's median: 10, 12, 11, 9, 10, 11, 12, 10, 9, 11, 10, 12 sorted has 10 and 11 in
    // the middle: (10 + 11) / 2 = 10.5 (written to 4 significant digits). The points after it all
    // lie below: the first 6 have no crossing, fewer than the qbinom(0.05, 6 - 1, 0.5) = 1 that
    // Anhøj's rule asks of 6 points, so the shift shows at the 6th.
    ChangeAnalysis a =
        CycleStudy.analyze(
            measure(ChartType.RUN, Direction.DECREASE),
            weekly(SHIFT_DOWN),
            START,
            StudyMethod.FREEZE);

    assertThat(a.summary())
        .isEqualTo(
            "Minutes: improvement: a shift in the runs analysis, first seen at the 6th point"
                + " from the start. RUN chart, freeze point at 2025-03-31: 12 points before it,"
                + " 8 on or after; median 10.50.");
  }

  @Test
  void phaseBreakAgreesWithTheControlChartSplitAtTheStart() {
    List<Observation> rows = weekly(new double[] {8, 7, 16, 7, 8, 7, 8, 7});
    Analysis direct = ControlChart.of(ChartType.I, Series.of(rows)).parts(12).analyze();

    ChangeAnalysis a =
        CycleStudy.analyze(measure(Direction.DECREASE), rows, START, StudyMethod.PHASE);

    assertThat(a.sigmaSignal())
        .isEqualTo(direct.points().subList(12, 20).stream().anyMatch(PointResult::sigmaSignal));
    assertThat(a.runsSignal()).isEqualTo(direct.parts().get(1).runsSignal());
    assertThat(a.centreBefore()).isEqualTo(direct.parts().get(0).cl());
    assertThat(a.centreAfter()).isEqualTo(direct.parts().get(1).cl());
  }

  @Test
  void freezePointAgreesWithFrozenLimitsAndARunChartOfThePointsAfter() {
    double[] spike = {10, 11, 16, 10, 11, 10, 12, 9};
    for (double[] after : List.of(SHIFT_DOWN, spike)) {
      List<Observation> rows = weekly(after);
      Analysis frozen = ControlChart.of(ChartType.I, Series.of(rows)).freeze(12).analyze();
      double centre = frozen.points().get(0).cl();
      Analysis runChart =
          ControlChart.of(ChartType.RUN, Series.of(rows.subList(12, 20)))
              .centreLine(centre)
              .analyze();

      ChangeAnalysis a =
          CycleStudy.analyze(measure(Direction.DECREASE), rows, START, StudyMethod.FREEZE);

      assertThat(a.hasSignal()).isTrue();
      assertThat(a.sigmaSignal())
          .isEqualTo(frozen.points().subList(12, 20).stream().anyMatch(PointResult::sigmaSignal));
      assertThat(a.runsSignal()).isEqualTo(runChart.parts().get(0).runsSignal());
      assertThat(a.centreBefore()).isEqualTo(centre);
    }
  }

  @Test
  void baselineThatSignalsOnItsOwnDoesNotCountAsASignalAfterTheStart() {
    // Baseline 20, 21 four times, then 10, 11 twice: mean 206/12 = 17.17; moving ranges seven 1s,
    // a 10 (screened: >= 3.267 * 20/11) and three 1s, so σ̂ = 1/1.128 and the limits are
    // 17.17 ± 2.66. Over the whole series the 8 points above the mean are a run longer than
    // round(log2 20) + 3 = 7; the 8 points after the start alternate 16, 18 inside the limits.
    double[] values = {
      20, 21, 20, 21, 20, 21, 20, 21, 10, 11, 10, 11, 16, 18, 16, 18, 16, 18, 16, 18
    };
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(Observation.of(XValue.of(FIRST_WEEK.plusWeeks(i)), values[i]));
    }

    ChangeAnalysis a =
        CycleStudy.analyze(measure(Direction.DECREASE), rows, START, StudyMethod.FREEZE);

    assertThat(
            ControlChart.of(ChartType.I, Series.of(rows))
                .freeze(12)
                .analyze()
                .parts()
                .get(0)
                .runsSignal())
        .as("qi analyze --freeze 12 signals, from the baseline")
        .isTrue();
    assertThat(a.runsSignal()).isFalse();
    assertThat(a.effect()).isEqualTo(Effect.NO_SIGNAL);
  }

  @Test
  void studyOfACycleReadsItsMeasureRelativeToTheProjectFolder() throws IOException {
    StringBuilder csv = new StringBuilder("week,minutes\n");
    for (Observation row : weekly(SHIFT_DOWN)) {
      csv.append(row.x().text()).append(',').append(row.y()).append('\n');
    }
    Files.writeString(dir.resolve("m.csv"), csv);
    Project project =
        Project.of("T", Aim.of("A"))
            .withMeasure(measure(Direction.DECREASE))
            .withCycle(Fixtures.cycle(1, "Idea", START.toString()).withMeasure("Minutes"))
            .withCycle(Fixtures.cycle(2, "Unlinked", START.toString()));

    ChangeAnalysis a = CycleStudy.analyze(project, 1, dir, StudyMethod.FREEZE);

    assertThat(a)
        .isEqualTo(
            CycleStudy.analyze(
                measure(Direction.DECREASE), weekly(SHIFT_DOWN), START, StudyMethod.FREEZE));
    assertThatThrownBy(() -> CycleStudy.analyze(project, 2, dir, StudyMethod.FREEZE))
        .hasMessage("PDSA 2 has no measure to study: link a measure to the cycle first");
  }

  @Test
  void baselineFromLeavesOutTheEarlierPoints() {
    // From week 9 (2025-03-03) the baseline is 9, 11, 10, 12 only; the shift is still seen.
    LocalDate from = FIRST_WEEK.plusWeeks(8);

    ChangeAnalysis a =
        CycleStudy.analyze(
            measure(Direction.DECREASE), weekly(SHIFT_DOWN), START, from, StudyMethod.FREEZE);

    assertThat(a.pointsBefore()).isEqualTo(4);
    assertThat(a.centreBefore()).isEqualTo((9 + 11 + 10 + 12) / 4.0);
    assertThat(a.baselineFrom()).isEqualTo(from);
    assertThat(a.summary()).contains("4 points before it (from 2025-03-03), 8 on or after");
    assertThatThrownBy(
            () ->
                CycleStudy.analyze(
                    measure(Direction.DECREASE),
                    weekly(SHIFT_DOWN),
                    START,
                    START,
                    StudyMethod.FREEZE))
        .hasMessage("baselineFrom (2025-03-31) must be before start (2025-03-31)");
  }

  @Test
  void startBeforeTheFirstPointHasNoBaseline() {
    assertThatThrownBy(
            () ->
                CycleStudy.analyze(
                    measure(Direction.DECREASE),
                    weekly(SHIFT_DOWN),
                    FIRST_WEEK,
                    StudyMethod.FREEZE))
        .hasMessage(
            "measure Minutes: no point before the start (2025-01-06); the first is 2025-01-06, so"
                + " there is no baseline to compare with");
  }

  @Test
  void startAfterTheLastPointHasNothingToStudy() {
    assertThatThrownBy(
            () ->
                CycleStudy.analyze(
                    measure(Direction.DECREASE),
                    weekly(SHIFT_DOWN),
                    LocalDate.parse("2026-01-05"),
                    StudyMethod.FREEZE))
        .hasMessage(
            "measure Minutes: no point on or after the start (2026-01-05); the last is 2025-05-19:"
                + " add data, then study again");
  }

  @Test
  void numericXCannotPlaceADate() {
    List<Observation> rows =
        List.of(Observation.of(XValue.of(1), 3), Observation.of(XValue.of(2), 4));

    assertThatThrownBy(
            () -> CycleStudy.analyze(measure(Direction.DECREASE), rows, START, StudyMethod.FREEZE))
        .hasMessage(
            "measure Minutes: x column week (1) must hold dates to place a cycle's start on the series");
  }
}
