package qi.examples;

import java.io.IOException;
import java.nio.file.Path;
import qi.charts.ChartRenderer;
import qi.charts.ChartStyle;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.rules.Direction;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * Time to triage as an NHS "Making Data Count" XmR chart, with its icons in the corner.
 *
 * <ul>
 *   <li>{@link ChartType#XMR} with the NHS rules, lower is better ({@link Direction#DECREASE});
 *   <li>rebased at the change (2025-06-23) and a target of 20 minutes;
 *   <li>{@link ChartStyle#iconsOf}: the variation and assurance icons of the last part, as the
 *       analysis computes them;
 *   <li>a note at the date of the change.
 * </ul>
 */
public final class TriageNhsIcons {
  private TriageNhsIcons() {}

  public static void main(String[] args) throws IOException {
    Analysis a =
        ControlChart.of(
                ChartType.XMR,
                Series.of(
                    CsvInput.read(
                        Path.of("examples/data/time-to-triage.csv"),
                        Columns.of("week", "minutes_to_triage"))))
            .direction(Direction.DECREASE)
            .rebase(XValue.parse("2025-06-23"))
            .target(20)
            .analyze();
    ChartStyle style =
        ChartStyle.withDefaults()
            .title("Time to triage, emergency department")
            .subtitle("Weekly mean minutes from arrival to triage; target 20 minutes")
            .yLabel("Minutes")
            .note("2025-06-16", "Triage nurse at the front door")
            .iconsOf(a);
    Verdict.lines(a).forEach(System.out::println);
    Path png = Outputs.file("triage-nhs-icons.png");
    ChartRenderer.write(a, style, png);
    System.out.println("Written: " + png);
  }
}
