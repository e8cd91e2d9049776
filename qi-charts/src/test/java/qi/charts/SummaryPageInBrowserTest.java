package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * The board page as a reader's browser shows it (headless Chromium, see {@link HeadlessChromium}):
 * it loads with no console error and no request beyond the page itself, every measure's row,
 * sparkline, icons and full chart are visible, and hostile names from the data show as text.
 */
@Timeout(180)
class SummaryPageInBrowserTest {
  @TempDir Path dir;

  @Test
  void boardPageLoadsCleanlyShowsEveryMeasureAndHostileNamesAsText() throws Exception {
    Summary board = Boards.board();
    Path file = dir.resolve("board.html");
    Files.write(file, SummaryPage.render(board, ChartStyle.withDefaults().title("Board")));

    try (HeadlessChromium browser = HeadlessChromium.start()) {
      HeadlessChromium.Page page = browser.open(file);

      assertThat(page.consoleErrors()).isEmpty();
      assertThat(page.requests()).isEmpty();
      assertThat(page.count("script")).isZero();
      assertThat(page.count("img")).isZero();
      assertThat(page.isVisible("table.matrix")).isTrue();
      for (int i = 0; i < board.measures().size(); i++) {
        MeasureSummary m = board.measures().get(i);
        String row = "#" + SummaryPage.rowId(i);
        String chart = "#" + SummaryPage.chartId(i);
        assertThat(page.isVisible(row)).as(m.measure()).isTrue();
        assertThat(page.isVisible(row + " svg.spark")).as(m.measure()).isTrue();
        assertThat(page.isVisible(row + " svg.icon")).as(m.measure()).isTrue();
        assertThat(page.isVisible(chart + " svg.qi-chart")).as(m.measure()).isTrue();
        assertThat(page.text(row + " th.name a")).isEqualTo(m.measure());
        assertThat(page.text(chart + " h3")).isEqualTo(m.measure());
      }
      // The last measure of Boards.board has the hostile name, in the group with the other one.
      int last = board.measures().size() - 1;
      assertThat(page.text("#" + SummaryPage.rowId(last) + " th.name a")).isEqualTo(Boards.SCRIPT);
      assertThat(page.text("#group-4 caption")).isEqualTo(Boards.ATTRIBUTE);
      assertThat(page.text("table.matrix")).contains(Boards.SCRIPT);

      page.screenshot(dir.resolve("board.png"));
      assertThat(Files.size(dir.resolve("board.png"))).isGreaterThan(10_000);
    }
  }
}
