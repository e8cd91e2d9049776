package qi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.series.Series;

/**
 * The chart advisor suggests, for each qicharts2 reference case's data, the chart type that case
 * was made for (shared/reference, qicharts2 0.8.1 cases; the data were generated for those charts).
 */
class ChartAdvisorTest {
  private static final Path CASES = Path.of("src/test/resources/reference/qicharts2");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "i_random_24pts, i",
    "xbar_var_n_25sg, xbar",
    "c_pois12_24pts, c",
    "g_geom_30pts, g",
    "t_exp_24pts, t",
    "p_varying_n_24pts, p",
    "pp_overdispersed_24pts, pp",
  })
  void suggestsTheChartTheDataWereMadeFor(String name, String chart) {
    Path dir = CASES.resolve(name);
    boolean ratios = java.nio.file.Files.exists(dir) && name.startsWith("p");
    Columns columns = ratios ? Columns.of("x", "y").withN("n") : Columns.of("x", "y");
    var observations = CsvInput.read(dir.resolve("input.csv"), columns);
    Series series = ratios ? Series.ofRatios(observations) : Series.of(observations);

    ChartAdvisor.Recommendation advice = ChartAdvisor.recommend(series);

    assertThat(advice.chart().id()).isEqualTo(chart);
    assertThat(advice.reason()).endsWith(".");
  }

  // The p case's own data (proportions of n, qicharts2 0.8.1) with the denominator named as
  // exposure: events per bed day are rates even though no numerator exceeds its denominator.
  @ParameterizedTest(name = "n named {0} -> {1}")
  @CsvSource({"bed_days, u", "occupied_bed_hours, u", "admissions, p", "n, p"})
  void aDenominatorNamedLikeExposureMakesRates(String denominator, String chart) {
    var observations =
        CsvInput.read(
            CASES.resolve("p_varying_n_24pts/input.csv"), Columns.of("x", "y").withN("n"));

    ChartAdvisor.Recommendation advice =
        ChartAdvisor.recommend(Series.ofRatios(observations), denominator);

    assertThat(advice.chart().id()).isEqualTo(chart);
    if (chart.equals("u")) {
      assertThat(advice.reason())
          .startsWith("The denominator (" + denominator + ") measures exposure, in which events");
    }
  }

  @org.junit.jupiter.api.Test
  void fractionalDenominatorsAreExposure() {
    // 2.5 bed-years cannot be a count of units, so 1 fall in them is a rate
    var observations =
        java.util.List.of(
            qi.core.series.Observation.ofRatio(qi.core.series.XValue.of(1), 1, 2.5),
            qi.core.series.Observation.ofRatio(qi.core.series.XValue.of(2), 2, 2.25),
            qi.core.series.Observation.ofRatio(qi.core.series.XValue.of(3), 1, 2.75));

    ChartAdvisor.Recommendation advice = ChartAdvisor.recommend(Series.ofRatios(observations));

    assertThat(advice.chart().id()).isEqualTo("u");
    assertThat(advice.reason()).startsWith("The denominators, being fractional, measure exposure");
  }
}
