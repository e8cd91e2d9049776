package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import qi.core.ChartType;
import qi.core.funnel.FunnelPlot;
import qi.core.funnel.FunnelRow;
import qi.core.funnel.FunnelType;
import qi.core.result.Facet;

/**
 * qi's HTML pages as a reader's browser shows them (headless Chromium, see {@link
 * HeadlessChromium}): they load with no console error and no request beyond the page itself, their
 * charts are visible, and a hostile name from the data shows as text.
 */
@Timeout(120)
class HtmlPagesInBrowserTest {
  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  @RegisterExtension
  static final HeadlessChromium.PerClass BROWSER = new HeadlessChromium.PerClass();

  @TempDir Path dir;

  private HeadlessChromium.Page open(String name, byte[] html) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, html);
    return BROWSER.open(file);
  }

  @Test
  void theCheckSeesAConsoleErrorAndARequestWhenAPageHasThem() throws Exception {
    // A page that does what qi's pages must never do, so the checks below can fail.
    String bad =
        "<!doctype html><title>bad</title><p id=p>shown</p>"
            + "<script>console.error('boom')</script><img src=\"http://example.invalid/x.png\">";
    HeadlessChromium.Page page =
        open("bad.html", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(page.consoleErrors()).anyMatch(e -> e.contains("boom"));
    assertThat(page.requests()).contains("http://example.invalid/x.png");
    assertThat(page.isVisible("#p")).isTrue();
    assertThat(page.isVisible("#absent")).isFalse();
  }

  @Test
  void chartReportLoadsCleanlyAndShowsAHostileTitleAsText() throws Exception {
    ChartStyle style = ChartStyle.withDefaults().title(HOSTILE).size(640, 360);
    byte[] html = ChartRenderer.render(Fixtures.analysis(ChartType.P), style, OutputFormat.HTML);

    HeadlessChromium.Page page = open("chart.html", html);

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.requests()).isEmpty();
    assertThat(page.isVisible("svg")).isTrue();
    assertThat(page.text("h1")).isEqualTo(HOSTILE);
  }

  @Test
  void smallMultiplesReportShowsEveryFacet() throws Exception {
    SmallMultiples grid =
        SmallMultiples.of(
            List.of(
                new Facet(HOSTILE, Fixtures.analysis(ChartType.I)),
                new Facet("Ward B", Fixtures.analysis(ChartType.C))));

    HeadlessChromium.Page page = open("grid.html", grid.render(OutputFormat.HTML));

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.requests()).isEmpty();
    assertThat(page.isVisible("svg")).isTrue();
    assertThat(page.text("body")).contains(HOSTILE, "Ward B");
  }

  @Test
  void funnelReportLoadsCleanly() throws Exception {
    // Invented ward counts: twelve wards, one (W9) far above the others.
    List<FunnelRow> rows =
        IntStream.rangeClosed(1, 12)
            .mapToObj(i -> new FunnelRow("W" + i, i == 9 ? 60 : 20 + i, 1000 + 10 * i, i + 1))
            .toList();
    byte[] html =
        FunnelChart.render(
            FunnelPlot.of(FunnelType.PR, rows).analyze(),
            ChartStyle.withDefaults().title("Falls by ward"),
            OutputFormat.HTML);

    HeadlessChromium.Page page = open("funnel.html", html);

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.requests()).isEmpty();
    assertThat(page.isVisible("svg")).isTrue();
    page.screenshot(dir.resolve("funnel.png"));
    assertThat(Files.size(dir.resolve("funnel.png"))).isGreaterThan(1000);
  }
}
