package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The column accessors of {@link Series} and {@link Observation#columns}: the same data, no copy.
 */
class SeriesAccessorsTest {
  @Test
  void accessorsReadWhatEachSubgroupSays() {
    // x 1 has rows 2 and 4 (mean 3, Σ 6, sd √2), x 2 one row of 5, x 3 a missing value.
    Series series =
        Series.of(
            List.of(
                Observation.of(XValue.of(1), 2),
                Observation.of(XValue.of(2), 5),
                Observation.of(XValue.of(1), 4),
                Observation.of(XValue.of(3), Double.NaN)));

    for (int i = 0; i < series.size(); i++) {
      // A record's equals compares doubles as Double.compare does, so NaN equals NaN.
      assertThat(
              new Subgroup(
                  series.x(i),
                  series.value(i),
                  series.n(i),
                  series.sum(i),
                  series.count(i),
                  series.mean(i),
                  series.sd(i),
                  series.label(i)))
          .isEqualTo(series.subgroups().get(i));
    }
    assertThat(series.sd(0)).isEqualTo(Math.sqrt(2)); // √(((2 − 3)² + (4 − 3)²) / (2 − 1))
    assertThatThrownBy(() -> series.value(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void columnsAreCopiedSoTheCallersArraysMayChange() {
    double[] x = {1, 2, 3};
    double[] y = {10, 20, 30};

    List<Observation> rows = Observation.columns(2, x, null, y, null, null);
    y[0] = 99;

    assertThat(rows)
        .containsExactly(Observation.of(XValue.of(1), 10), Observation.of(XValue.of(2), 20));
  }

  @Test
  void columnsAreCheckedAsRowsAre() {
    assertThatThrownBy(
            () -> Observation.columns(2, new double[] {1, 2}, null, new double[1], null, null))
        .hasMessage("ys length (1) must be >= size (2)");
    assertThatThrownBy(
            () -> Observation.columns(1, new double[1], new XValue[1], new double[1], null, null))
        .hasMessageContaining("exactly one of xNumbers and xValues");
    assertThatThrownBy(
            () ->
                Observation.columns(
                    1, new double[] {1}, null, new double[] {Double.POSITIVE_INFINITY}, null, null))
        .hasMessage("y (Infinity) at x 1 must be finite; NaN marks a missing value");
    assertThatThrownBy(
            () -> Observation.columns(1, new double[] {Double.NaN}, null, null, null, null))
        .hasMessage("xNumbers[0] (NaN) must be finite");
    assertThatThrownBy(() -> Observation.columns(1, null, new XValue[1], null, null, null))
        .hasMessage("xValues[0] must not be null");
    assertThatThrownBy(() -> Observation.columns(-1, new double[0], null, null, null, null))
        .hasMessageContaining("size (-1)");
  }
}
