package qi.core.io;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointResult;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON contract as written: compact unless asked, the same document either way, numbers that
 * read back as the same double in their shortest form, and one object per line in JSON Lines.
 */
class AnalysisJsonTest {
  private static final JsonMapper JSON = new JsonMapper();

  // README example: limits from points 1..6, point 9 above the upper limit
  private static final Analysis FROZEN =
      ControlChart.of(ChartType.I, Series.ofValues(48, 51, 50, 47, 55, 49, 52, 50, 80, 50))
          .freeze(6)
          .analyze();

  private static String json(List<Facet> facets, AnalysisJson.Layout layout) {
    StringWriter out = new StringWriter();
    AnalysisJson.write(facets, out, layout);
    return out.toString();
  }

  @Test
  void compactByDefaultAndPrettyOnlyWhenAsked() {
    List<Facet> facets = List.of(new Facet("A", FROZEN), new Facet("B", FROZEN));
    StringWriter compact = new StringWriter();
    AnalysisJson.write(facets, compact);

    String pretty = json(facets, AnalysisJson.Layout.PRETTY);

    // No space after a name or between values (texts such as the headline may hold ": ").
    assertThat(compact.toString())
        .doesNotContain("\n", "\": ", ", \"", "} ,")
        .startsWith("{\"chart\":\"i\"");
    assertThat(pretty).contains("\n  \"points\" : [ {");
    assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(compact.toString()));
  }

  @Test
  void numbersAreTheShortestThatReadBackTheSame() {
    // JDK-4511638: Double.toString before JDK 19 writes 2.82879384806159E17 with three more digits
    // ("2.82879384806159008E17"); 0.1 + 0.2 needs all 17 significant digits.
    Analysis analysis =
        ControlChart.of(ChartType.RUN, Series.ofValues(2.82879384806159E17, 0.1 + 0.2)).analyze();

    String json = json(List.of(new Facet(null, analysis)), AnalysisJson.Layout.COMPACT);

    assertThat(json).contains("\"y\":2.82879384806159E17,", "\"y\":0.30000000000000004,");
  }

  @Property(seed = "577", tries = 300)
  void everyNumberReadsBackAsTheSameDouble(@ForAll double a, @ForAll double b) {
    Assume.that(Double.isFinite(a) && Double.isFinite(b));
    Analysis analysis = ControlChart.of(ChartType.I, Series.ofValues(a, b, a)).analyze();

    String json = json(List.of(new Facet(null, analysis)), AnalysisJson.Layout.COMPACT);

    // the y of each point, as written
    List<Double> ys = new ArrayList<>();
    Matcher y = Pattern.compile("\"y\":([^,]+),").matcher(json);
    while (y.find()) {
      ys.add(Double.parseDouble(y.group(1)));
    }
    assertThat(ys).containsExactly(a, b, a);
  }

  @Test
  void aByteStreamGetsUtf8AndStaysOpen() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream open =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            throw new AssertionError("the caller's stream must stay open");
          }
        };

    AnalysisJson.write(List.of(new Facet("Søndre", FROZEN)), open);

    String json = bytes.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .isEqualTo(json(List.of(new Facet("Søndre", FROZEN)), AnalysisJson.Layout.COMPACT));
    assertThat(JSON.readTree(json).get("points").get(0).get("facet").asString())
        .isEqualTo("Søndre");
  }

  @Test
  void jsonLinesHasOneObjectPerPointThenPerPartThenPerNote() {
    // two facets of 10 points and one part each
    List<Facet> facets = List.of(new Facet("A", FROZEN), new Facet("B", FROZEN));
    JsonNode document = JSON.readTree(json(facets, AnalysisJson.Layout.COMPACT));
    StringWriter out = new StringWriter();

    AnalysisJsonLines.write(facets, out);

    assertThat(out.toString()).endsWith("}\n");
    List<JsonNode> lines = out.toString().lines().map(JSON::readTree).toList();
    int points = document.get("points").size();
    int parts = document.get("parts").size();
    assertThat(lines).hasSize(points + parts + document.get("notes").size());
    for (int i = 0; i < points + parts; i++) {
      ObjectNode line = (ObjectNode) lines.get(i).deepCopy();
      assertThat(line.remove("type").asString()).isEqualTo(i < points ? "point" : "part");
      assertThat(line)
          .isEqualTo(
              i < points ? document.get("points").get(i) : document.get("parts").get(i - points));
    }
  }

  @Test
  void jsonLinesOfNothingIsEmpty() {
    StringWriter out = new StringWriter();

    AnalysisJsonLines.write(List.of(), out);

    assertThat(out.toString()).isEmpty();
  }

  /**
   * The points are built as bytes (JsonPoints) rather than field by field through the generator:
   * they must be laid out exactly as Jackson's generator lays out the same tokens, in every layout,
   * with texts that need escaping, several signals per point and the CUSUM and EWMA fields.
   */
  @Property(seed = "16", tries = 200)
  void pointsAreWrittenByteForByteAsJacksonWritesTheirTokens(@ForAll String facetName) {
    // a shift at point 9 and a spike at 16: Nelson's rules flag points, some by several rules
    Series shifted = Series.ofValues(5, 6, 5, 4, 6, 5, 5, 6, 9, 10, 9, 10, 11, 9, 10, 30);
    List<Facet> facets =
        List.of(
            new Facet(facetName, FROZEN),
            new Facet(
                "\"quoted\" \\ tab\t/é\u2028", ControlChart.of(ChartType.CUSUM, shifted).analyze()),
            new Facet("ewma", ControlChart.of(ChartType.EWMA, shifted).analyze()),
            new Facet(
                "nhs", ControlChart.of(ChartType.I, shifted).rules(RuleSet.NELSON).analyze()));

    for (AnalysisJson.Layout layout : AnalysisJson.Layout.values()) {
      String written = json(facets, layout);

      assertThat(written).isEqualTo(relaid(written, layout == AnalysisJson.Layout.PRETTY));
    }
    StringWriter lines = new StringWriter();
    AnalysisJsonLines.write(facets, lines);
    assertThat(lines.toString())
        .isEqualTo(
            lines.toString().lines().map(line -> relaid(line, false) + "\n").collect(joining()));
  }

  /**
   * A document of several blocks of points (PointBlocks formats them on every core) is laid out as
   * Jackson lays out its tokens, in every layout, the points in order across facets.
   */
  @Test
  void aDocumentOfManyBlocksIsWrittenAsJacksonWritesItsTokens() {
    double[] values = new double[9_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 13 + (i > 6_000 ? 5 : 0); // a shift: signals from point 6,002
    }
    Analysis shifted = ControlChart.of(ChartType.I, Series.ofValues(values)).analyze();
    List<Facet> facets = List.of(new Facet("first", shifted), new Facet("second", shifted));

    for (AnalysisJson.Layout layout : AnalysisJson.Layout.values()) {
      String written = json(facets, layout);

      assertThat(written).isEqualTo(relaid(written, layout == AnalysisJson.Layout.PRETTY));
      JsonNode points = JSON.readTree(written).get("points");
      assertThat(points).hasSize(18_000);
      assertThat(points.get(9_000).get("facet").asString()).isEqualTo("second");
      assertThat(points.get(9_000).get("index").asInt()).isEqualTo(1);
    }
  }

  /**
   * Fields that repeat from point to point are formatted once and copied (RepeatedFields): every
   * field of every point must still be the point's own where they change: a P chart whose limits
   * change with n and part, an excluded point between two of the same n, signals and a target. The
   * oracle is {@code analysis.points()}.
   */
  @Test
  void everyFieldOfEveryPointIsItsOwn() {
    double[][] counts = {
      {3, 50}, {5, 50}, {4, 50}, {6, 55}, {2, 50}, {30, 50}, {4, 50}, {5, 50}, {6, 48}, {3, 50},
      {20, 60}, {22, 60}, {25, 60}, {21, 50}, {24, 60}, {23, 60}, {26, 64}, {22, 60}
    };
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rows.add(Observation.ofRatio(XValue.of(i + 1), counts[i][0], counts[i][1]));
    }
    Analysis analysis =
        ControlChart.of(ChartType.P, Series.ofRatios(rows))
            .parts(10)
            .exclude(2)
            .target(0.2)
            .direction(Direction.DECREASE)
            .analyze();
    assertThat(analysis.points()).anyMatch(p -> !p.signals().isEmpty());

    JsonNode points =
        JSON.readTree(json(List.of(new Facet(null, analysis)), AnalysisJson.Layout.COMPACT))
            .get("points");

    for (int i = 0; i < points.size(); i++) {
      PointResult p = analysis.points().get(i);
      JsonNode written = points.get(i);
      assertThat(written.get("n").asDouble()).isEqualTo(p.n());
      assertThat(written.get("part").asInt()).isEqualTo(p.part());
      assertThat(written.get("included").asBoolean()).isEqualTo(p.included());
      for (String limit : List.of("cl", "lcl", "ucl", "lwl", "uwl")) {
        assertThat(written.get(limit).asDouble()).isEqualTo(field(p, limit));
      }
      assertThat(written.get("sigmaSignal").asBoolean()).isEqualTo(p.sigmaSignal());
      assertThat(written.get("runsSignal").asBoolean()).isEqualTo(p.runsSignal());
      assertThat(written.get("target").asDouble()).isEqualTo(p.target());
      assertThat(written.get("signals").size()).isEqualTo(p.signals().size());
      assertThat(written.get("pointType").asString()).isEqualTo(p.pointType().id());
    }
  }

  private static double field(PointResult p, String limit) {
    return switch (limit) {
      case "cl" -> p.cl();
      case "lcl" -> p.lcl();
      case "ucl" -> p.ucl();
      case "lwl" -> p.lwl();
      default -> p.uwl();
    };
  }

  /** The same tokens written again by a Jackson generator, compact or with its pretty printer. */
  private static String relaid(String json, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonParser parser = JSON.createParser(json);
        JsonGenerator g =
            JsonFields.generator(pretty ? JsonFields.PRETTY : JsonFields.COMPACT, out)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(parser.getString());
          case VALUE_STRING -> g.writeString(parser.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(parser.getString());
          case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(parser.getBooleanValue());
          case VALUE_NULL -> g.writeNull();
          default -> throw new AssertionError(token);
        }
      }
    }
    return out.toString();
  }
}
