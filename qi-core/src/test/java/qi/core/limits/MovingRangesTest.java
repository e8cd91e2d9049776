package qi.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import qi.core.internal.Stats;

/**
 * The I chart's centre line and σ̂ taken on two cores for long series ({@link
 * MovingRanges#centred}) are the bits of the sequential computation, whether the moving ranges of
 * the values stand in for those of the deviations or not.
 */
class MovingRangesTest {
  @Property(seed = "1603", tries = 24)
  void bothCoresGiveTheSequentialBits(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[MovingRanges.BOTH_CORES_FROM + random.nextInt(1000)];
    // around a level, two decimals as read from a file; some series crossing zero, some negative,
    // some with a far value, some with missing values
    double level = new double[] {50, 0.3, -1200, 1e-3, 7e12}[random.nextInt(5)];
    double spread = Math.abs(level) * random.nextDouble(0.01, 1.5);
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.rint((level + spread * random.nextGaussian()) * 100) / 100;
      if (random.nextInt(5000) == 0) {
        values[i] = random.nextBoolean() ? Double.NaN : level * 40;
      }
    }
    boolean screen = random.nextBoolean();
    double mean = Stats.mean(values);

    MovingRanges.Centred centred = MovingRanges.centred(values, screen);

    assertThat(Double.doubleToRawLongBits(centred.mean()))
        .isEqualTo(Double.doubleToRawLongBits(mean));
    assertThat(Double.doubleToRawLongBits(centred.sigma()))
        .isEqualTo(Double.doubleToRawLongBits(MovingRanges.sigmaAbout(values, mean, screen)));
  }

  @Property(seed = "1604", tries = 3000)
  void deviationsCalledExactAreExact(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double centre = Math.scalb(random.nextDouble(1, 2), random.nextInt(-30, 30));
    double min = centre * random.nextDouble(0.2, 1.01);
    double max = centre * random.nextDouble(0.99, 4);
    if (random.nextBoolean()) {
      centre = -centre;
      double least = -max;
      max = -min;
      min = least;
    }
    if (!MovingRanges.deviationsExact(centre, min, max)) {
      return;
    }
    // the ends, binade boundaries within [min, max], and values between
    double[] xs = new double[40];
    xs[0] = min;
    xs[1] = max;
    for (int k = 2; k < xs.length; k++) {
      double x = min + (max - min) * random.nextDouble();
      xs[k] = k % 3 == 0 ? Math.copySign(Math.scalb(1.0, Math.getExponent(x)), x) : x;
    }
    for (double x : xs) {
      if (x >= min && x <= max) {
        assertThat(new BigDecimal(x - centre))
            .as("%s - %s", x, centre)
            .isEqualByComparingTo(new BigDecimal(x).subtract(new BigDecimal(centre)));
      }
    }
  }

  @Test
  void deviationsFromTheBenchmarkMeanAreExactAndAcrossZeroAreNot() {
    // the million rows of the benchmarks: values 25.04 to 77.67, mean 51.49710496; 25.04 is a
    // binade below the mean, but 51.497… − 25.04 < 2⁵ = 2 · 2⁴ (25.04 = 1.565 · 2⁴)
    assertThat(MovingRanges.deviationsExact(51.49710496, 25.04, 77.67)).isTrue();
    assertThat(MovingRanges.deviationsExact(-51.49710496, -77.67, -25.04)).isTrue();
    // 63.9 − 16.01 = 47.89 ≥ 2⁵: not decided exact
    assertThat(MovingRanges.deviationsExact(63.9, 16.01, 70)).isFalse();
    assertThat(MovingRanges.deviationsExact(5, 0, 9)).isFalse();
    assertThat(MovingRanges.deviationsExact(5, -1, 9)).isFalse();
    assertThat(MovingRanges.deviationsExact(Double.NaN, 1, 2)).isFalse();
    assertThat(MovingRanges.deviationsExact(1.5, 1, Double.POSITIVE_INFINITY)).isFalse();
  }
}
