package org.example.consumer;

import java.io.StringReader;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.series.Series;

/** What a team's own code does with qi: read its data, analyze it, report the verdict. */
public final class WaitingTimes {
  private WaitingTimes() {}

  /** An I chart of weekly waiting times given as CSV text. */
  public static Analysis analyze(String csv) {
    return ControlChart.of(
            ChartType.I,
            Series.of(
                CsvInput.read(new StringReader(csv), "waiting.csv", Columns.of("week", "min"))))
        .analyze();
  }

  public static void main(String[] args) {
    String csv = "week;min\n06/01/2025;24,2\n13/01/2025;23,7\n20/01/2025;22,4\n27/01/2025;24,5\n";
    List<String> verdict = Verdict.lines(analyze(csv));
    verdict.forEach(System.out::println);
  }
}
