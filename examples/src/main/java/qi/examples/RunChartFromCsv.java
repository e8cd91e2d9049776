package qi.examples;

import java.nio.file.Path;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.series.Observation;
import qi.core.series.Series;

/**
 * A run chart of weekly time to triage, read from a CSV file.
 *
 * <ul>
 *   <li>reading a CSV file with {@link Input#read(Path, Columns)} (dates and delimiter detected)
 *   <li>a run chart: the median and the runs analysis (Anhøj rules), no limits
 *   <li>the verdict in plain words with {@link Verdict#lines}
 *   <li>the analysis as the CLI's JSON, in {@code examples/target/qi-examples/run-chart.json}
 * </ul>
 */
public final class RunChartFromCsv {
  private RunChartFromCsv() {}

  public static void main(String[] args) {
    List<Observation> rows =
        Input.read(
            Path.of("examples/data/time-to-triage.csv"), Columns.of("week", "minutes_to_triage"));
    Analysis analysis = ControlChart.of(ChartType.RUN, Series.of(rows)).analyze();
    Verdict.lines(analysis).forEach(System.out::println);
    System.out.println("Written: " + Outputs.json("run-chart.json", analysis));
  }
}
