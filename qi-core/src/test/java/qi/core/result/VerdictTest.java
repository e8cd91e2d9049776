package qi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.rules.Direction;
import qi.core.series.Series;

/**
 * The plain-language verdict names the rule, where it fired and what it means. Data:
 * NHSRplotthedots 0.2.2 case ptd_increase_shift_24pts (shared/reference), whose points 15–24 are "7
 * Points Above CL" (special_cause_improvement with direction increase).
 */
class VerdictTest {
  private static Analysis shift(Direction direction) {
    Path input =
        Path.of("src/test/resources/reference/nhsrplotthedots/ptd_increase_shift_24pts/input.csv");
    return ControlChart.of(ChartType.XMR, Series.of(CsvInput.read(input, Columns.of("x", "y"))))
        .direction(direction)
        .analyze();
  }

  @Test
  void saysWhichRuleFiredWhereAndWhatItMeans() {
    // Under the NHS rules (the XmR chart's), in "Making Data Count" words: mean, process limits,
    // and a shift is "a run of 7 points all above or all below the mean" (NHS England, Making Data
    // Count: Strengthening your decisions), also in the rule's text.
    assertThat(Verdict.lines(shift(Direction.INCREASE)))
        .contains(
            "XmR chart: 24 points in 1 part; rules: nhs.",
            "Part 1 (points 1-24): mean 53.18, process limits 44.82 to 61.55.",
            "  Special cause (improvement): 10 points above the mean from x 2021-03-01 to"
                + " 2021-12-01 (rule: 7 points in a row on one side of the mean).")
        .first()
        .asString()
        .startsWith(
            "Improvement: 10 points from 2021-03-01 to 2021-12-01 signal a change for the"
                + " better");
  }

  @Test
  void theSameSignalIsAConcernWhenLowerIsBetter() {
    assertThat(Verdict.lines(shift(Direction.DECREASE)))
        .anyMatch(line -> line.startsWith("  Special cause (concern): 10 points above"));
  }

  @Test
  void commonCauseOnlyIsSaidPlainly() {
    Analysis flat =
        ControlChart.of(ChartType.I, Series.ofValues(5, 6, 5, 4, 5, 6, 5, 4, 5, 6)).analyze();

    assertThat(Verdict.lines(flat))
        .contains("  No special cause: only common-cause variation in this part.")
        .first()
        .isEqualTo("No signal: only common-cause variation: no sign that the process has changed.");
  }

  @Test
  void nhsIconsAreDescribedInWords() {
    // Point 24 is in the run of improvement above the mean (direction increase): NHSRplotthedots
    // 0.2.2 gives the variation icon "improvement_high"; no target, so no assurance icon.
    assertThat(Verdict.lines(shift(Direction.INCREASE)))
        .last()
        .isEqualTo(
            "Icons (Making Data Count): variation of the latest point: special cause of an"
                + " improving nature, values higher.");
  }

  @Test
  void noRunsLinesUnderTheNhsRules() {
    // "Making Data Count" has no runs analysis: no "longest run" or "crossings" line.
    assertThat(Verdict.lines(shift(Direction.INCREASE))).noneMatch(l -> l.contains("Runs:"));
  }

  @Test
  void aTinySeriesSaysItHasTooFewPointsForACrossingsSignal() {
    // 3, 5, 4: the median 4 is a value, so 2 useful points; longest run allowed round(log₂ 2) + 3
    // = 4, fewest crossings qbinom(0.05, 1, 0.5) = 0 (qicharts2 0.8.1): no count of crossings can
    // signal. One crossing, in the singular.
    Analysis tiny = ControlChart.of(ChartType.RUN, Series.ofValues(3, 5, 4)).analyze();

    assertThat(Verdict.lines(tiny))
        .contains(
            "  Runs: longest run 1 (a signal above 4), 1 crossing (too few points for a crossings"
                + " signal).");
  }

