package qi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.rules.RuleSet;
import qi.core.rules.Rules;
import qi.core.series.Series;

/**
 * Each chart and rule set speaks its own words, in rule texts as in labels. Sources of the words:
 * NHS England, "Making Data Count: Strengthening your decisions" (mean, process limits, "a single
 * point outside the process limits", "a run of 7 points above or below the mean"); qicharts2 0.8.1
 * (centre line, control limits; median on a run chart); qcc 2.7 {@code plot.cusum.qcc} (labels LDB
 * and UDB, "Decision interval", "Calibration data" | "New data") and {@code plot.ewma.qcc} (UCL,
 * LCL).
 */
class VocabularyTest {
  private static final double[] VALUES = {5, 6, 5, 4, 5, 6, 5, 4, 5, 6, 5, 4, 5, 6, 5, 4};

  private static Analysis of(ChartType type, RuleSet rules) {
    ControlChart chart = ControlChart.of(type, Series.ofValues(VALUES));
    return (rules == null ? chart : chart.rules(rules)).analyze();
  }

  @Test
  void makingDataCountRulesSayProcessLimitsAndMean() {
    Vocabulary nhs = Vocabulary.of(of(ChartType.I, RuleSet.NHS));

    assertThat(nhs.describe(Rules.NHS_BEYOND_LIMITS))
        .isEqualTo("a point outside the process limits");
    assertThat(nhs.describe(Rules.NHS_SHIFT))
        .isEqualTo("7 points in a row on one side of the mean");
    assertThat(nhs)
        .extracting(Vocabulary::upper, Vocabulary::centreLabel, Vocabulary::lower)
        .containsExactly("UPL", "mean", "LPL");
    assertThat(nhs.limitLines()).isEqualTo("3σ process limits");
  }

  @Test
  void qicharts2RulesSayControlLimitsAndCentreLineOrMedianOnARunChart() {
    Vocabulary i = Vocabulary.of(of(ChartType.I, null));
    Vocabulary run = Vocabulary.of(of(ChartType.RUN, null));

    assertThat(i.describe(Rules.SIGMA)).isEqualTo("a point outside the control limits");
    assertThat(i)
        .extracting(Vocabulary::upper, Vocabulary::centreLabel, Vocabulary::lower)
        .containsExactly("UCL", "CL", "LCL");
    assertThat(run.describe(Rules.LONG_RUN))
        .isEqualTo("an unusually long run on one side of the median");
    assertThat(i)
        .extracting(Vocabulary::before, Vocabulary::after)
        .containsExactly("baseline", "frozen limits");
  }

  @Test
  void cusumSpeaksOfItsDecisionIntervalAndEwmaOfItsLimitsAsQccDoes() {
    Vocabulary cusum = Vocabulary.of(of(ChartType.CUSUM, null));
    Vocabulary ewma = Vocabulary.of(of(ChartType.EWMA, null));

    assertThat(cusum)
        .extracting(
            Vocabulary::limits,
            Vocabulary::upper,
            Vocabulary::lower,
            Vocabulary::before,
            Vocabulary::after)
        .containsExactly("decision interval", "UDB", "LDB", "calibration data", "new data");
    assertThat(cusum.centreLabel()).isEmpty();
    assertThat(ewma)
        .extracting(Vocabulary::limits, Vocabulary::upper, Vocabulary::lower)
        .containsExactly("EWMA limits", "UCL", "LCL");
    assertThat(ewma.limitLines()).doesNotContain("3σ"); // its width is --nsigmas, 3 by default
  }
}
