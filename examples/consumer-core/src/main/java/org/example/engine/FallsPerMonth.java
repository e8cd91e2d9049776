package org.example.engine;

import java.nio.file.Path;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.series.Series;

/** The engine alone: read a file of falls and bed days, chart it, print the verdict. */
public final class FallsPerMonth {
  private FallsPerMonth() {}

  /** A U chart of falls per bed day from a CSV, JSON or Excel file with these columns. */
  public static Analysis analyze(Path file) {
    return ControlChart.of(
            ChartType.U,
            Series.ofRatios(Input.read(file, Columns.of("month", "falls").withN("bed_days"))))
        .analyze();
  }

  public static void main(String[] args) {
    List<String> verdict = Verdict.lines(analyze(Path.of(args[0])));
    verdict.forEach(System.out::println);
  }
}