  @Test
  void chartTypesHaveTheirProperNames() {
    assertThat(Verdict.chartName("run")).isEqualTo("Run chart");
    assertThat(Verdict.chartName("xmr")).isEqualTo("XmR chart");
    assertThat(Verdict.chartName("u")).isEqualTo("U chart");
  }

  @Test
  void pointsFlaggedApartAreSeparateEpisodes() {
    // I chart frozen on 20 values alternating 9 and 11: centre 10, limits 10 ± 3·2/1.128 = 4.68 to
    // 15.32; x 21 and 23 are beyond the upper limit, x 22 is not, so two episodes, one line each.
    double[] values = new double[23];
    for (int i = 0; i < 20; i++) {
      values[i] = i % 2 == 0 ? 9 : 11;
    }
    values[20] = 30;
    values[21] = 10;
    values[22] = 30;
    Analysis analysis = ControlChart.of(ChartType.I, Series.ofValues(values)).freeze(20).analyze();

    assertThat(Verdict.lines(analysis))
        .filteredOn(line -> line.startsWith("  Special cause"))
        .containsExactly(
            "  Special cause (high): 1 point above the centre line at x 21 (rule: a point outside"
                + " the control limits).",
            "  Special cause (high): 1 point above the centre line at x 23 (rule: a point outside"
                + " the control limits).");
  }

  @Test
  void aLongListIsCountedThenCutAfterTheFirstStretches() {
    // The frozen baseline of pointsFlaggedApartAreSeparateEpisodes (centre 10, limits 4.68 to
    // 15.32), then 5 single points beyond the upper limit (30) and 2 below the lower (-10), each
    // followed by a 10 inside: 7 stretches of one point, 5 above and 2 below the centre line.
    double[] values = new double[34];
    for (int i = 0; i < 20; i++) {
      values[i] = i % 2 == 0 ? 9 : 11;
    }
    for (int k = 0; k < 7; k++) {
      values[20 + 2 * k] = k < 5 ? 30 : -10;
      values[21 + 2 * k] = 10;
    }
    Analysis analysis = ControlChart.of(ChartType.I, Series.ofValues(values)).freeze(20).analyze();
    List<String> full = Verdict.lines(analysis);
    List<String> cut = Verdict.lines(analysis, 3);

    List<String> fullSignals = full.stream().filter(l -> l.startsWith("  Special cause")).toList();
    assertThat(fullSignals).hasSize(7);
    assertThat(cut)
        .filteredOn(line -> line.startsWith("  Special cause"))
        .containsExactly(
            "  Special cause: 7 points in 7 stretches (5 above the centre line, 2 below) flagged"
                + " by rule: a point outside the control limits; the first 3 are listed, the CSV"
                + " and JSON output list every point.",
            fullSignals.get(0),
            fullSignals.get(1),
            fullSignals.get(2));
    // everything else reads as in the full verdict
    assertThat(cut.stream().filter(l -> !l.startsWith("  Special cause")))
        .containsExactlyElementsOf(
            full.stream().filter(l -> !l.startsWith("  Special cause")).toList());
    assertThat(Verdict.lines(analysis, 7)).isEqualTo(full);
  }

  @Test
  void listedMustBePositive() {
    Analysis analysis = shift(Direction.INCREASE);

    assertThatThrownBy(() -> Verdict.lines(analysis, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listed (0) must be >= 1");
  }

  @Test
  void readsTheSameFromAnyListOfPoints() {
    // The engine's points are columns that the verdict reads without building them; an Analysis
    // made by hand from an ordinary list must read the same.
    Analysis engine = shift(Direction.INCREASE);
    Analysis byHand =
        new Analysis(
            engine.chart(),
            new java.util.ArrayList<>(engine.points()),
            engine.parts(),
            engine.notes(),
            engine.rules(),
            engine.direction());

    assertThat(Verdict.lines(byHand)).isEqualTo(Verdict.lines(engine));
  }
}
