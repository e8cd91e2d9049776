package qi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.io.AnalysisJson;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * Degenerate data, handled on purpose (README, "What qi rejects and how"). Expected numbers are the
 * arithmetic of the I chart's formulas (ILimits: x̄ ± 3·AMR/1.128) written out.
 */
class DegenerateDataTest {
  private static Analysis chart(ChartType type, double... values) {
    return ControlChart.of(type, Series.ofValues(values)).analyze();
  }

  private static String json(Analysis analysis) {
    StringWriter out = new StringWriter();
    AnalysisJson.write(analysis, out);
    return out.toString();
  }

  @Test
  void emptySeriesIsRejectedWithAMessage() {
    assertThatThrownBy(() -> ControlChart.of(ChartType.I, Series.of(List.of())).analyze())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("series must not be empty: there are no points to chart");
  }

  @Test
  void rebaseBeforeTheFirstPointStartsNoPartAndSaysSo() {
    // Points at x 1..4; a rebase at 0 is before them all: one part, as without it, and a note.
    Analysis a =
        ControlChart.of(ChartType.I, Series.ofValues(3, 4, 5, 4))
            .rebase(new XValue.Number(0))
            .analyze();

    assertThat(a.parts()).hasSize(1);
    assertThat(a.notes())
        .containsExactly("rebase (0) is before the first point (1): no part starts there");
  }

  @Test
  void onePointHasACentreLineButNoLimits() {
    Analysis a = chart(ChartType.I, 42);

    PointResult p = a.points().get(0);
    assertThat(p.cl()).isEqualTo(42);
    assertThat(p.ucl()).isNaN(); // no moving range: σ̂ undefined
    assertThat(p.lcl()).isNaN();
    assertThat(a.hasSignal()).isFalse();
    assertThat(a.parts().get(0).nUseful()).isZero(); // the point is on its own centre line
  }

  @Test
  void allValuesEqualGiveUndefinedLimitsAndNoSignal() {
    Analysis i = chart(ChartType.I, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    Analysis run = chart(ChartType.RUN, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);

    // every moving range is 0; screening (≥ 3.267·0) keeps none, as qicharts2 i_constant_10pts
    assertThat(i.points()).allSatisfy(p -> assertThat(p.ucl()).isNaN());
    assertThat(i.hasSignal()).isFalse();
    PartResult runs = run.parts().get(0);
    assertThat(runs.nUseful()).isZero();
    assertThat(runs.longestRun()).isEmpty();
    assertThat(run.hasSignal()).isFalse();
    assertThat(json(run)).contains("\"longestRun\":null");
  }

  @Test
  void allValuesMissingGiveUndefinedNumbersAndNoSignal() {
    Analysis a = chart(ChartType.I, Double.NaN, Double.NaN, Double.NaN);

    assertThat(a.points()).hasSize(3).allSatisfy(p -> assertThat(p.cl()).isNaN());
    assertThat(a.hasSignal()).isFalse();
    assertThat(json(a)).contains("\"y\":null").doesNotContain("NaN");
  }

  @Test
  void enormousValuesKeepFiniteLimits() {
    Analysis a = chart(ChartType.I, 1e300, 3e300, 2e300, 4e300);

    PointResult p = a.points().get(0);
    // x̄ = 2.5e300; AMR = (2e300 + 1e300 + 2e300)/3 = 5e300/3; ucl = x̄ + 3·AMR/1.128
    assertThat(p.cl()).isCloseTo(2.5e300, within(1e288));
    assertThat(p.ucl()).isCloseTo(2.5e300 + 3 * (5e300 / 3) / 1.128, within(1e288));
  }

  @Test
  void overflowingLimitIsUndefinedAsInQicharts2NeverInfinity() {
    Analysis a = chart(ChartType.I, 1.7e308, 1.7e308, 1.6e308);

    // qicharts2 0.8.1, qic(1:3, c(1.7e308, 1.7e308, 1.6e308), chart = "i", return.data = TRUE):
    // R's mean() sums in extended precision, so x̄ is finite (cl 1.6666666666666666e308, lcl
    // 1.5336879432624112e308), while x̄ + 3·AMR/1.128 overflows: ucl NA.
    PointResult p = a.points().get(0);
    assertThat(p.cl()).isEqualTo(1.6666666666666666e308);
    assertThat(p.lcl()).isCloseTo(1.5336879432624112e308, within(1e294));
    assertThat(p.ucl()).isNaN();
    assertThat(json(a)).doesNotContain("Infinity");
  }

  @Test
  void tinyValuesKeepTheirLimits() {
    Analysis a = chart(ChartType.I, 1e-300, 3e-300, 2e-300, 4e-300);

    PointResult p = a.points().get(0);
    assertThat(p.cl()).isCloseTo(2.5e-300, within(1e-312));
    assertThat(p.ucl()).isCloseTo(2.5e-300 + 3 * (5e-300 / 3) / 1.128, within(1e-312));
  }

  @Test
  void infiniteValuesAreRejectedNamingThePoint() {
    assertThatThrownBy(() -> Series.ofValues(1, Double.POSITIVE_INFINITY))
        .hasMessage("y (Infinity) at x 2 must be finite; NaN marks a missing value");
  }

  @Test
  void duplicateXValuesAreOnePointWithTheMeanOfTheirValues() {
    Series s =
        Series.of(
            List.of(
                Observation.of(XValue.of(1), 10),
                Observation.of(XValue.of(1), 20),
                Observation.of(XValue.of(2), 30)));

    assertThat(s.size()).isEqualTo(2);
    assertThat(s.subgroups().get(0).value()).isEqualTo((10 + 20) / 2.0);
  }

  @Test
  void unsortedInputIsSortedByX() {
    Series s =
        Series.of(
            List.of(
                Observation.of(XValue.of(3), 30),
                Observation.of(XValue.of(1), 10),
                Observation.of(XValue.of(2), 20)));

    assertThat(s.subgroups()).extracting(g -> g.value()).containsExactly(10.0, 20.0, 30.0);
  }

  @Test
  void xValuesMixingDatesAndNumbersAreRejected() {
    List<Observation> rows =
        List.of(
            Observation.of(XValue.of(1), 10),
            Observation.of(XValue.of(LocalDate.of(2024, 3, 1)), 20));

    assertThatThrownBy(() -> Series.of(rows))
        .hasMessage(
            "x (2024-03-01) must be of one kind with the first x (1): numbers, dates and"
                + " date-times cannot be mixed in one series");
  }
}
