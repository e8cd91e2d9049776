package qi.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qi.charts.ChartStyle;
import qi.charts.SmallMultiples;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Facet;
import qi.core.result.Verdict;
import qi.core.series.Observation;
import qi.core.series.Series;

/**
 * Falls per 1,000 bed days on three wards, as small multiples: one U chart per ward in a grid.
 *
 * <ul>
 *   <li>reading a facet column (the ward) as the observations' label and splitting by it;
 *   <li>{@link SmallMultiples} with a shared y scale, so that wards compare at a glance;
 *   <li>the same grid as PNG and as an HTML report with a verdict per ward.
 * </ul>
 */
public final class WardFallsSmallMultiples {
  private WardFallsSmallMultiples() {}

  public static void main(String[] args) throws IOException {
    List<Observation> rows =
        CsvInput.read(
            Path.of("examples/data/falls-by-ward.csv"),
            new Columns("month", "falls", "bed_days", "ward"));
    Map<String, List<Observation>> byWard = new LinkedHashMap<>();
    for (Observation row : rows) {
      byWard.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row);
    }
    List<Facet> panels = new ArrayList<>();
    byWard.forEach(
        (ward, obs) ->
            panels.add(
                new Facet(
                    ward,
                    ControlChart.of(ChartType.U, Series.ofRatios(obs)).multiply(1000).analyze())));
    SmallMultiples grid =
        SmallMultiples.of(panels)
            .columns(3)
            .style(
                ChartStyle.withDefaults()
                    .title("Falls per 1,000 bed days, by ward")
                    .subtitle("U charts, January 2024 to December 2025; shared y scale")
                    .size(1500, 560));
    for (Facet panel : panels) {
      System.out.println("== " + panel.name());
      Verdict.lines(panel.analysis()).forEach(System.out::println);
    }
    Path png = Outputs.file("ward-falls.png");
    grid.write(png);
    grid.write(Outputs.file("ward-falls.html"));
    System.out.println("Written: " + png);
  }
}
