package qi.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/** Small hand-made series for every chart type (values invented; no reference numbers needed). */
final class Fixtures {
  private Fixtures() {}

  /** Twelve values with one high outlier at point 9. */
  static final double[] VALUES = {12, 14, 11, 13, 15, 12, 13, 14, 30, 12, 13, 11};

  /** Twelve denominators that vary, so P and U limits step. */
  static final double[] SIZES = {40, 60, 35, 80, 50, 45, 90, 30, 55, 70, 65, 40};

  /** Counts (numerators) of the attribute out of {@link #SIZES}. */
  static final double[] COUNTS = {4, 7, 3, 9, 6, 4, 11, 3, 18, 8, 7, 4};

  /** Monthly dates from January 2025. */
  static XValue month(int i) {
    return XValue.of(LocalDate.of(2025, 1, 1).plusMonths(i));
  }

  /** A series suited to {@code type}: values, ratios, or subgroups of three for Xbar and S. */
  static Series series(ChartType type) {
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < VALUES.length; i++) {
      if (type.needsDenominator()) {
        obs.add(Observation.ofRatio(month(i), COUNTS[i], SIZES[i]));
      } else if (type.isSubgrouped()) {
        obs.add(Observation.of(month(i), VALUES[i] - 1));
        obs.add(Observation.of(month(i), VALUES[i]));
        obs.add(Observation.of(month(i), VALUES[i] + 1.5));
      } else if (type == ChartType.IP) {
        obs.add(Observation.ofRatio(month(i), COUNTS[i], SIZES[i]));
      } else {
        obs.add(Observation.of(month(i), VALUES[i]));
      }
    }
    return type.needsDenominator() || type == ChartType.IP ? Series.ofRatios(obs) : Series.of(obs);
  }

  static Analysis analysis(ChartType type) {
    return ControlChart.of(type, series(type)).analyze();
  }
}
