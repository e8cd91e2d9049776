package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.Headline;
import qi.core.rules.Direction;
import qi.core.series.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON carries the verdict's headline and its codes, the same as the text. */
class AnalysisJsonVerdictTest {
  private static JsonNode json(List<Facet> facets) {
    StringWriter out = new StringWriter();
    AnalysisJson.write(facets, out);
    return JsonMapper.builder().build().readTree(out.toString());
  }

  @Test
  void oneAnalysisHasAVerdictObjectWithTheHeadlineAndCodes() {
    // Eight points near 10, then eight near 5, lower is better, target 7: the last part's limits
    // (5 ± about 1) lie below 7, so the target is met consistently ("pass").
    Analysis a =
        ControlChart.of(
                ChartType.I,
                Series.ofValues(
                    10, 10.4, 9.8, 10.2, 9.6, 10.1, 10.3, 9.9, 5, 5.4, 4.8, 5.2, 4.6, 5.1, 5.3,
                    4.9))
            .parts(8)
            .direction(Direction.DECREASE)
            .target(7)
            .analyze();

    JsonNode verdict = json(List.of(new Facet(null, a))).get("verdict");

    assertThat(verdict.get("headline").asString()).isEqualTo(Headline.of(a).text());
    assertThat(verdict.get("headline").asString()).startsWith("Improvement: since x 9");
    assertThat(verdict.get("finding").asString()).isEqualTo("improvement");
    assertThat(verdict.get("variation").asString()).isEqualTo("improvement_low");
    assertThat(verdict.get("assurance").asString()).isEqualTo("pass");
  }

  @Test
  void anEmptyPartIsANoteAndNoVerdict() {
    Analysis a = ControlChart.of(ChartType.I, Series.ofValues(1, 2, 3)).exclude(1, 2, 3).analyze();

    JsonNode root = json(List.of(new Facet(null, a)));

    assertThat(root.get("notes").get(0).asString())
        .isEqualTo("no points left to analyze in part 1: every point is excluded or missing");
    assertThat(root.get("verdict").get("finding").asString()).isEqualTo("no_data");
    assertThat(root.get("verdict").get("variation").isNull()).isTrue();
  }

  @Test
  void namedFacetsHaveAVerdictEach() {
    Analysis a = ControlChart.of(ChartType.I, Series.ofValues(5, 6, 5, 4, 5, 6)).analyze();

    JsonNode verdicts =
        json(List.of(new Facet("Ward A", a), new Facet("Ward B", a))).get("verdicts");

    assertThat(verdicts).hasSize(2);
    assertThat(verdicts.get(1).get("facet").asString()).isEqualTo("Ward B");
    assertThat(verdicts.get(1).get("finding").asString()).isEqualTo("no_signal");
  }
}
