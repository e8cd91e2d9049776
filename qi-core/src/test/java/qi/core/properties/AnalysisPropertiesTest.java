package qi.core.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.AnalysisCsv;
import qi.core.io.AnalysisJson;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invariants of every analysis, checked on generated series (jqwik, fixed seeds so that CI is
 * reproducible; raise {@code tries} locally to search further). The expected values are the algebra
 * of the formulas in {@code qi.core.limits}, not numbers from a reference run.
 */
class AnalysisPropertiesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Provide
  Arbitrary<ChartCase> anyChart() {
    return ChartCase.any();
  }

  @Provide
  Arbitrary<double[]> measurements() {
    return ChartCase.measurements();
  }

  @Property(seed = "9001")
  void rowOrderDoesNotChangeTheResult(@ForAll("anyChart") ChartCase chart, @ForAll long seed) {
    List<Observation> shuffled = new ArrayList<>(chart.rows());
    Collections.shuffle(shuffled, new Random(seed));
    Series reordered = chart.hasDenominator() ? Series.ofRatios(shuffled) : Series.of(shuffled);

    Analysis original = ControlChart.of(chart.type(), chart.series()).analyze();
    Analysis fromShuffled = ControlChart.of(chart.type(), reordered).analyze();

    // Rows sharing an x are summed in another order, so values may differ in the last bits.
    assertSamePoints(fromShuffled, original, 1e-12);
    for (int k = 0; k < original.parts().size(); k++) {
      PartResult p = original.parts().get(k);
      PartResult q = fromShuffled.parts().get(k);
      assertThat(q.longestRun()).isEqualTo(p.longestRun());
      assertThat(q.crossings()).isEqualTo(p.crossings());
      assertThat(q.runsSignal()).isEqualTo(p.runsSignal());
      assertThat(q.sigmaSignals()).isEqualTo(p.sigmaSignals());
      assertClose(q.cl(), p.cl(), 1e-12 * Math.abs(p.cl()));
      assertClose(q.ucl(), p.ucl(), 1e-12 * Math.abs(p.ucl()));
    }
  }

  @Property(seed = "9002")
  void iChartLimitsScaleAndShiftWithTheData(
      @ForAll("measurements") double[] y,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b) {
    double[] transformed = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      transformed[i] = a * y[i] + b;
    }
    Analysis original = ControlChart.of(ChartType.I, Series.ofValues(y)).analyze();
    Analysis moved = ControlChart.of(ChartType.I, Series.ofValues(transformed)).analyze();

    double spread = Math.abs(a) * maxAbs(y) + Math.abs(b);
    for (int i = 0; i < y.length; i++) {
      PointResult p = original.points().get(i);
      PointResult q = moved.points().get(i);
      double tolerance = 1e-9 * spread;
      assertThat(q.cl()).isCloseTo(a * p.cl() + b, within(tolerance));
      assertClose(q.lcl(), a * p.lcl() + b, tolerance);
      assertClose(q.ucl(), a * p.ucl() + b, tolerance);
      assertClose(q.lwl(), a * p.lwl() + b, tolerance);
      assertClose(q.uwl(), a * p.uwl() + b, tolerance);
    }
  }

  @Property(seed = "9003")
  void multiplyChangesNoSignal(
      @ForAll("anyChart") ChartCase chart,
      @ForAll @DoubleRange(min = 1e-3, max = 1e4) @Scale(6) double factor) {
    Analysis plain = ControlChart.of(chart.type(), chart.series()).analyze();
    Analysis multiplied = ControlChart.of(chart.type(), chart.series()).multiply(factor).analyze();

    for (int i = 0; i < plain.points().size(); i++) {
      PointResult p = plain.points().get(i);
      PointResult q = multiplied.points().get(i);
      assertThat(q.signals()).as("signals of point %d", i + 1).isEqualTo(p.signals());
      assertThat(q.sigmaSignal()).isEqualTo(p.sigmaSignal());
      assertThat(q.runsSignal()).isEqualTo(p.runsSignal());
      assertThat(q.pointType()).isEqualTo(p.pointType());
      assertClose(q.y(), p.y() * factor, 1e-12 * Math.abs(p.y() * factor));
    }
  }

  @Property(seed = "9004")
  void runsAnalysisIsUnchangedByReflectionAboutTheCentreLine(
      @ForAll("integers") List<Integer> values) {
    double[] y = values.stream().mapToDouble(Integer::doubleValue).toArray();
    Analysis original = ControlChart.of(ChartType.RUN, Series.ofValues(y)).analyze();
    double cl = original.points().get(0).cl();
    double[] reflected = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      reflected[i] = 2 * cl - y[i]; // exact: y and 2·median are integers
    }
    Analysis mirror = ControlChart.of(ChartType.RUN, Series.ofValues(reflected)).analyze();

    assertThat(mirror.points().get(0).cl()).isEqualTo(cl);
    PartResult a = original.parts().get(0);
    PartResult b = mirror.parts().get(0);
    assertThat(b.nUseful()).isEqualTo(a.nUseful());
    assertThat(b.longestRun()).isEqualTo(a.longestRun());
    assertThat(b.crossings()).isEqualTo(a.crossings());
    assertThat(b.runsSignal()).isEqualTo(a.runsSignal());
  }

  @Provide
  Arbitrary<List<Integer>> integers() {
    return Arbitraries.integers().between(-1000, 1000).list().ofMinSize(1).ofMaxSize(80);
  }

  @Property(seed = "9005")
  void everyDefinedLimitOrdersAroundTheCentreLine(@ForAll("anyChart") ChartCase chart) {
    Analysis analysis = ControlChart.of(chart.type(), chart.series()).analyze();
    for (PointResult p : analysis.points()) {
      if (!Double.isNaN(p.cl())) {
        // lcl <= lwl <= cl <= uwl <= ucl wherever both sides of a pair are defined
        assertOrdered(p.lcl(), p.lwl(), p);
        assertOrdered(p.lwl(), p.cl(), p);
        assertOrdered(p.lcl(), p.cl(), p);
        assertOrdered(p.cl(), p.uwl(), p);
        assertOrdered(p.cl(), p.ucl(), p);
        assertOrdered(p.uwl(), p.ucl(), p);
      }
    }
  }

  @Property(seed = "9006")
  void proportionLimitsStayWithinZeroAndOne(
      @ForAll("proportions") ChartCase chart, @ForAll @IntRange(min = 0, max = 3) int freeze) {
    ControlChart spec = ControlChart.of(chart.type(), chart.series());
    if (freeze > 0 && freeze <= chart.series().size()) {
      spec = spec.freeze(freeze);
    }
    for (PointResult p : spec.analyze().points()) {
      for (double limit : new double[] {p.lcl(), p.ucl(), p.lwl(), p.uwl(), p.cl()}) {
        if (!Double.isNaN(limit)) {
          assertThat(limit).as("%s", p).isBetween(0.0, 1.0);
        }
      }
    }
  }

  @Provide
  Arbitrary<ChartCase> proportions() {
    return ChartCase.of(Arbitraries.of(ChartType.P, ChartType.PP));
  }

  @Property(seed = "9007", tries = 100)
  void jsonAndCsvNeverCarryNanOrInfinity(
      @ForAll("anyChart") ChartCase chart, @ForAll @IntRange(min = 0, max = 300) int exponent) {
    double factor = Math.pow(10, exponent);
    Analysis analysis = ControlChart.of(chart.type(), chart.series()).multiply(factor).analyze();
    StringWriter json = new StringWriter();
    AnalysisJson.write(analysis, json);
    StringWriter csv = new StringWriter();
    AnalysisCsv.write(analysis, csv);

    assertThat(json.toString()).doesNotContain("NaN").doesNotContain("Infinity");
    assertThat(csv.toString()).doesNotContain("NaN").doesNotContain("Infinity");
    JsonNode tree = JSON.readTree(json.toString());
    assertThat(tree.get("points").size()).isEqualTo(analysis.points().size());
    for (PointResult p : analysis.points()) {
      for (double v : new double[] {p.y(), p.cl(), p.lcl(), p.ucl(), p.lwl(), p.uwl()}) {
        assertThat(Double.isInfinite(v)).as("an infinity in %s", p).isFalse();
      }
    }
  }

  private static void assertOrdered(double lower, double upper, PointResult p) {
    if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
      assertThat(lower).as("%s", p).isLessThanOrEqualTo(upper);
    }
  }

  private static void assertClose(double actual, double expected, double tolerance) {
    if (Double.isNaN(expected)) {
      assertThat(actual).isNaN();
    } else {
      assertThat(actual).isCloseTo(expected, within(tolerance));
    }
  }

  private static void assertSamePoints(Analysis actual, Analysis expected, double relative) {
    assertThat(actual.points()).hasSameSizeAs(expected.points());
    for (int i = 0; i < expected.points().size(); i++) {
      PointResult p = expected.points().get(i);
      PointResult q = actual.points().get(i);
      assertThat(q.x()).isEqualTo(p.x());
      assertThat(q.signals()).isEqualTo(p.signals());
      double[] a = {q.y(), q.cl(), q.lcl(), q.ucl(), q.lwl(), q.uwl(), q.n()};
      double[] e = {p.y(), p.cl(), p.lcl(), p.ucl(), p.lwl(), p.uwl(), p.n()};
      for (int k = 0; k < a.length; k++) {
        assertClose(a[k], e[k], relative * Math.abs(e[k]));
      }
    }
  }

  private static double maxAbs(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  static XValue x(int i) {
    return XValue.of(i);
  }
}
