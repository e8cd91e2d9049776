package qi.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import qi.charts.ChartStyle;
import qi.charts.SummaryPage;
import qi.core.ChartType;
import qi.core.io.AnalysisJson;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.io.SummaryJson;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.summary.MeasureSettings;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * A board summary of twelve fictional emergency-department measures, as NHS England's Making Data
 * Count asks for it, built from the library rather than the command line.
 *
 * <ul>
 *   <li>long-format rows, one per measure and month, read with the measure as the rows' label;
 *   <li>{@link MeasureSettings} per measure in code: a P chart in percent for a proportion, a
 *       direction and a target; the others keep the XmR chart with the NHS rules;
 *   <li>each measure's headline and icons, the board page ({@link SummaryPage}) and the rows as
 *       JSON ({@link SummaryJson}).
 * </ul>
 */
public final class EmergencyDepartmentBoard {
  private EmergencyDepartmentBoard() {}

  public static void main(String[] args) throws IOException {
    List<Observation> rows =
        CsvInput.read(
            Path.of("examples/data/ed-measures.csv"),
            new Columns("month", "value", "n", "measure"));
    List<MeasureSettings> settings =
        List.of(
            MeasureSettings.of("4-hour performance")
                .withChart(ChartType.P)
                .withMultiply(100)
                .withDirection(Direction.INCREASE)
                .withTarget(95)
                .withUnit("%")
                .withGroup("Flow"),
            MeasureSettings.of("12-hour waits")
                .withDirection(Direction.DECREASE)
                .withTarget(20)
                .withGroup("Flow"),
            MeasureSettings.of("Staff sickness")
                .withDirection(Direction.DECREASE)
                .withTarget(4.5)
                .withUnit("%")
                .withGroup("Workforce"));
    Summary board = Summary.of(rows, settings);
    for (MeasureSummary m : board.measures()) {
      System.out.println(m.verdict());
      System.out.println(
          "  "
              + m.measure()
              + ": "
              + m.variation().id()
              + (m.assurance() == null ? "" : ", " + m.assurance().id()));
    }
    Path page = Outputs.file("ed-board.html");
    Files.write(
        page, SummaryPage.render(board, ChartStyle.withDefaults().title("Emergency department")));
    try (OutputStream out = Files.newOutputStream(Outputs.file("ed-board.json"))) {
      SummaryJson.write(board, out, AnalysisJson.Layout.PRETTY);
    }
    System.out.println("Written: " + page);
  }
}
