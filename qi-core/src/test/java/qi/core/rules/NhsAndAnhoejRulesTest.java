package qi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static qi.core.rules.RuleInputs.flagged;
import static qi.core.rules.RuleInputs.repeat;
import static qi.core.rules.RuleInputs.zones;

import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.PointResult;
import qi.core.result.PointType;
import qi.core.series.Series;

/**
 * The NHS "Making Data Count" rules as NHSRplotthedots 0.2.2 applies them ({@code
 * ptd_calculate_point_type}), their precedence, and the Anhøj rules attributed to points.
 */
class NhsAndAnhoejRulesTest {

  @Test
  void twoOfThreeNeedsAllThreeOnOneSideAndIgnoresPointsBeyondTheLimits() {
    // NHSRplotthedots ptd_two_in_three: sum(close) >= 2 and |sum(relative_to_mean)| == 3
    assertThat(flagged(Rules.NHS_TWO_OF_THREE, zones(2.5, 0.5, 2.5))).containsExactly(0, 2);
    assertThat(flagged(Rules.NHS_TWO_OF_THREE, zones(2.5, -0.5, 2.5))).isEmpty();
    assertThat(flagged(Rules.NHS_TWO_OF_THREE, zones(2.5, 0.5, 3.5))).isEmpty();
  }

  @Test
  void sevenPointTrendFlagsAllSevenAndSixMiss() {
    assertThat(flagged(Rules.NHS_TREND, zones(-1.5, -1, -0.5, 0, 0.5, 1, 1.5))).hasSize(7);
    assertThat(flagged(Rules.NHS_TREND, zones(-1, -0.5, 0, 0.5, 1, 1.5))).isEmpty();
  }

  @Test
  void aTrendTakesItsSideFromItsDirectionNotFromTheCentreLine() {
    int[] flags = Rules.NHS_TREND.flags(zones(-1.5, -1, -0.5, 0, 0.5, 1, 1.5));
    assertThat(flags).containsOnly(1);
  }

  @Test
  void sevenOnOneSideIsAShiftAndSixMiss() {
    assertThat(flagged(Rules.NHS_SHIFT, zones(repeat(7, 0.5)))).hasSize(7);
    assertThat(flagged(Rules.NHS_SHIFT, zones(repeat(6, 0.5, -0.5)))).isEmpty();
  }

  @Test
  void aMissingValueBreaksAnNhsShiftButIsSkippedByTheOtherRuleSets() {
    // Rscript: NHSRplotthedots:::ptd_special_cause_type(y, sign(y), rep(FALSE, 8), rep(FALSE, 8))
    // with y <- c(rep(0.5, 3), NA, rep(0.5, 4)): all "Common Cause" (3 and 4 in a row)
    RuleInput part = zones(0.5, 0.5, 0.5, Double.NaN, 0.5, 0.5, 0.5, 0.5);

    assertThat(flagged(Rules.NHS_SHIFT, part)).isEmpty();
    // Western Electric test 4 (8 in a row) and IHI (6) skip the missing point: 7 values, 3 and 4
    assertThat(flagged(Rules.IHI_SHIFT, part)).containsExactly(0, 1, 2, 4, 5, 6, 7);
  }

  @Test
  void aMissingValueBreaksAnNhsTwoOfThreeWindow() {
    // Rscript: y <- c(0.5, 2.5, NA, 2.5, 0.5); ptd_special_cause_type(y, sign(y), abs(y) > 2 &
    // abs(y) < 3, rep(FALSE, 5)): all "Common Cause"; without the NA, the two 2.5s are "2 in 3"
    assertThat(flagged(Rules.NHS_TWO_OF_THREE, zones(0.5, 2.5, Double.NaN, 2.5, 0.5))).isEmpty();
    assertThat(flagged(Rules.NHS_TWO_OF_THREE, zones(0.5, 2.5, 2.5, 0.5))).containsExactly(1, 2);
    // Western Electric test 2 skips the missing point
    assertThat(flagged(Rules.WE2, zones(0.5, 2.5, Double.NaN, 2.5, 0.5))).containsExactly(1, 3);
  }

