package qi.examples;

import java.nio.file.Path;
import qi.charts.AssuranceIcon;
import qi.charts.ChartRenderer;
import qi.charts.ChartStyle;
import qi.charts.VariationIcon;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;
import qi.core.series.Series;

/**
 * Time to triage as an XmR (I) chart with the NHS "Making Data Count" icons in the corner.
 *
 * <ul>
 *   <li>a part after the change (week 24) and a target line at 20 minutes;
 *   <li>{@link ChartStyle#icons}: special cause of improvement, values low; assurance inconsistent,
 *       since the new limits straddle the target;
 *   <li>a note at the date of the change.
 * </ul>
 */
public final class TriageNhsIcons {
  private TriageNhsIcons() {}

  public static void main(String[] args) throws Exception {
    Analysis a =
        ControlChart.of(
                ChartType.I,
                Series.of(
                    CsvInput.read(
                        ExampleData.data("time-to-triage.csv"),
                        Columns.of("week", "minutes_to_triage"))))
            .parts(24)
            .target(20)
            .analyze();
    ChartStyle style =
        ChartStyle.withDefaults()
            .title("Time to triage, emergency department")
            .subtitle("Weekly mean minutes from arrival to triage; target 20 minutes")
            .yLabel("Minutes")
            .note("2025-06-16", "Triage nurse at the front door")
            .icons(VariationIcon.IMPROVEMENT_LOW, AssuranceIcon.INCONSISTENT);
    Path png = ExampleData.output("triage-nhs-icons.png");
    ChartRenderer.write(a, style, png);
    System.out.println("wrote " + png);
  }
}
