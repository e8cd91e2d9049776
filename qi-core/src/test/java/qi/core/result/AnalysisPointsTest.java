package qi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.series.Series;

/**
 * The engine returns its points as columns and builds each {@link PointResult} when it is read; the
 * list must behave as an ordinary immutable list of those points. Data: 20 values alternating 9 and
 * 11 (I chart: centre 10, AMR 2, σ̂ = 2/1.128, limits 10 ± 5.32), then 30 and 30 at x 21 and 22,
 * beyond the upper limit.
 */
class AnalysisPointsTest {
  private static Analysis withTwoHighPoints() {
    double[] values = new double[22];
    for (int i = 0; i < 20; i++) {
      values[i] = i % 2 == 0 ? 9 : 11;
    }
    values[20] = 30;
    values[21] = 30;
    return ControlChart.of(ChartType.I, Series.ofValues(values)).freeze(20).analyze();
  }

  @Test
  void pointsReadAsACopyOfThemselves() {
    List<PointResult> points = withTwoHighPoints().points();
    List<PointResult> copy = new ArrayList<>(points);

    assertThat(points).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(points.get(20).x()).isEqualTo("21");
    assertThat(points.get(20).signals()).containsExactly("sigma");
    assertThat(points.get(20).sigmaSignal()).isTrue();
    assertThat(points.get(0).signals()).isEmpty();
  }

  @Test
  void pointsCannotBeChanged() {
    List<PointResult> points = withTwoHighPoints().points();

    assertThatThrownBy(() -> points.set(0, points.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> points.get(22)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void hasSignalAgreesWithThePoints() {
    assertThat(withTwoHighPoints().hasSignal()).isTrue();
    assertThat(ControlChart.of(ChartType.I, Series.ofValues(9, 11, 9, 11, 9)).analyze().hasSignal())
        .isFalse();
  }
}
