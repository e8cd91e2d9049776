package qi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.core.rules.RuleInputs.flagged;
import static qi.core.rules.RuleInputs.repeat;
import static qi.core.rules.RuleInputs.runChart;

import org.junit.jupiter.api.Test;

/**
 * The IHI run-chart rules (Provost and Murray, The Health Care Data Guide, 2011, ch. 3; Perla,
 * Provost and Murray 2011, BMJ Qual Saf 20: 46–51): shift of 6, trend of 5, too few or too many
 * runs, astronomical point; each fired and just missed on a run chart with median 0.
 */
class IhiRulesTest {

  @Test
  void sixAboveTheMedianIsAShiftAndPointsOnTheMedianAreSkipped() {
    assertThat(flagged(Rules.IHI_SHIFT, runChart(1, 1, 0, 1, 1, 1, 1)))
        .containsExactly(0, 1, 3, 4, 5, 6);
    assertThat(flagged(Rules.IHI_SHIFT, runChart(1, 1, 0, 1, 1, 1, -1))).isEmpty();
  }

  @Test
  void fiveRisingIsATrendAndRepeatedValuesAreIgnored() {
    assertThat(flagged(Rules.IHI_TREND, runChart(1, 2, 2, 3, 4, 5))).containsExactly(0, 1, 3, 4, 5);
    assertThat(flagged(Rules.IHI_TREND, runChart(1, 2, 2, 3, 4))).isEmpty();
  }

  @Test
  void runsLimitsForTwentyUsefulObservationsAreSevenToFifteen() {
    // Swed and Eisenhart (1943), table II, 10 and 10 points, 2.5% in each tail: 6 or fewer runs
    // and 16 or more are significant.
    assertThat(IhiRuns.runsRange(20)).containsExactly(7, 15);
  }

  @Test
  void twoRunsInTwentyAreTooFewAndTwentyAreTooMany() {
    double[] tooFew = repeat(10, 1, repeat(10, -1));
    assertThat(flagged(Rules.IHI_RUNS, runChart(tooFew))).hasSize(20);
    double[] alternating = new double[20];
    for (int i = 0; i < 20; i++) {
      alternating[i] = i % 2 == 0 ? 1 : -1;
    }
    assertThat(flagged(Rules.IHI_RUNS, runChart(alternating))).hasSize(20);
  }

  @Test
  void sevenRunsInTwentyIsJustEnough() {
    double[] seven = {1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1, 1, 1, 1};
    assertThat(flagged(Rules.IHI_RUNS, runChart(seven))).isEmpty();
  }

  @Test
  void aPointFarFromTheRestIsAstronomical() {
    double[] values = {0.5, -0.5, 0.3, -0.2, 0.1, -0.4, 9, 0.2, -0.3, 0.4};
    assertThat(flagged(Rules.IHI_ASTRONOMICAL, runChart(values))).containsExactly(6);
    values[6] = 0.6;
    assertThat(flagged(Rules.IHI_ASTRONOMICAL, runChart(values))).isEmpty();
  }
}
