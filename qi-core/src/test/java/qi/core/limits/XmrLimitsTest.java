package qi.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * The XmR chart of a long part takes its mean and its average moving range on two cores; the bits
 * are those of the two taken one after the other.
 */
class XmrLimitsTest {
  @Test
  void aLongPartGivesTheSequentialBits() {
    SplittableRandom random = new SplittableRandom(1605);
    double[] values = new double[MovingRanges.BOTH_CORES_FROM + 17];
    for (int i = 0; i < values.length; i++) {
      // two decimals around 50 with a shift of 3 half-way, as in the benchmarks
      values[i] =
          Math.rint((50 + (i > values.length / 2 ? 3 : 0) + 5 * random.nextGaussian()) * 100) / 100;
    }
    boolean[] base = new boolean[values.length];
    Arrays.fill(base, true);
    PartData part =
        new PartData(() -> values, null, null, null, null, null, base, Double.NaN, true);

    Basis basis = new XmrLimits().basis(part);

    assertThat(Double.doubleToRawLongBits(basis.cl()))
        .isEqualTo(Double.doubleToRawLongBits(Stats.mean(values)));
    double sigma = SpcConstants.XMR_LIMIT * MovingRanges.average(values, true) / 3;
    assertThat(Double.doubleToRawLongBits(basis.sigma()[values.length - 1]))
        .isEqualTo(Double.doubleToRawLongBits(sigma));
  }
}
