package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.series.Series;

/**
 * Thinning: a long series is drawn as the eye sees it, and no signalled, excluded or annotated
 * point disappears. The full model ({@link Model#full}) is the oracle: thinning may only leave out
 * what draws no other pixel.
 */
class ThinningTest {
  private static final int N = 200_000;
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 560;

  /** Far outside the limits, alone in their pixels: must be kept exactly. */
  private static final int[] OUTLIERS = {17, 50_001, 123_457, N};

  private static final int[] EXCLUDED = {3, 99_999};

  private static Analysis analysis;
  private static ChartStyle style;
  private static Model full;
  private static Model thinned;

  @BeforeAll
  static void analyze() {
    Random random = new Random(6);
    double[] values = new double[N];
    for (int i = 0; i < N; i++) {
      values[i] = 100 + 10 * random.nextGaussian();
    }
    for (int k = 0; k < OUTLIERS.length; k++) {
      values[OUTLIERS[k] - 1] = 300 + 40 * k;
    }
    analysis =
        ControlChart.of(ChartType.I, Series.ofValues(values))
            .parts(N / 2)
            .exclude(EXCLUDED)
            .analyze();
    // x values of Series.ofValues are 1 .. n; a note at point 77,777
    style = ChartStyle.withDefaults().size(WIDTH, HEIGHT).notes(List.of(new Note("77777", "PDSA")));
    full = Model.full(analysis, style);
    thinned = Model.of(analysis, style);
  }

  @Test
  void markersReducedWhileReadingAreThoseThatThinningTheFullModelKeeps() {
    // Model.of keeps of each pixel column's common-cause markers only the lowest and highest as it
    // reads the points; thinning the full model afterwards is the oracle.
    Model late = Thinning.toPixels(full, WIDTH, HEIGHT);

    assertThat(thinned.markers()).isEqualTo(late.markers());
    assertThat(thinned.lines()).hasSameSizeAs(late.lines());
    for (int k = 0; k < late.lines().size(); k++) {
      Model.Line a = thinned.lines().get(k);
      Model.Line b = late.lines().get(k);
      assertThat(a.kind()).isEqualTo(b.kind());
      // Arrays.equals compares doubles by their bits, so NaN breaks match
      assertThat(Arrays.equals(a.x(), b.x())).as(a.kind().label()).isTrue();
      assertThat(Arrays.equals(a.y(), b.y())).as(a.kind().label()).isTrue();
    }
    assertThat(thinned.notes()).isEqualTo(late.notes());
    assertThat(thinned.partLabels()).isEqualTo(late.partLabels());
    assertThat(thinned.partBreaks()).isEqualTo(late.partBreaks());
  }

  @Test
  void cusumSumsReducedWhileReadingAreThoseThatThinningTheFullModelKeeps() {
    // Two markers per point (upper and lower sum) at the same x, so a column's lowest and highest
    // may be either sum; a shift half-way makes the upper sums signal.
    Random random = new Random(7);
    double[] values = new double[20_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (i < values.length / 2 ? 100 : 103) + 10 * random.nextGaussian();
    }
    Analysis cusum = ControlChart.of(ChartType.CUSUM, Series.ofValues(values)).analyze();
    ChartStyle narrow = ChartStyle.withDefaults().size(WIDTH, HEIGHT);
    Model late = Thinning.toPixels(Model.full(cusum, narrow), WIDTH, HEIGHT);
    Model early = Model.of(cusum, narrow);

    assertThat(late.markers()).anyMatch(m -> m.category() != PointCategory.COMMON_CAUSE);
    assertThat(early.markers()).isEqualTo(late.markers());
  }

  @Test
  void shortSeriesIsDrawnPointByPoint() {
    Analysis short30 = Fixtures.analysis(ChartType.I);

    Model m = Model.full(short30, ChartStyle.withDefaults());

    assertThat(Thinning.toPixels(m, WIDTH, HEIGHT)).isSameAs(m);
    Model drawn = Model.of(short30, ChartStyle.withDefaults());
    assertThat(drawn.markers()).isEqualTo(m.markers());
    for (Model.Line line : m.lines()) {
      assertThat(drawn.line(line.kind()).x()).isEqualTo(line.x());
      assertThat(drawn.line(line.kind()).y()).isEqualTo(line.y());
    }
  }

  @Test
  void noSignalledExcludedOrAnnotatedPointDisappears() {
    Set<Integer> kept = new HashSet<>();
    thinned.markers().forEach(m -> kept.add(m.index()));
    long signalled = 0;
    for (Model.Marker m : full.markers()) {
      boolean special =
          m.category() != PointCategory.COMMON_CAUSE || m.hollow() || m.index() == 77_777;
      if (special) {
        signalled++;
        // kept itself, or one of the same look on the same pixel of the 1000 x 560 image
        assertThat(kept.contains(m.index()) || samePixelSameLook(m))
            .as("point %d (%s)", m.index(), m.category())
            .isTrue();
      }
    }
    assertThat(signalled).as("the data has signals to lose").isGreaterThan(100);
    for (int i : OUTLIERS) {
      assertThat(kept).contains(i);
    }
    assertThat(kept).contains(EXCLUDED[0], EXCLUDED[1], 77_777);
  }

  private static boolean samePixelSameLook(Model.Marker m) {
    return thinned.markers().stream()
        .anyMatch(
            k ->
                k.category() == m.category()
                    && k.hollow() == m.hollow()
                    && column(k.x()) == column(m.x())
                    && row(k.y()) == row(m.y()));
  }

  private static int column(double x) {
    return (int) Math.floor((x - 0.5) / N * WIDTH);
  }

  private static int row(double y) {
    return (int) Math.floor((y - full.yMin()) / (full.yMax() - full.yMin()) * HEIGHT);
  }

  @Test
  void everyLineKeepsTheLowestAndHighestValueOfEveryPixelColumn() {
    for (Model.Line line : full.lines()) {
      Model.Line thin = thinned.line(line.kind());
      assertThat(thin.x().length).as(line.kind().label()).isLessThanOrEqualTo(4 * WIDTH + 16);
      assertThat(extremes(thin)).as(line.kind().label()).isEqualTo(extremes(line));
      assertThat(Arrays.stream(thin.y()).filter(Double::isNaN).count())
          .as("the break between the parts stays")
          .isEqualTo(Arrays.stream(line.y()).filter(Double::isNaN).count());
    }
  }

  /** Lowest and highest y per pixel column, NaN where a column has no value. */
  private static double[][] extremes(Model.Line line) {
    double[][] e = new double[2][WIDTH + 1];
    Arrays.fill(e[0], Double.POSITIVE_INFINITY);
    Arrays.fill(e[1], Double.NEGATIVE_INFINITY);
    for (int i = 0; i < line.x().length; i++) {
      if (!Double.isNaN(line.y()[i])) {
        int c = Math.min(Math.max(column(line.x()[i]), 0), WIDTH);
        e[0][c] = Math.min(e[0][c], line.y()[i]);
        e[1][c] = Math.max(e[1][c], line.y()[i]);
      }
    }
    return e;
  }

  @Test
  void commonCauseMarkersKeepTheEdgesOfEachColumn() {
    // per column: the lowest and highest common-cause marker, so at most 2 per column
    long common =
        thinned.markers().stream().filter(m -> m.category() == PointCategory.COMMON_CAUSE).count();
    assertThat(common).isLessThanOrEqualTo(2L * (WIDTH + 1) + 3);
    assertThat(thinned.markers().size()).isLessThan(full.markers().size() / 20);
  }
}