  @Test
  void aMissingValueBreaksAnNhsTrend() {
    // NHSRplotthedots stops with an error on a 7-point window whose other steps all rise around
    // an NA (ptd_seven_point_trend: if (all(d == 1)) with d NA); qi breaks the trend there, and
    // Nelson's test 3 (6 rising) skips the missing point
    RuleInput part = zones(-1.5, -1, -0.5, Double.NaN, 0, 0.5, 1, 1.5);

    assertThat(flagged(Rules.NHS_TREND, part)).isEmpty();
    assertThat(flagged(Rules.NELSON3, part)).containsExactly(0, 1, 2, 4, 5, 6, 7);
  }

  @Test
  void signalsListEveryRuleInPrecedenceOrder() {
    // 7 points above the mean, two of them near the limits: two_of_three outranks shift
    // (NHSRplotthedots ptd_special_cause_type's case_when order).
    RuleInput part = zones(2.5, 0.5, 2.5, 0.5, 0.5, 0.5, 0.5);
    assertThat(Rules.NHS_TWO_OF_THREE.flags(part)[0]).isEqualTo(1);
    assertThat(Rules.NHS_SHIFT.flags(part)[0]).isEqualTo(1);

    List<PointResult> points =
        ControlChart.of(
                ChartType.XMR,
                Series.ofValues(
                    10, 12, 9, 11, 10, 12, 9, 11, 10, 30, 11, 9, 12, 10, 11, 9, 12, 10, 11, 9))
            .analyze()
            .points();
    assertThat(points.get(9).signals()).first().isEqualTo("beyond_limits");
    assertThat(points.get(0).signals()).isEmpty();
    assertThat(points.get(0).pointType()).isEqualTo(PointType.COMMON_CAUSE);
  }

  @Test
  void theLongRunRuleFlagsThePointsOfTheRunThatCausedIt() {
    // 24 useful points: longest run allowed round(log2 24) + 3 = 8 (Anhøj and Olesen 2014).
    double[] y = repeat(9, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1);
    RuleInput part = RuleInputs.runChart(y);
    assertThat(part.runs().signal()).isTrue();
    assertThat(flagged(Rules.LONG_RUN, part)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(flagged(Rules.FEW_CROSSINGS, part)).isEmpty();
  }

  @Test
  void directionTurnsASideIntoImprovementOrConcern() {
    assertThat(PointType.of(1, Direction.INCREASE, 1))
        .isEqualTo(PointType.SPECIAL_CAUSE_IMPROVEMENT);
    assertThat(PointType.of(1, Direction.DECREASE, 1)).isEqualTo(PointType.SPECIAL_CAUSE_CONCERN);
    assertThat(PointType.of(-1, Direction.NEUTRAL, -1))
        .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
    assertThat(PointType.of(Rules.UNSIDED, Direction.INCREASE, 1))
        .isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH);
  }

  @Test
  void ruleSetsAreValuesWhoseOrderIsPrecedence() {
    RuleSet calmer = RuleSet.NHS.without(Rules.NHS_TWO_OF_THREE);
    assertThat(calmer.rules())
        .containsExactly(Rules.NHS_BEYOND_LIMITS, Rules.NHS_TREND, Rules.NHS_SHIFT);
    assertThat(
            RuleSet.of(
                Rules.NHS_BEYOND_LIMITS,
                new Trend("trend", 7, true, true),
                Rules.NHS_TWO_OF_THREE,
                Rules.NHS_SHIFT))
        .isEqualTo(RuleSet.NHS);
    assertThat(RuleSet.named("western-electric")).isEqualTo(RuleSet.WESTERN_ELECTRIC);
  }

  @Test
  void aRuleSetHoldsAtMost31Rules() {
    // qi's own limit: a point keeps its signals as one bit per rule of an int (RuleSet.MAX_RULES)
    Rule[] rules = new Rule[RuleSet.MAX_RULES + 1];
    java.util.Arrays.fill(rules, Rules.NHS_SHIFT);

    assertThatThrownBy(() -> RuleSet.of(rules))
        .hasMessage("rules (32) must be at most 31 in one rule set");
    assertThat(RuleSet.of(java.util.Arrays.copyOf(rules, 31)).rules()).hasSize(31);
  }
}
