package qi.examples;

import java.nio.file.Path;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.Verdict;
import qi.core.series.Series;

/**
 * An I chart whose limits come from a baseline: the first 12 weeks of time to triage, extended over
 * the rest so that later weeks are judged against how the process used to run.
 *
 * <ul>
 *   <li>{@code freeze(12)}: centre line and limits from points 1 to 12 only
 *   <li>a target carried on every point ({@code target(20)})
 *   <li>listing the points outside the limits from {@link PointResult#sigmaSignal()}
 * </ul>
 */
public final class FreezeBaselineThenShift {
  private FreezeBaselineThenShift() {}

  public static void main(String[] args) {
    Series series =
        Series.of(
            Input.read(
                Path.of("examples/data/time-to-triage.csv"),
                Columns.of("week", "minutes_to_triage")));
    Analysis analysis = ControlChart.of(ChartType.I, series).freeze(12).target(20).analyze();
    Verdict.lines(analysis).forEach(System.out::println);
    analysis.points().stream()
        .filter(PointResult::sigmaSignal)
        .forEach(p -> System.out.printf("week %s: %.1f minutes%n", p.x(), p.y()));
    System.out.println("Written: " + Outputs.json("i-chart-frozen.json", analysis));
  }
}
