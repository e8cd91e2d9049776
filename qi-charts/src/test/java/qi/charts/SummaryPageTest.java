package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import qi.core.result.Analysis;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.summary.MeasureSettings;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * The board page: the matrix holds each measure in the cell of its icons, each measure has one row
 * and one full chart, links land on ids of the page, and text from the data shows as text. The
 * expected cells are qi-core's own rows ({@link MeasureSummary#variation()}, {@link
 * MeasureSummary#assurance()}); the page computes nothing.
 */
@Timeout(120)
class SummaryPageTest {
  private static final Summary BOARD = Boards.board();
  private static final String PAGE = page(BOARD);

  private static String page(Summary summary) {
    return new String(
        SummaryPage.render(summary, ChartStyle.withDefaults().title("Board")),
        StandardCharsets.UTF_8);
  }

  /** The text of the cells of the matrix, row by row, the row heading first. */
  private static List<List<String>> matrix(String page) {
    String table =
        page.substring(page.indexOf("<table class=\"matrix\">"), page.indexOf("</table>"));
    String body = table.substring(table.indexOf("<tbody>"));
    List<List<String>> rows = new ArrayList<>();
    for (String tr : body.split("<tr>")) {
      if (!tr.contains("</tr>")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(tr);
      while (cell.find()) {
        cells.add(cell.group(1));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static MeasureSummary measure(String name) {
    return BOARD.measures().stream().filter(m -> m.measure().equals(name)).findFirst().get();
  }

  private static String row(String page, int index) {
    int start = page.indexOf("<tr id=\"" + SummaryPage.rowId(index) + "\">");
    return page.substring(start, page.indexOf("</tr>", start));
  }

  @Test
  void matrixPutsEachMeasureInTheCellOfItsVariationAndAssurance() {
    List<List<String>> cells = matrix(PAGE);
    assertThat(cells).hasSize(SummaryMatrix.Row.values().length);
    for (MeasureSummary m : BOARD.measures()) {
      String link = ">" + Markup.escape(m.measure()) + "</a>";
      int row = SummaryMatrix.Row.of(m.assurance()).ordinal();
      int column = 1 + SummaryMatrix.Column.of(m.variation()).ordinal();
      for (int r = 0; r < cells.size(); r++) {
        for (int c = 1; c < cells.get(r).size(); c++) {
          assertThat(cells.get(r).get(c).contains(link))
              .as("%s in row %d, column %d", m.measure(), r, c)
              .isEqualTo(r == row && c == column);
        }
      }
    }
    // The board was built to fill these cells (see Boards.board): triage improving, four-hour
    // performance concerning and failing its target, attendances special without a direction.
    assertThat(cells.get(SummaryMatrix.Row.FAILS.ordinal()).get(3))
        .contains(">Four-hour performance</a>");
    assertThat(cells.get(SummaryMatrix.Row.HIT_AND_MISS.ordinal()).get(1))
        .contains(">Time to triage</a>");
    assertThat(cells.get(SummaryMatrix.Row.NO_ASSURANCE.ordinal()).get(4))
        .contains(">Attendances</a>");
    assertThat(cells.get(SummaryMatrix.Row.NO_ASSURANCE.ordinal()).get(2)).contains(">Falls</a>");
  }

  @Test
  void matrixHeadingsCountTheMeasuresOfEachColumn() {
    // 1 improving (triage), 3 common cause (falls, new measure, the hostile name), 1 concerning
    // (four-hour performance), 1 without direction (attendances): 1 + 3 + 1 + 1 = 6 measures.
    assertThat(PAGE)
        .contains("Special cause improving <span class=\"count\">(1)</span>")
        .contains("Common cause <span class=\"count\">(3)</span>")
        .contains("Special cause concerning <span class=\"count\">(1)</span>")
        .contains("Special cause, no direction <span class=\"count\">(1)</span>");
  }

  @Test
  void everyMeasureHasOneRowAndOneFullChart() {
    for (int i = 0; i < BOARD.measures().size(); i++) {
      String name = Markup.escape(BOARD.measures().get(i).measure());
      assertThat(count(PAGE, "id=\"" + SummaryPage.rowId(i) + "\"")).isEqualTo(1);
      assertThat(count(PAGE, "id=\"" + SummaryPage.chartId(i) + "\"")).isEqualTo(1);
      assertThat(row(PAGE, i)).contains(">" + name + "</a>").contains("class=\"spark\"");
      String chart = PAGE.substring(PAGE.indexOf("id=\"" + SummaryPage.chartId(i) + "\""));
      assertThat(chart.substring(0, chart.indexOf("</section>")))
          .contains("<h3>" + name + "</h3>")
          .contains("class=\"qi-chart\"");
    }
    assertThat(count(PAGE, "<tr id=\"measure-")).isEqualTo(BOARD.measures().size());
    assertThat(count(PAGE, "<section class=\"chart\"")).isEqualTo(BOARD.measures().size());
  }

  @Test
  void everyLinkLandsOnAnIdOfThePageAndNoIdIsUsedTwice() {
    Set<String> ids = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(PAGE);
    while (id.find()) {
      assertThat(ids.add(id.group(1))).as("id %s once", id.group(1)).isTrue();
    }
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(PAGE);
    int links = 0;
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
      assertThat(ids).contains(href.group(1).substring(1));
      links++;
    }
    Matcher url = Pattern.compile("url\\(#([^)]*)\\)").matcher(PAGE);
    while (url.find()) {
      assertThat(ids).contains(url.group(1));
    }
    // each measure: a name in the matrix, a name and a sparkline in its row, a way back from its
    // chart to the row and the matrix (5 links), and two icon references in its row
    assertThat(links).isGreaterThanOrEqualTo(5 * BOARD.measures().size());
  }

  @Test
  void hostileNamesShowAsTextAndThePageRunsAndFetchesNothing() {
    // Addresses only as XML namespace names, which are never fetched.
    String addresses = PAGE.replaceAll("xmlns(:\\w+)?=\"http://www\\.w3\\.org/[^\"]*\"", "");
    assertThat(addresses).doesNotContain("http:").doesNotContain("https:");
    assertThat(PAGE).doesNotContainPattern("<[a-zA-Z][^>]*\\ssrc=").doesNotContain("@import");
    assertThat(PAGE)
        .doesNotContain(Boards.SCRIPT)
        .doesNotContain(Boards.ATTRIBUTE)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
  }

  @Test
  void measureWithoutTargetShowsDashAndNoTarget() {
    int falls = BOARD.measures().indexOf(measure("Falls"));
    assertThat(row(PAGE, falls))
        .contains("<td>–</td>")
        .contains("No target")
        .doesNotContain("qi-assurance-");
  }

  @Test
  void neutralDirectionSaysSoInTheRowAndUsesThePurpleIcon() {
    int attendances = BOARD.measures().indexOf(measure("Attendances"));
    assertThat(measure("Attendances").direction()).isEqualTo(Direction.NEUTRAL);
    assertThat(row(PAGE, attendances))
        .contains("no direction")
        .contains("href=\"#qi-variation-" + measure("Attendances").variation().id() + "\"")
        .contains("td class=\"icon-cell neutral\"");
  }

  @Test
  void shortSeriesCarriesTheShortSeriesNote() {
    int fresh = BOARD.measures().indexOf(measure("New measure"));
    assertThat(measure("New measure").isShortSeries()).isTrue();
    assertThat(row(PAGE, fresh))
        .contains("<span class=\"note\">" + MeasureSummary.SHORT_SERIES_NOTE + "</span>");
  }

  @Test
  void rowShowsTheLatestPointLimitsTargetAndUnitOfItsMeasure() {
    MeasureSummary triage = measure("Time to triage");
    int i = BOARD.measures().indexOf(triage);
    assertThat(row(PAGE, i))
        .contains("<td class=\"x\">" + triage.latestX() + "</td>")
        .contains(Model.number(triage.latestY()) + "<span class=\"unit\">\u00a0minutes</span>")
        .contains("<td>" + Model.number(triage.cl()) + "</td>")
        .contains("<td>" + Model.number(triage.lcl()) + "</td>")
        .contains("<td>" + Model.number(triage.ucl()) + "</td>")
        .contains("<td>20</td>")
        .contains("<td>36</td>")
        .contains(Markup.escape(triage.verdict()));
  }

  @Test
  void oneMeasureWithoutGroupMakesOneTableCalledMeasures() {
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(new Observation(Fixtures.month(i), 10 + i % 3, Double.NaN, "Only"));
    }
    String page = page(Summary.of(rows, List.of(MeasureSettings.of("Only"))));

    assertThat(count(page, "<table class=\"measures\">")).isEqualTo(1);
    assertThat(page).contains("<caption>Measures</caption>").contains("1 measure, each");
    assertThat(count(page, "<section class=\"chart\"")).isEqualTo(1);
  }

  @Test
  void sparklineColoursTheSignalledPointsAsTheFullChartDoes() {
    Analysis triage = measure("Time to triage").analysis();
    String spark = Sparkline.svg(triage, "triage");
    Model model = Model.full(triage, ChartStyle.withDefaults());
    for (PointCategory c : PointCategory.values()) {
      if (c == PointCategory.COMMON_CAUSE) {
        continue;
      }
      long points = model.markers().stream().filter(m -> m.category() == c).count();
      assertThat(count(spark, "fill=\"" + c.hex() + "\"")).as(c.label()).isEqualTo(points);
    }
    // 12 improvements: Boards.board drops the last 12 of 36 points of triage from about 25 to
    // about 12, below the whole series' mean, and lower is better
    assertThat(count(spark, "fill=\"" + PointCategory.IMPROVEMENT.hex() + "\"")).isEqualTo(12);
  }

  @Test
  void longCellListsFlowAlongItsLinesAndShortOnesListOneUnderTheOther() {
    // Boards.board's six measures plus eight more like its stable one (no target, no direction,
    // the same common-cause wobble): falls, the stable one and 8 more, 2 + 8 names in the common
    // cause, no assurance cell.
    List<MeasureSummary> measures = new ArrayList<>(BOARD.measures());
    MeasureSummary stable = measures.get(measures.size() - 1);
    for (int k = 1; k <= 8; k++) {
      measures.add(
          new MeasureSummary(
              "Stable " + k,
              "",
              stable.chart(),
              stable.direction(),
              stable.points(),
              stable.latestX(),
              stable.latestY(),
              stable.cl(),
              stable.lcl(),
              stable.ucl(),
              stable.target(),
              stable.variation(),
              stable.assurance(),
              stable.verdict(),
              stable.unit(),
              stable.notes(),
              stable.analysis()));
    }
    StringBuilder h = new StringBuilder();
    SummaryMatrix.html(h, measures);

    Matcher cell = Pattern.compile("<td( class=\"many\")?><ul>(.*?)</ul></td>").matcher(h);
    List<Integer> flowing = new ArrayList<>();
    while (cell.find()) {
      int names = count(cell.group(2), "<li>");
      assertThat(cell.group(1) != null)
          .as(cell.group(2))
          .isEqualTo(names > SummaryMatrix.LIST_LIMIT);
      if (cell.group(1) != null) {
        flowing.add(names);
      }
    }
    assertThat(flowing).containsExactly(2 + 8);
  }

  @Test
  void pagePrintsOnA4Landscape() {
    assertThat(PAGE).contains("@page{size:A4 landscape").contains("@media print{");
  }

  @Test
  void emptySummaryIsRejectedNamingTheCount() {
    assertThatThrownBy(() -> SummaryPage.render(new Summary(List.of()), ChartStyle.withDefaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary measures (0)");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
