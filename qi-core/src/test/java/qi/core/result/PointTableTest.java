package qi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.rules.Rule;
import qi.core.rules.RuleSet;
import qi.core.rules.Rules;
import qi.core.series.Series;

/**
 * The table reads every field as the point itself has it, from the engine's columns and from a list
 * of points made by hand. The oracle is {@code analysis.points().get(i)}.
 */
class PointTableTest {
  /** Two parts, an excluded point, a missing value and points beyond the limits. */
  private static Analysis engine() {
    double[] values = {5, 6, 5, 7, 6, 30, 5, 6, Double.NaN, 5, 12, 13, 12, 14, 13, 12, 40, 13};
    return ControlChart.of(ChartType.I, Series.ofValues(values)).parts(8).exclude(3).analyze();
  }

  /** Doubles compared as {@code Double.equals} does: NaN (a missing value) equals NaN. */
  private static void assertReadsAsThePoints(Analysis analysis) {
    PointTable table = analysis.table();
    List<PointResult> points = analysis.points();
    assertThat(table.size()).isEqualTo(points.size());
    for (int i = 0; i < points.size(); i++) {
      PointResult p = points.get(i);
      assertThat(table.point(i)).isEqualTo(p);
      assertThat(table.x(i)).isEqualTo(p.x());
      assertThat((Double) table.y(i)).isEqualTo((Double) p.y());
      assertThat((Double) table.cl(i)).isEqualTo((Double) p.cl());
      assertThat((Double) table.lcl(i)).isEqualTo((Double) p.lcl());
      assertThat((Double) table.ucl(i)).isEqualTo((Double) p.ucl());
      assertThat((Double) table.lwl(i)).isEqualTo((Double) p.lwl());
      assertThat((Double) table.uwl(i)).isEqualTo((Double) p.uwl());
      assertThat((Double) table.target(i)).isEqualTo((Double) p.target());
      assertThat(table.part(i)).isEqualTo(p.part());
      assertThat(table.baseline(i)).isEqualTo(p.baseline());
      assertThat(table.included(i)).isEqualTo(p.included());
      assertThat(table.runsSignal(i)).isEqualTo(p.runsSignal());
      assertThat(table.signalled(i)).isEqualTo(!p.signals().isEmpty());
      assertThat((Double) table.n(i)).isEqualTo((Double) p.n());
      assertThat(table.sigmaSignal(i)).isEqualTo(p.sigmaSignal());
      assertThat(table.signals(i)).isEqualTo(p.signals());
      assertThat(table.pointType(i)).isEqualTo(p.pointType());
      assertThat((Double) table.cusumUpper(i)).isEqualTo((Double) p.cusumUpper());
      assertThat((Double) table.cusumLower(i)).isEqualTo((Double) p.cusumLower());
      assertThat((Double) table.ewma(i)).isEqualTo((Double) p.ewma());
      for (Rule rule : List.of(Rules.SIGMA, Rules.LONG_RUN, Rules.FEW_CROSSINGS)) {
        assertThat(table.flaggedBy(i, rule)).isEqualTo(p.signals().contains(rule.id()));
      }
    }
  }

  @Test
  void engineColumnsReadAsTheirPoints() {
    Analysis analysis = engine();
    // the data must exercise what is compared: a signal, an exclusion, two parts
    assertThat(analysis.points()).anyMatch(p -> !p.signals().isEmpty());
    assertThat(analysis.points()).anyMatch(p -> !p.included());
    assertThat(analysis.parts()).hasSize(2);

    assertReadsAsThePoints(analysis);
  }

  @Test
  void aListOfPointsReadsAsItsPoints() {
    Analysis engine = engine();
    Analysis byHand =
        new Analysis(
            engine.chart(),
            new ArrayList<>(engine.points()),
            engine.parts(),
            engine.notes(),
            engine.rules(),
            engine.direction());

    assertReadsAsThePoints(byHand);
  }

  @Test
  void cusumAndEwmaSumsReadAsTheirPoints() {
    Series shifted = Series.ofValues(5, 6, 5, 4, 6, 5, 5, 6, 9, 10, 9, 10, 11, 9, 10);
    Analysis cusum = ControlChart.of(ChartType.CUSUM, shifted).analyze();
    Analysis ewma = ControlChart.of(ChartType.EWMA, shifted).analyze();
    assertThat(cusum.points()).allMatch(p -> !Double.isNaN(p.cusumUpper()));
    assertThat(ewma.points()).allMatch(p -> !Double.isNaN(p.ewma()));

    assertReadsAsThePoints(cusum);
    assertReadsAsThePoints(ewma);
  }

  @Test
  void aRuleOutsideTheRuleSetFlagsNothing() {
    Analysis analysis =
        ControlChart.of(ChartType.I, Series.ofValues(5, 6, 5, 7, 6, 30))
            .rules(RuleSet.of(Rules.SIGMA))
            .analyze();

    assertThat(analysis.table().flaggedBy(5, Rules.LONG_RUN)).isFalse();
  }

  @Test
  void aPositionOutsideTheTableIsRefused() {
    PointTable table = engine().table();

    assertThatThrownBy(() -> table.y(18)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.x(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
