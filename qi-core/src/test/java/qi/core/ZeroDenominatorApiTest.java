package qi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.Verdict;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * Through the API, a point with n = 0 and y = 0 is a gap as in qicharts2 0.8.1: no value, no
 * limits, the part's centre line, and a note. Expected: the pooled ratio written out as arithmetic;
 * every point is compared with qicharts2 by the reference cases p_zero_n_gaps_24pts,
 * pp_zero_n_gaps_24pts, u_zero_n_gaps_24pts and up_zero_n_gaps_24pts.
 */
class ZeroDenominatorApiTest {
  private static Series ward() {
    return Series.ofRatios(
        List.of(
            Observation.ofRatio(XValue.of(1), 4, 400),
            Observation.ofRatio(XValue.of(2), 0, 0),
            Observation.ofRatio(XValue.of(3), 7, 380),
            Observation.ofRatio(XValue.of(4), 5, 420),
            Observation.ofRatio(XValue.of(5), 2, 390)));
  }

  @Test
  void aPointWithoutDenominatorIsAGapOnEveryRatioChart() {
    for (ChartType type : List.of(ChartType.P, ChartType.PP, ChartType.U, ChartType.UP)) {
      Analysis analysis = ControlChart.of(type, ward()).analyze();
      PointResult gap = analysis.points().get(1);

      assertThat(gap.y()).as(type.id()).isNaN();
      assertThat(List.of(gap.lcl(), gap.ucl(), gap.lwl(), gap.uwl()))
          .as(type.id())
          .allMatch(v -> v.isNaN());
      // Σy / Σn over the other four points
      assertThat(gap.cl()).as(type.id()).isEqualTo(18.0 / 1590);
      assertThat(analysis.notes()).containsExactly("no denominator at 2: no value plotted");
      assertThat(analysis.withoutDenominator()).containsExactly("2");
      assertThat(Verdict.lines(analysis))
          .contains(
              "No denominator (n = 0) at 2: no value plotted there; those points count in"
                  + " nothing.");
    }
  }
}
