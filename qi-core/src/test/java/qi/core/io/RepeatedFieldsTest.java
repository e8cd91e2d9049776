package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.PointTable;
import qi.core.series.Series;

/**
 * The writers copy the fields of the point before unless RepeatedFields says they changed: any
 * field of the run that differs must count, or a point would be written with another's values.
 */
class RepeatedFieldsTest {
  private static final Analysis ENGINE =
      ControlChart.of(ChartType.I, Series.ofValues(5, 6, 5, 7, 6, 30)).analyze();

  private static PointResult with(boolean included, double ucl, List<String> signals) {
    PointResult p = ENGINE.points().get(0);
    return new PointResult(
        p.index(),
        p.x(),
        p.y(),
        p.n(),
        p.part(),
        p.baseline(),
        included,
        p.cl(),
        p.lcl(),
        ucl,
        p.lwl(),
        p.uwl(),
        p.sigmaSignal(),
        p.runsSignal(),
        p.target(),
        signals,
        p.pointType(),
        p.cusumUpper(),
        p.cusumLower(),
        p.ewma());
  }

  private static PointTable table(PointResult... points) {
    return new Analysis(
            "i", List.of(points), ENGINE.parts(), List.of(), ENGINE.rules(), ENGINE.direction())
        .table();
  }

  @Test
  void limitFieldsChangeWithAnyOfThem() {
    double ucl = ENGINE.points().get(0).ucl();
    PointTable t =
        table(
            with(true, ucl, List.of()),
            with(true, ucl, List.of()),
            with(false, ucl, List.of()),
            with(false, ucl + 1e-12, List.of()));
    RepeatedFields repeated = new RepeatedFields();

    assertThat(repeated.limitsChanged(t, 0)).as("the first point").isTrue();
    assertThat(repeated.limitsChanged(t, 1)).as("the same fields").isFalse();
    assertThat(repeated.limitsChanged(t, 2)).as("included").isTrue();
    assertThat(repeated.limitsChanged(t, 3)).as("ucl").isTrue();
  }

  @Test
  void signalFieldsChangeWithTheSignalsAlone() {
    // the same point type and flags, flagged by one rule and then by two
    PointTable t =
        table(
            with(true, 1, List.of("sigma")),
            with(true, 1, List.of("sigma")),
            with(true, 1, List.of("sigma", "long_run")),
            with(true, 1, List.of()));
    RepeatedFields repeated = new RepeatedFields();

    assertThat(repeated.signalsChanged(t, 0)).as("the first point").isTrue();
    assertThat(repeated.signalsChanged(t, 1)).as("the same signals").isFalse();
    assertThat(repeated.signalsChanged(t, 2)).as("one more signal").isTrue();
    assertThat(repeated.signalsChanged(t, 3)).as("none").isTrue();
  }
}
