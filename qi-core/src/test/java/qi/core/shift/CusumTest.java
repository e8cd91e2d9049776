package qi.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CusumTest {
  private static final double[] ONES = {1, 1, 1, 1, 1};

  @Test
  void upperSumGrowsByZMinusK() {
    // z = (1 − 0)/(1/√1) = 1, k = 1/2: C⁺ = 0.5, 1.0, 1.5; C⁻ = −max(0, 0 − (1 + 0.5)) = −0
    Cusum.Sums s = Cusum.of(new double[] {1, 1, 1}, ONES, 0, 1, 1, 0);
    assertThat(s.upper()).containsExactly(0.5, 1.0, 1.5);
    assertThat(s.lower()).containsExactly(-0.0, -0.0, -0.0);
    assertThat(Double.doubleToRawLongBits(s.lower()[0]))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void subgroupMeansAreStandardisedByTheirStandardError() {
    // z = (11 − 10)/(2/√4) = 1, k = 0: C⁺ = 1; C⁻: max(0, 0 − 1) = 0
    Cusum.Sums s = Cusum.of(new double[] {11}, new double[] {4}, 10, 2, 0, 0);
    assertThat(s.upper()).containsExactly(1.0);
  }

  @Test
  void headStartStartsBothSums() {
    // head start 2, z = 0, k = 0.5: C⁺ = max(0, 2 + 0 − 0.5) = 1.5; C⁻ = −max(0, 2 − 0 − 0.5) =
    // −1.5
    Cusum.Sums s = Cusum.of(new double[] {0}, ONES, 0, 1, 1, 2);
    assertThat(s.upper()).containsExactly(1.5);
    assertThat(s.lower()).containsExactly(-1.5);
  }

  @Test
  void sumsRunOnAfterASignal() {
    // z = 3, k = 0.5: C⁺ = 2.5, 5, 7.5 (h = 4 crossed at the second point, no reset)
    Cusum.Sums s = Cusum.of(new double[] {3, 3, 3}, ONES, 0, 1, 1, 0);
    assertThat(s.upper()).containsExactly(2.5, 5.0, 7.5);
    assertThat(Cusum.signals(s, 4)).containsExactly(0, Cusum.UPPER, Cusum.UPPER);
  }

  @Test
  void aSumExactlyAtTheDecisionIntervalDoesNotSignal() {
    // z = −2.5, k = 0.5: C⁻ = −2, −4, −6; h = 4: strictly beyond only at the third
    Cusum.Sums s = Cusum.of(new double[] {-2.5, -2.5, -2.5}, ONES, 0, 1, 1, 0);
    assertThat(s.lower()).containsExactly(-2.0, -4.0, -6.0);
    assertThat(Cusum.signals(s, 4)).containsExactly(0, 0, Cusum.LOWER);
  }

  @Test
  void bothSumsCanBeBeyondTheDecisionIntervalAtOnce() {
    // shift 0 (k = 0), z = 3, 3, −5: C⁺ = 3, 6, 6 − 5 = 1; C⁻ = −0, −0, −(0 + 5) = −5;
    // h = 0.5: both beyond at point 3
    Cusum.Sums s = Cusum.of(new double[] {3, 3, -5}, ONES, 0, 1, 0, 0);
    assertThat(s.upper()).containsExactly(3.0, 6.0, 1.0);
    assertThat(s.lower()).containsExactly(-0.0, -0.0, -5.0);
    assertThat(Cusum.signals(s, 0.5))
        .containsExactly(Cusum.UPPER, Cusum.UPPER, Cusum.UPPER | Cusum.LOWER);
  }
}
