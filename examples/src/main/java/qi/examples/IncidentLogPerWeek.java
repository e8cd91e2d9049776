package qi.examples;

import java.nio.file.Path;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.io.ReadOptions;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.series.Aggregation;
import qi.core.series.EventCounts;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.Series;

/**
 * A C chart of falls per week from an incident log as hospital systems export it: one row per fall,
 * semicolons, day-first dates ({@code 06/01/2025}), decimal commas.
 *
 * <ul>
 *   <li>an event log: {@link Columns#events} reads x only
 *   <li>{@link ReadOptions} stating the dialect instead of detecting it
 *   <li>{@link EventCounts#of} counting rows per ISO week, weeks without a fall counted as 0
 *   <li>phases after a change: {@code parts(16)} for a bundle introduced in week 17
 * </ul>
 */
public final class IncidentLogPerWeek {
  private IncidentLogPerWeek() {}

  public static void main(String[] args) {
    ReadOptions export =
        ReadOptions.defaults()
            .withDelimiter(';')
            .withDecimalSeparator(',')
            .withDateFormat("dd/MM/yyyy");
    List<Observation> falls =
        Input.read(Path.of("examples/data/incidents.csv"), Columns.events("date"), export);
    List<Observation> weekly = EventCounts.of(falls, Period.WEEK);
    Analysis analysis =
        ControlChart.of(ChartType.C, Series.of(weekly, Aggregation.SUM)).parts(16).analyze();
    System.out.println(falls.size() + " falls in " + weekly.size() + " weeks");
    Verdict.lines(analysis).forEach(System.out::println);
    System.out.println("Written: " + Outputs.json("falls-per-week.json", analysis));
  }
}
