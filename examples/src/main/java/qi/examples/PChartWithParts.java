package qi.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.Verdict;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * A P chart of patients with a pressure ulcer out of patients admitted, in two parts: before and
 * after a skin-care bundle started in month 13.
 *
 * <ul>
 *   <li>building observations in code: {@link Observation#ofRatio} with numerator and denominator
 *   <li>a P chart whose limits widen where fewer patients were admitted
 *   <li>parts: {@code parts(12)} computes centre line and limits separately after month 12
 *   <li>reading each part's summary from {@link PartResult}
 * </ul>
 */
public final class PChartWithParts {
  private PChartWithParts() {}

  /** Patients with an ulcer per month: around 10% for a year, then around 5%. */
  private static final int[] ULCERS = {
    12, 9, 11, 14, 10, 8, 13, 11, 9, 12, 10, 11, 6, 5, 7, 4, 6, 5, 3, 6, 5, 4, 6, 5
  };

  private static final int[] ADMITTED = {
    110, 98, 105, 120, 101, 92, 117, 108, 95, 112, 99, 104, 106, 97, 111, 93, 102, 100, 90, 109,
    103, 96, 114, 101
  };

  public static void main(String[] args) {
    List<Observation> rows = new ArrayList<>();
    for (int month = 0; month < ULCERS.length; month++) {
      XValue x = XValue.of(LocalDate.of(2024, 1, 1).plusMonths(month));
      rows.add(Observation.ofRatio(x, ULCERS[month], ADMITTED[month]));
    }
    Analysis analysis =
        ControlChart.of(ChartType.P, Series.ofRatios(rows)).parts(12).multiply(100).analyze();
    Verdict.lines(analysis).forEach(System.out::println);
    for (PartResult part : analysis.parts()) {
      System.out.printf("Part %d: %.1f%% of patients%n", part.part(), part.cl());
    }
    System.out.println("Written: " + Outputs.json("p-chart-parts.json", analysis));
  }
}
