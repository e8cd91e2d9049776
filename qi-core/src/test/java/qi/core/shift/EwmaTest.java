package qi.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EwmaTest {
  @Test
  void averageStartsAtTheCentre() {
    // z₁ = 0.2·15 + 0.8·10 = 11; z₂ = 0.2·15 + 0.8·11 = 11.8
    Ewma.Line line = Ewma.of(new double[] {15, 15}, new double[] {1, 1}, 10, 1, 0.2, 3);
    assertThat(line.ewma()[0]).isCloseTo(11, within(1e-12));
    assertThat(line.ewma()[1]).isCloseTo(11.8, within(1e-12));
  }

  @Test
  void firstSigmaIsLambdaTimesTheStandardError() {
    // σ₁ = σ/√n·√(λ/(2−λ)·(1 − (1−λ)²)) = σ/√n·√(λ/(2−λ)·λ(2−λ)) = λσ/√n = 0.3·2/√4
    Ewma.Line line = Ewma.of(new double[] {0}, new double[] {4}, 0, 2, 0.3, 3);
    assertThat(line.sigma()[0]).isCloseTo(0.3 * 2 / 2, within(1e-15));
    assertThat(line.ucl()[0]).isCloseTo(3 * 0.3, within(1e-15));
    assertThat(line.lcl()[0]).isCloseTo(-3 * 0.3, within(1e-15));
  }

  @Test
  void limitsWidenTowardsTheirAsymptote() {
    // asymptote σ·√(λ/(2−λ)) = √(0.2/1.8) = 1/3
    double[] values = new double[200];
    double[] sizes = new double[200];
    java.util.Arrays.fill(sizes, 1);
    Ewma.Line line = Ewma.of(values, sizes, 0, 1, 0.2, 3);
    for (int i = 1; i < 200; i++) {
      assertThat(line.sigma()[i]).isGreaterThanOrEqualTo(line.sigma()[i - 1]);
    }
    assertThat(line.sigma()[199]).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void lambdaOneIsTheShewhartChart() {
    // λ = 1: zᵢ = xᵢ, σᵢ = σ/√nᵢ·√(1·(1 − 0)) = σ/√nᵢ
    Ewma.Line line = Ewma.of(new double[] {4, 7}, new double[] {1, 4}, 5, 2, 1, 3);
    assertThat(line.ewma()).containsExactly(4.0, 7.0);
    assertThat(line.sigma()).containsExactly(2.0, 1.0);
    assertThat(Ewma.signals(line)).containsExactly(0, 0);
  }

  @Test
  void pointsStrictlyOutsideTheLimitsSignal() {
    // λ = 1, σ = 1, L = 1: limits 0 ± 1; 1 is on the limit, 1.5 and −2 beyond
    Ewma.Line line = Ewma.of(new double[] {1, 1.5, -2}, new double[] {1, 1, 1}, 0, 1, 1, 1);
    assertThat(Ewma.signals(line)).containsExactly(0, Cusum.UPPER, Cusum.LOWER);
  }
}
