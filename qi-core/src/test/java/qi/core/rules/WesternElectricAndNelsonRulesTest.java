package qi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.core.rules.RuleInputs.flagged;
import static qi.core.rules.RuleInputs.repeat;
import static qi.core.rules.RuleInputs.zones;

import org.junit.jupiter.api.Test;

/**
 * Each Western Electric and Nelson test on a constructed series that fires it and one that just
 * misses it. Windows and thresholds: Western Electric Statistical Quality Control Handbook (1956),
 * pp. 25–28, tests 1–4; Nelson (1984), J. Qual. Technol. 16(4): 237–239, tests 1–8. Series are in σ
 * units around a centre line of 0 ({@link RuleInputs}).
 */
class WesternElectricAndNelsonRulesTest {

  @Test
  void test1FlagsAPointBeyondThreeSigmaButNotOneOnTheLimit() {
    assertThat(flagged(Rules.WE1, zones(0.5, 3.1, -3.2, 3.0))).containsExactly(1, 2);
    assertThat(Rules.WE1.flags(zones(3.1))).containsExactly(1);
    assertThat(Rules.NELSON1.flags(zones(-3.1))).containsExactly(-1);
  }

  @Test
  void twoOfThreeBeyondTwoSigmaFlagsTheTwoButNotTheMiddlePoint() {
    assertThat(flagged(Rules.WE2, zones(2.5, 0.5, 2.5))).containsExactly(0, 2);
    assertThat(flagged(Rules.NELSON5, zones(-2.5, -2.1, 1.0))).containsExactly(0, 1);
  }

  @Test
  void twoOfThreeMissesWhenTheTwoAreOnOppositeSidesOrOnlyOneIsBeyond() {
    assertThat(flagged(Rules.WE2, zones(2.5, 0.5, -2.5))).isEmpty();
    assertThat(flagged(Rules.WE2, zones(2.5, 0.5, 1.9, 2.5))).isEmpty();
  }

  @Test
  void fourOfFiveBeyondOneSigmaFiresAndThreeOfFiveMisses() {
    assertThat(flagged(Rules.WE3, zones(1.5, 1.5, 0.5, 1.5, 1.5))).containsExactly(0, 1, 3, 4);
    assertThat(flagged(Rules.NELSON6, zones(1.5, 1.5, 0.5, 0.5, 1.5))).isEmpty();
  }

  @Test
  void eightOnOneSideFiresForWesternElectricAndSevenMisses() {
    assertThat(flagged(Rules.WE4, zones(repeat(8, 0.5)))).hasSize(8);
    assertThat(flagged(Rules.WE4, zones(repeat(7, 0.5, -0.5)))).isEmpty();
  }

  @Test
  void pointOnTheCentreLineBreaksAWesternElectricRun() {
    assertThat(flagged(Rules.WE4, zones(0.5, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5))).isEmpty();
  }

  @Test
  void nineOnOneSideFiresForNelsonAndEightMisses() {
    assertThat(flagged(Rules.NELSON2, zones(repeat(9, -0.5)))).hasSize(9);
    assertThat(Rules.NELSON2.flags(zones(repeat(9, -0.5)))[0]).isEqualTo(-1);
    assertThat(flagged(Rules.NELSON2, zones(repeat(8, -0.5)))).isEmpty();
  }

  @Test
  void sixRisingFiresAndFiveMissesAndATieBreaks() {
    assertThat(flagged(Rules.NELSON3, zones(-1, -0.5, 0, 0.5, 1, 1.5))).hasSize(6);
    assertThat(Rules.NELSON3.flags(zones(1.5, 1, 0.5, 0, -0.5, -1))[0]).isEqualTo(-1);
    assertThat(flagged(Rules.NELSON3, zones(-1, -0.5, 0, 0.5, 1))).isEmpty();
    assertThat(flagged(Rules.NELSON3, zones(-1, -0.5, 0, 0, 0.5, 1, 1.5))).isEmpty();
  }

  @Test
  void fourteenAlternatingFiresWithoutASideAndThirteenMisses() {
    double[] sawtooth = new double[14];
    for (int i = 0; i < sawtooth.length; i++) {
      sawtooth[i] = i % 2 == 0 ? 0.5 : -0.5;
    }
    assertThat(flagged(Rules.NELSON4, zones(sawtooth))).hasSize(14);
    assertThat(Rules.NELSON4.flags(zones(sawtooth))[0]).isEqualTo(Rules.UNSIDED);
    assertThat(flagged(Rules.NELSON4, zones(java.util.Arrays.copyOf(sawtooth, 13)))).isEmpty();
  }

  @Test
  void fifteenWithinOneSigmaFiresAndFourteenMisses() {
    assertThat(flagged(Rules.NELSON7, zones(repeat(15, 0.5)))).hasSize(15);
    assertThat(flagged(Rules.NELSON7, zones(repeat(14, 0.5, 1.5)))).isEmpty();
  }

  @Test
  void eightBeyondOneSigmaOnEitherSideFiresAndSevenMisses() {
    double[] mixture = {1.5, -1.5, 1.5, -1.5, 1.5, -1.5, 1.5, -1.5};
    assertThat(flagged(Rules.NELSON8, zones(mixture))).hasSize(8);
    assertThat(flagged(Rules.NELSON8, zones(java.util.Arrays.copyOf(mixture, 7)))).isEmpty();
  }

  @Test
  void zoneRulesNeverFireOnARunChartWithoutLimits() {
    RuleInput run = RuleInputs.runChart(repeat(15, 0.5));
    assertThat(flagged(Rules.NELSON7, run)).isEmpty();
    assertThat(flagged(Rules.WE1, run)).isEmpty();
  }
}
