package qi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed factors round to the printed table: Montgomery, Introduction to Statistical Quality
 * Control, 6th ed., Appendix VI (n, d₂, d₃, c₄, A₂, A₃, B₃, B₄, D₃, D₄).
 */
class FactorsTest {
  @ParameterizedTest(name = "n = {0}")
  @CsvSource({
    "2, 1.128, 0.853, 0.7979, 1.880, 2.659, 0, 3.267, 0, 3.267",
    "5, 2.326, 0.864, 0.9400, 0.577, 1.427, 0, 2.089, 0, 2.114",
    "10, 3.078, 0.797, 0.9727, 0.308, 0.975, 0.284, 1.716, 0.223, 1.777",
    "25, 3.931, 0.708, 0.9896, 0.153, 0.606, 0.565, 1.435, 0.459, 1.541",
  })
  void agreeWithTheTextbookTable(
      int n,
      double d2,
      double d3,
      double c4,
      double a2,
      double a3,
      double b3,
      double b4,
      double bigD3,
      double bigD4) {
    Factors f = Factors.of(n);

    assertThat(round(f.d2(), 3)).isEqualTo(d2);
    assertThat(round(f.d3(), 3)).isEqualTo(d3);
    assertThat(round(f.c4(), 4)).isEqualTo(c4);
    assertThat(round(f.a2(), 3)).isEqualTo(a2);
    assertThat(round(f.a3(), 3)).isEqualTo(a3);
    assertThat(round(f.b3(), 3)).isEqualTo(b3);
    assertThat(round(f.b4(), 3)).isEqualTo(b4);
    assertThat(round(f.bigD3(), 3)).isEqualTo(bigD3);
    assertThat(round(f.bigD4(), 3)).isEqualTo(bigD4);
  }

  @Test
  void sizesOutsideTheTableAreRejected() {
    assertThatThrownBy(() -> Factors.of(1)).hasMessage("n (1) must be between 2 and 25");
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
