package qi.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import qi.core.internal.Stats;

class SigmaEstimatesTest {
  // Three subgroups: x = 1: 10.2, 11.5, 9.8; x = 2: 10.9, 12.1, 10.4, 11.0; x = 3: 9.5, 10.7, 11.9.
  private static final double[][] GROUPS = {
    {10.2, 11.5, 9.8}, {10.9, 12.1, 10.4, 11.0}, {9.5, 10.7, 11.9}
  };

  private static Calibration subgroups() {
    double[] means = new double[3];
    double[] sizes = new double[3];
    double[] sds = new double[3];
    double[] ranges = new double[3];
    for (int i = 0; i < 3; i++) {
      means[i] = Stats.mean(GROUPS[i]);
      sizes[i] = GROUPS[i].length;
      sds[i] = Stats.sd(GROUPS[i]);
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double v : GROUPS[i]) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      ranges[i] = max - min;
    }
    return new Calibration(means, sizes, sds, ranges, i -> String.valueOf(i + 1));
  }

  private static Calibration individuals(double... values) {
    double[] ones = new double[values.length];
    java.util.Arrays.fill(ones, 1);
    double[] nan = new double[values.length];
    java.util.Arrays.fill(nan, Double.NaN);
    return new Calibration(values, ones, nan, nan, i -> String.valueOf(i + 1));
  }

  // Expected values: Rscript -e 'library(qcc); x <- c(1,1,1,2,2,2,2,3,3,3);
  //   y <- c(10.2,11.5,9.8,10.9,12.1,10.4,11.0,9.5,10.7,11.9); g <- qcc.groups(y, x);
  //   qcc:::sd.xbar(g, rowSums(!is.na(g)), "UWAVE-R")' (and the other methods), qcc 2.7.
  @Test
  void subgroupEstimatorsAgreeWithQcc() {
    Calibration c = subgroups();
    assertThat(SigmaEstimates.averageRange(c, "uwave-r"))
        .isCloseTo(1.08246002619515, within(1e-14));
    assertThat(SigmaEstimates.averageSd(c, "uwave-sd")).isCloseTo(1.044880437624522, within(1e-14));
    assertThat(SigmaEstimates.weightedRange(c, "mvlue-r"))
        .isCloseTo(1.0452685733709488, within(1e-14));
    assertThat(SigmaEstimates.weightedSd(c, "mvlue-sd"))
        .isCloseTo(1.0044887950500498, within(1e-14));
    assertThat(SigmaEstimates.pooled(c, "rmsdf")).isCloseTo(0.959368788699833, within(1e-14));
  }

  @Test
  void movingRangeUsesQccsThreeDecimalD2() {
    // |11.5 − 10.2| + |9.8 − 11.5| + |10.9 − 9.8| + |12.1 − 10.9| = 5.3 over 4 ranges, / 1.128
    assertThat(SigmaEstimates.movingRange(individuals(10.2, 11.5, 9.8, 10.9, 12.1), "mr"))
        .isCloseTo(5.3 / 4 / 1.128, within(1e-14));
  }

  // qcc:::sd.xbar.one(c(10.2, 11.5, 9.8, 10.9, 12.1), rep(1, 5), "SD"), qcc 2.7
  @Test
  void standardDeviationIsCorrectedByC4() {
    assertThat(SigmaEstimates.standardDeviation(individuals(10.2, 11.5, 9.8, 10.9, 12.1), "sd"))
        .isCloseTo(0.99513688690697422, within(1e-14));
  }

  @Test
  void subgroupEstimatorRejectsIndividualValues() {
    assertThatThrownBy(() -> SigmaEstimates.averageRange(individuals(1, 2, 3), "uwave-r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdMethod (uwave-r) needs subgroups of 2 or more values")
        .hasMessageContaining("x = 1 has 1 value");
  }

  @Test
  void individualEstimatorRejectsSubgroups() {
    assertThatThrownBy(() -> SigmaEstimates.movingRange(subgroups(), "mr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdMethod (mr) is for individual values")
        .hasMessageContaining("x = 1 has 3 values");
  }

  @Test
  void rangeEstimatorRejectsSubgroupsBeyondTheD2Table() {
    double[] sizes = {26, 26};
    Calibration big =
        new Calibration(
            new double[] {1, 2}, sizes, new double[] {1, 1}, new double[] {3, 3}, i -> "7");
    assertThatThrownBy(() -> SigmaEstimates.weightedRange(big, "mvlue-r"))
        .hasMessageContaining("sdMethod (mvlue-r) needs subgroups of at most 25 values")
        .hasMessageContaining("x = 7 has 26 values");
  }

  @Test
  void movingRangeNeedsTwoPoints() {
    assertThatThrownBy(() -> SigmaEstimates.movingRange(individuals(5), "mr"))
        .hasMessageContaining("sdMethod (mr) needs at least 2 calibration points; there is 1");
  }

  @Test
  void valuesThatDoNotVaryGiveNoEstimate() {
    assertThatThrownBy(() -> SigmaEstimates.movingRange(individuals(4, 4, 4), "mr"))
        .hasMessageContaining("the sd estimated by mr (0.0) must be > 0");
  }
}
