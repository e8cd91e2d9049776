package qi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Headline.Finding;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.Series;

/**
 * The headline never contradicts the signals: it is checked over parts × freeze × direction ×
 * target × step/no step × rule set, on I charts of hand-made series.
 */
class HeadlineTest {
  // 16 points around 12.7, then 8 around 8.0: a step down that every rule set sees. The noise's
  // moving ranges average about 0.51, so sigma ≈ 0.51/1.128 ≈ 0.45 and the baseline's limits are
  // about 12.7 ± 1.36: the last 8 points lie beyond the lower limit, 8 in a row below the centre.
  private static final double[] NOISE = {
    0.4, -0.3, 0.2, -0.5, 0.1, 0.3, -0.2, -0.4, 0.5, -0.1, 0.2, -0.3, 0.4, -0.2, 0.1, -0.4
  };

  private static double[] series(boolean step) {
    double[] y = new double[24];
    for (int i = 0; i < 24; i++) {
      y[i] = (step && i >= 16 ? 8.0 : 12.7) + NOISE[i % NOISE.length];
    }
    return y;
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (boolean parts : new boolean[] {false, true}) {
      for (boolean freeze : new boolean[] {false, true}) {
        for (Direction direction : Direction.values()) {
          for (boolean target : new boolean[] {false, true}) {
            for (boolean step : new boolean[] {false, true}) {
              for (RuleSet rules : List.of(RuleSet.ANHOEJ, RuleSet.NHS)) {
                cases.add(Arguments.of(parts, freeze, direction, target, step, rules));
              }
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "parts {0}, freeze {1}, {2}, target {3}, step {4}, {5}")
  @MethodSource("matrix")
  void neverContradictsTheSignals(
      boolean parts,
      boolean freeze,
      Direction direction,
      boolean target,
      boolean step,
      RuleSet rules) {
    ControlChart spec =
        ControlChart.of(ChartType.I, Series.ofValues(series(step)))
            .direction(direction)
            .rules(rules);
    spec = parts ? spec.parts(16) : spec;
    spec = freeze ? spec.freeze(16) : spec;
    spec = target ? spec.target(10) : spec;
    Analysis analysis = spec.analyze();
    Headline h = Headline.of(analysis);

    // What the points say: the types of the signals of the last part.
    int lastPart = analysis.parts().size();
    List<PointType> types =
        analysis.points().stream()
            .filter(p -> p.part() == lastPart && !p.signals().isEmpty())
            .map(PointResult::pointType)
            .toList();
    // The latest signal with a side (improvement or concern), as the headline reads it.
    PointType latestSided =
        types.stream()
            .filter(
                t ->
                    t == PointType.SPECIAL_CAUSE_IMPROVEMENT
                        || t == PointType.SPECIAL_CAUSE_CONCERN)
            .reduce((a, b) -> b)
            .orElse(PointType.COMMON_CAUSE);

    // A step down is seen, whichever way it is cut; its meaning follows the direction only.
    Finding expected =
        !step
            ? Finding.NO_SIGNAL
            : switch (direction) {
              case DECREASE -> Finding.IMPROVEMENT;
              case INCREASE -> Finding.CONCERN;
              case NEUTRAL -> Finding.CHANGE;
            };
    assertThat(h.finding()).as(h.text()).isEqualTo(expected);
    assertThat(h.text()).startsWith(label(expected) + ": ");
    // Never a word the signals do not back: no concern under an improvement, and the reverse.
    if (h.finding() == Finding.IMPROVEMENT) {
      assertThat(latestSided).isIn(PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.COMMON_CAUSE);
      assertThat(h.text()).doesNotContain("for the worse").doesNotContain("been higher");
    }
    if (h.finding() == Finding.CONCERN) {
      assertThat(latestSided).isIn(PointType.SPECIAL_CAUSE_CONCERN, PointType.COMMON_CAUSE);
      assertThat(h.text()).doesNotContain("for the better");
    }
    if (h.finding() == Finding.NO_SIGNAL && !parts) {
      assertThat(types).as(h.text()).isEmpty();
    }
    // Without parts or a freeze, a step is told by its signals; with them, as a step.
    if (step && (parts || freeze)) {
      assertThat(h.text())
          .contains("since x 17 the average has been lower (7.95 against 12.69 before)");
    }
    // The variation code stands for the finding.
    assertThat(h.variation())
        .isEqualTo(
            switch (expected) {
              case IMPROVEMENT -> Variation.IMPROVEMENT_LOW;
              case CONCERN -> Variation.CONCERN_LOW;
              case CHANGE -> Variation.NEUTRAL_LOW;
              default -> Variation.COMMON_CAUSE;
            });
    // The target is named whenever there is one, judged only with a direction.
    assertThat(h.text().contains("the target of 10")).isEqualTo(target);
    assertThat(h.assurance() != null).isEqualTo(target && direction != Direction.NEUTRAL);
  }

  @Test
  void cusumAfterCalibrationComparesTheValuesWithTheCentreAndLeadsItsVerdict() {
    // 12 calibration points alternating 9 and 11 (centre (6·9 + 6·11)/12 = 10), then 8 at 14:
    // the values after the calibration average 14 against 10, not against the sums' zero.
    double[] values = new double[20];
    for (int i = 0; i < values.length; i++) {
      values[i] = i >= 12 ? 14 : i % 2 == 0 ? 9 : 11;
    }
    Analysis a = ControlChart.of(ChartType.CUSUM, Series.ofValues(values)).freeze(12).analyze();

    Headline h = Headline.of(a);

    assertThat(h.text())
        .startsWith("Signal of a change: since x 13 the average has been higher (14");
    assertThat(h.text()).contains("against 10 before)");
    assertThat(Verdict.lines(a).get(0)).isEqualTo(h.text());
  }

  @Test
  void targetBetweenTheLimitsIsNotReliablyMet() {
    // Flat series around 12.7 with limits about 12.7 ± 3·0.56/1.128·…: a target of 12.7 lies
    // between them, so hit and miss (NHSRplotthedots' "inconsistent").
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(series(false)))
            .direction(Direction.DECREASE)
            .target(12.7)
            .analyze();

    Headline h = Headline.of(a);

    assertThat(h.assurance()).isEqualTo(Assurance.INCONSISTENT);
    assertThat(h.text()).endsWith("the target of 12.7 is not reliably met (hit and miss).");
  }

  @Test
  void targetBeyondTheGoodLimitIsMetConsistently() {
    // Lower is better and the target 20 is above the upper limit (about 14): always met.
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(series(false)))
            .direction(Direction.DECREASE)
            .target(20)
            .analyze();

    assertThat(Headline.of(a).assurance()).isEqualTo(Assurance.PASS);
    assertThat(Headline.of(a).text()).contains("the target of 20 is met consistently");
  }

  @Test
  void aPartWithNoPointLeftGivesNoVerdict() {
    // Every point excluded (issue 17): never "no signal".
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(1, 2, 3, 4)).exclude(1, 2, 3, 4).analyze();

    Headline h = Headline.of(a);

    assertThat(h.finding()).isEqualTo(Finding.NO_DATA);
    assertThat(h.variation()).isNull();
    assertThat(h.text())
        .isEqualTo(
            "No verdict: no points left to analyze in part 1 (every point is excluded or"
                + " missing).");
    assertThat(a.notes())
        .contains("no points left to analyze in part 1: every point is excluded or missing");
  }

  @Test
  void anEmptyEarlierPartIsSaidAndTheLastPartStillRead() {
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(series(false)))
            .parts(4)
            .exclude(1, 2, 3, 4)
            .analyze();

    Headline h = Headline.of(a);

    assertThat(h.finding()).isEqualTo(Finding.NO_SIGNAL);
    assertThat(h.text()).contains("part 1 has no points left to analyze");
  }

  @Test
  void theHeadlineIsTheFirstLineOfTheVerdict() {
    Analysis a = ControlChart.of(ChartType.I, Series.ofValues(series(true))).analyze();

    assertThat(Verdict.lines(a).get(0)).isEqualTo(Headline.of(a).text());
  }

  private static String label(Finding finding) {
    return switch (finding) {
      case IMPROVEMENT -> "Improvement";
      case CONCERN -> "Concern";
      case CHANGE -> "Signal of a change";
      case NO_SIGNAL -> "No signal";
      case NO_DATA -> "No verdict";
    };
  }
}
