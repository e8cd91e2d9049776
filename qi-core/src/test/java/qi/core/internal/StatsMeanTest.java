package qi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The means every chart type uses skip missing values as R's {@code mean(x, na.rm = TRUE)}; the
 * screened mean of moving ranges keeps those strictly below the limit (qicharts2 0.8.1 {@code
 * qic.i}: {@code mr[mr < 3.267 * amr]}). Expected values are the arithmetic written out.
 */
class StatsMeanTest {
  @Test
  void meanSkipsMissingValues() {
    assertThat(Stats.mean(new double[] {1, Double.NaN, 2, 6})).isEqualTo((1 + 2 + 6) / 3.0);
    assertThat(Stats.mean(new double[] {Double.NaN})).isNaN();
  }

  @Test
  void meanOfARangeUsesOnlyThatRange() {
    assertThat(Stats.mean(new double[] {100, 1, 3, 100}, 1, 3)).isEqualTo(2);
  }

  @Test
  void meanBelowKeepsOnlyValuesStrictlyBelowTheLimit() {
    assertThat(Stats.meanBelow(new double[] {1, 3, 5, 9, Double.NaN}, 5)).isEqualTo(2);
    assertThat(Stats.meanBelow(new double[] {5, 6}, 5)).isNaN();
    assertThat(Stats.meanBelow(new double[] {1, 2}, Double.NaN)).isNaN();
  }

  @Test
  void aSumBeyondTheRangeOfADoubleIsAveragedTermByTermAsInR() {
    // Rscript -e 'x <- rep(.Machine$double.xmax, 2); mean(x); sum(x)': 1.797693e+308, Inf
    assertThat(Stats.mean(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
        .isEqualTo(Double.MAX_VALUE);
    assertThat(Stats.sum(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void anInfiniteValueMakesTheMeanInfiniteOrNaN() {
    // R: mean(c(1, Inf)) is Inf, mean(c(-Inf, Inf)) is NaN
    assertThat(Stats.mean(new double[] {1, Double.POSITIVE_INFINITY}))
        .isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Stats.mean(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}))
        .isNaN();
  }
}
