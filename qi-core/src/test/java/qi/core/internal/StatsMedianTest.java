package qi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The median by selection (above {@link Stats#SORT_BELOW} values) equals the median by sorting, the
 * definition: the middle value of the sorted values, or the mean of the two middle values.
 */
class StatsMedianTest {
  @Property(seed = "7001")
  void selectionGivesTheMedianOfTheSortedValues(@ForAll("values") List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int m = sorted.length / 2;
    double expected =
        sorted.length == 0
            ? Double.NaN
            : sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;

    assertThat(Double.valueOf(Stats.median(values))).isEqualTo(Double.valueOf(expected));
  }

  @Provide
  Arbitrary<List<Double>> values() {
    // few distinct values (many ties), some missing, sizes on both sides of SORT_BELOW
    Arbitrary<Double> value =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(-20, 20).map(i -> i / 2.0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
            net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6)));
    return value.list().ofMaxSize(400);
  }

  @Property(seed = "7002", tries = 20)
  void sortedAndReversedInputTakeLinearTime(@ForAll boolean reversed) {
    // organ-pipe and sorted inputs are quickselect's classic bad cases; the fallback bounds them
    int n = 200_001;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = reversed ? n - i : Math.min(i, n - i);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    assertThat(Stats.median(values)).isEqualTo(sorted[n / 2]);
  }
}
