package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The y ticks that qi draws: round steps, far enough apart, labels without rounding errors. */
class YLabelsTest {
  @Test
  void stepIsTheSmallestOfOneTwoFiveTimesAPowerOfTenThatKeepsTheGap() {
    // range 46 − 12.2 = 33.8 on 470 px, 42 px apart: at least 33.8 × 42 / 470 = 3.02 per tick,
    // so 5 (1 and 2 are too small); multiples of 5 from ceil(12.2 / 5) × 5 = 15 to 45.
    assertThat(YLabels.ticks(12.2, 46, 470, 42))
        .extracting(XLabels.Tick::label)
        .containsExactly("15", "20", "25", "30", "35", "40", "45");
  }

  @Test
  void labelsCarryTheDecimalsOfTheStepAndNoRoundingError() {
    // at least 1 × 50 / 400 = 0.125 per tick: step 0.2; 3 × 0.2 is 0.6000000000000001 in doubles.
    assertThat(YLabels.ticks(0, 1, 400, 50))
        .extracting(XLabels.Tick::label)
        .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
  }

  @Test
  void zeroIsWrittenWithoutASignBetweenNegativeAndPositiveTicks() {
    // at least 10 × 40 / 200 = 2 per tick: step 2, from ceil(−7 / 2) × 2 = −6 to 2.
    assertThat(YLabels.ticks(-7, 3, 200, 40))
        .extracting(XLabels.Tick::label)
        .containsExactly("-6", "-4", "-2", "0", "2");
  }

  @Test
  void noTicksForAnEmptyOrInfiniteRange() {
    assertThat(YLabels.ticks(5, 5, 400, 40)).isEmpty();
    assertThat(YLabels.ticks(0, Double.POSITIVE_INFINITY, 400, 40)).isEmpty();
    assertThat(YLabels.ticks(Double.NaN, 1, 400, 40)).isEmpty();
  }
}
