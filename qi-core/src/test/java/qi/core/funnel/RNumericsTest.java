package qi.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** R 4.2.2's answers, each from the Rscript call in the comment above it. */
class RNumericsTest {
  @Test
  void roundTakesTheNearerDoubleNotTheDecimalHalfUp() {
    // Rscript -e 'options(digits=17); round(c(2.675, 0.135, 1.005, 461.5788, 0.285), 2)'
    assertThat(RNumerics.round(2.675, 2)).isEqualTo(2.67);
    assertThat(RNumerics.round(0.135, 2)).isEqualTo(0.14);
    assertThat(RNumerics.round(1.005, 2)).isEqualTo(1.0);
    assertThat(RNumerics.round(461.5788, 2)).isEqualTo(461.58);
    assertThat(RNumerics.round(0.285, 2)).isEqualTo(0.28);
  }

  @Test
  void roundBreaksAnExactTieToTheEvenDigit() {
    // Rscript -e 'round(0.125, 2)' gives 0.12: 0.125 is a double, the tie goes to the even 2
    assertThat(RNumerics.round(0.125, 2)).isEqualTo(0.12);
  }

  @Test
  void chiSquareQuantilesAgreeWithRToFullPrecision() {
    // Rscript -e 'options(digits=17); qchisq(0.975, 2*461.58, lower.tail=FALSE)'
    assertThat(RNumerics.qchisqUpper(0.975, 2 * 461.58))
        .isCloseTo(840.85266044515026, within(840.85 * 1e-12));
    // Rscript -e 'options(digits=17); qchisq(0.001, 2*(3.5+1), lower.tail=FALSE)'
    assertThat(RNumerics.qchisqUpper(0.001, 2 * (3.5 + 1)))
        .isCloseTo(27.877164871256571, within(27.88 * 1e-12));
    // a tiny lower quantile, from the small-x start: qchisq(0.999, 0.2, lower.tail=FALSE)
    assertThat(RNumerics.qchisqUpper(0.999, 0.2))
        .isCloseTo(1.2146096724815879e-30, within(1.2146e-30 * 1e-11));
  }

  @Test
  void quantileType7InterpolatesBetweenOrderStatistics() {
    // Rscript -e 'options(digits=17); quantile(c(3,1,4,1,5,9,2,6), c(0.1, 0.9))': 1, 6.9
    double[] sorted = {1, 1, 2, 3, 4, 5, 6, 9};
    assertThat(RNumerics.quantile7(sorted, 0.1)).isEqualTo(1.0);
    assertThat(RNumerics.quantile7(sorted, 0.9)).isEqualTo(6.8999999999999995);
  }

  @Test
  void rankAveragesTiesAndPutsMinusInfinityFirst() {
    // Rscript -e 'rank(c(-Inf, 2, 2, 5, -Inf))': 1.5 3.5 3.5 5.0 1.5
    assertThat(RNumerics.rank(new double[] {Double.NEGATIVE_INFINITY, 2, 2, 5, -1.0 / 0}))
        .containsExactly(1.5, 3.5, 3.5, 5.0, 1.5);
  }

  @Test
  void seqEndsExactlyAtBothEnds() {
    // seq(1.1, 485, length.out = 1000): from + i·(to − from)/999, the last element `to` itself
    double[] s = RNumerics.seq(1.1, 485, 1000);
    assertThat(s[0]).isEqualTo(1.1);
    assertThat(s[1]).isEqualTo(1.1 + 1 * ((485 - 1.1) / 999));
    assertThat(s[999]).isEqualTo(485.0);
    assertThat(RNumerics.seq(3, 3, 1000)).containsOnly(3.0);
  }
}
