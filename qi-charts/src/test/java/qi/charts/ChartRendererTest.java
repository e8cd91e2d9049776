package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import qi.core.ChartType;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.Verdict;

/** Every chart type renders to real PNG, SVG, PDF and HTML (decoded, parsed, counted). */
@Timeout(60) // a hang in XChart's tick search fails the test instead of the build
class ChartRendererTest {
  private static final String HOSTILE = "<script>alert(1)</script>";
  private static final ChartStyle STYLE =
      ChartStyle.withDefaults().title("Test chart").size(640, 360);

  @TempDir Path dir;

  static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ChartType.class)
  void pngDecodesAtTheRequestedSize(ChartType type) throws Exception {
    byte[] png = ChartRenderer.render(Fixtures.analysis(type), STYLE, OutputFormat.PNG);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(360);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = ChartType.class,
      names = {"RUN", "I", "MR", "P", "XBAR"})
  void svgParsesAndHasOneMarkerPerPoint(ChartType type) throws Exception {
    Analysis a = Fixtures.analysis(type);

    byte[] svg = ChartRenderer.render(a, STYLE, OutputFormat.SVG);

    assertThat(new String(svg, StandardCharsets.UTF_8)).startsWith("<?xml");
    assertOneMarkerPerPoint(xml(svg), a);
  }

  static void assertOneMarkerPerPoint(Document svg, Analysis a) throws Exception {
    assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
    NodeList points =
        (NodeList)
            XPathFactory.newInstance()
                .newXPath()
                .evaluate("//circle[@class='qi-point']", svg, XPathConstants.NODESET);
    long withValue = a.points().stream().filter(p -> Double.isFinite(p.y())).count();
    // a CUSUM chart marks each point on both of its sums, the upper and the lower
    long markers = a.chart().equals("cusum") ? 2 * withValue : withValue;
    assertThat(points.getLength()).isEqualTo((int) markers).isGreaterThanOrEqualTo(11);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ChartType.class)
  void pdfIsOnePage(ChartType type) {
    byte[] pdf = ChartRenderer.render(Fixtures.analysis(type), STYLE, OutputFormat.PDF);

    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    assertThat(count(text, "/Type\\s*/Page[^s]")).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ChartType.class)
  void htmlHasTheInlineSvgTheVerdictAndTheSummaryTable(ChartType type) throws Exception {
    Analysis a = Fixtures.analysis(type);

    String html =
        new String(ChartRenderer.render(a, STYLE, OutputFormat.HTML), StandardCharsets.UTF_8);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length());
    assertOneMarkerPerPoint(xml(svg.getBytes(StandardCharsets.UTF_8)), a);
    assertThat(html).contains("<table class=\"summary\">");
    assertThat(count(html, "<tr><td>")).isEqualTo(a.parts().size());
    assertThat(html).contains(Markup.escape(Verdict.lines(a).get(0)));
    assertThat(html)
        .doesNotContain("<script", "src=\"http", "href=\"http", "<link", "@import")
        .contains("default-src 'none'");
  }

  /** 40 weekly values of an I chart, as examples/data/time-to-triage.csv. */
  private static Analysis forty() {
    double[] v = new double[40];
    java.util.List<qi.core.series.Observation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      obs.add(
          qi.core.series.Observation.of(
              qi.core.series.XValue.of(java.time.LocalDate.of(2025, 1, 6).plusWeeks(i)),
              20 + (i * 7 % 11) - (i > 25 ? 6 : 0)));
    }
    return qi.core.ControlChart.of(ChartType.I, qi.core.series.Series.of(obs))
        .direction(qi.core.rules.Direction.DECREASE)
        .target(18)
        .analyze();
  }

  @Test
  void svgWritesTextAsTextAndStaysSmall() {
    // Issue 23: 324 KB of glyph outlines for 30 points before; text elements now, under 100 KB.
    ChartStyle style = STYLE.title("Time to triage").note("2025-03-03", "PDSA 1");
    byte[] svg = ChartRenderer.render(forty(), style, OutputFormat.SVG);

    String text = new String(svg, StandardCharsets.UTF_8);
    assertThat(svg.length).isLessThan(100_000);
    assertThat(text)
        .contains(">Time to triage</text>", ">PDSA 1</text>", ">target 18</text>")
        .contains("font-family:" + Text.CSS_FONTS);
  }

  @Test
  void svgWritesTheYAxisLabelsAndTitlesAsText() throws Exception {
    // Issue 23: XChart wrote the y labels, the y title and panel titles as glyph outlines.
    ChartStyle style = STYLE.yLabel("Minutes to triage");
    Model model = Model.of(forty(), style);
    Figure figure = Figure.single(model, style, true);
    List<String> ticks =
        figure.panels().get(0).chart().yTicks().stream().map(XLabels.Tick::label).toList();

    NodeList texts =
        xml(figure.svg("chart").getBytes(StandardCharsets.UTF_8)).getElementsByTagName("text");
    List<String> written = new java.util.ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      written.add(texts.item(i).getTextContent());
    }

    assertThat(ticks).hasSizeGreaterThanOrEqualTo(3);
    assertThat(written).contains("Minutes to triage").containsAll(ticks);
    byte[] grid =
        SmallMultiples.of(List.of(new Facet("Ward A", forty()), new Facet("Ward B", forty())))
            .render(OutputFormat.SVG);
    assertThat(new String(grid, StandardCharsets.UTF_8))
        .contains(">Ward A</text>", ">Ward B</text>");
  }

  @Test
  void htmlReportStaysSmallLeadsWithTheHeadlineAndKeysOnlyWhatIsDrawn() {
    Analysis a = forty();
    byte[] html = ChartRenderer.render(a, STYLE.title("Time to triage"), OutputFormat.HTML);

    String text = new String(html, StandardCharsets.UTF_8);
    assertThat(html.length).isLessThan(200_000);
    assertThat(text)
        .contains(
            "<p class=\"headline\">"
                + Markup.escape(qi.core.result.Headline.of(a).text())
                + "</p>");
    // Lower is better: signals are improvements or concerns, never the neutral red or amber.
    assertThat(text)
        .doesNotContain(PointCategory.SPECIAL_CAUSE.label(), PointCategory.SHIFT.label())
        .doesNotContain("Excluded");
  }

  @Test
  void nhsReportDescribesTheIconsInWordsAndSaysProcessLimits() {
    Analysis a =
        qi.core.ControlChart.of(ChartType.XMR, Fixtures.series(ChartType.I))
            .rules(qi.core.rules.RuleSet.NHS)
            .direction(qi.core.rules.Direction.INCREASE)
            .target(20)
            .analyze();
    ChartStyle style = STYLE.iconsOf(a);

    String html =
        new String(ChartRenderer.render(a, style, OutputFormat.HTML), StandardCharsets.UTF_8);

    assertThat(html)
        .contains("Black line: mean; grey lines: 3σ process limits")
        .contains(style.variation().orElseThrow().describe())
        .contains(Markup.escape(style.assurance().orElseThrow().describe()))
        .doesNotContain("runs analysis signals", "Longest run", "Crossings", ">LCL<")
        .contains(">UPL<", ">LPL<", ">Mean<");
  }

  @Test
  void cusumReportKeysItsDecisionIntervalAndLabelsTheBoundariesAsQccDoes() {
    // qcc 2.7 plot.cusum.qcc labels the boundaries LDB and UDB and the freeze "Calibration data" |
    // "New data"; no "3σ control limits" on a chart that has none.
    Analysis a =
        qi.core.ControlChart.of(ChartType.CUSUM, Fixtures.series(ChartType.I)).freeze(8).analyze();

    String html =
        new String(ChartRenderer.render(a, STYLE, OutputFormat.HTML), StandardCharsets.UTF_8);

    assertThat(html)
        .contains("grey lines: decision interval ±h", ">UDB 5</text>", ">LDB -5</text>")
        .contains(">calibration data </text>", "> new data</text>")
        .doesNotContain("control limits", "frozen limits", ">CL 0</text>");
  }

  @Test
  void htmlSummaryTableHasARowPerPart() {
    Analysis a =
        qi.core.ControlChart.of(ChartType.I, Fixtures.series(ChartType.I)).parts(4, 8).analyze();

    String html =
        new String(ChartRenderer.render(a, STYLE, OutputFormat.HTML), StandardCharsets.UTF_8);

    assertThat(count(html, "<tr><td>")).isEqualTo(3);
  }

  @Test
  void hostileTextIsShownAsTextAndNeverAsMarkup() throws Exception {
    ChartStyle style =
        STYLE
            .title(HOSTILE)
            .subtitle(HOSTILE)
            .yLabel(HOSTILE)
            .xLabel(HOSTILE)
            .note("2025-03-01", HOSTILE);
    Analysis a = Fixtures.analysis(ChartType.I);

    byte[] svg = ChartRenderer.render(a, style, OutputFormat.SVG);
    String html =
        new String(ChartRenderer.render(a, style, OutputFormat.HTML), StandardCharsets.UTF_8);

    assertThat(new String(svg, StandardCharsets.UTF_8)).doesNotContain("<script");
    xml(svg); // still well-formed
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("<h1>&lt;script&gt;");
  }

  @Test
  void hostileFacetNameIsEscapedInTheGridReport() throws Exception {
    SmallMultiples grid =
        SmallMultiples.of(
            List.of(
                new Facet(HOSTILE, Fixtures.analysis(ChartType.I)),
                new Facet("Ward B", Fixtures.analysis(ChartType.C))));

    String html = new String(grid.render(OutputFormat.HTML), StandardCharsets.UTF_8);
    byte[] svg = grid.render(OutputFormat.SVG);

    assertThat(html).doesNotContain("<script").contains("Verdict: &lt;script&gt;");
    assertThat(xml(svg).getElementsByTagName("circle").getLength()).isEqualTo(24);
  }

  @Test
  void writeChoosesTheFormatByExtension() throws Exception {
    Analysis a = Fixtures.analysis(ChartType.RUN);
    Path png = dir.resolve("chart.PNG");
    Path html = dir.resolve("report.htm");

    ChartRenderer.write(a, STYLE, png);
    ChartRenderer.write(a, STYLE, html);

    assertThat(ImageIO.read(png.toFile())).isNotNull();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    assertThatThrownBy(() -> ChartRenderer.write(a, STYLE, dir.resolve("chart.gif")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chart.gif")
        .hasMessageContaining(".png, .svg, .pdf or .html");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"one point", "constant", "all missing", "missing at both ends", "300 points"})
  void degenerateAndLongSeriesRender(String name) throws Exception {
    double[] big = new double[300];
    for (int i = 0; i < big.length; i++) {
      big[i] = 50 + 10 * Math.sin(i / 5.0);
    }
    double[] values =
        switch (name) {
          case "one point" -> new double[] {5};
          case "constant" -> new double[] {5, 5, 5, 5, 5};
          case "all missing" -> new double[] {Double.NaN, Double.NaN};
          case "missing at both ends" -> new double[] {Double.NaN, 3, 4, 5, Double.NaN};
          default -> big;
        };
    Analysis a =
        qi.core.ControlChart.of(ChartType.RUN, qi.core.series.Series.ofValues(values)).analyze();

    byte[] png = ChartRenderer.render(a, STYLE, OutputFormat.PNG);

    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(640);
    assertThat(Model.of(a, STYLE).markers())
        .hasSize((int) java.util.Arrays.stream(values).filter(Double::isFinite).count());
  }

  @Test
  void iconsAndNotesRenderInEveryFormat() {
    ChartStyle style =
        STYLE
            .icons(VariationIcon.IMPROVEMENT_HIGH, AssuranceIcon.PASS)
            .note("2025-05-01", "PDSA 1");
    for (OutputFormat f : OutputFormat.values()) {
      assertThat(ChartRenderer.render(Fixtures.analysis(ChartType.I), style, f)).isNotEmpty();
    }
  }
}
