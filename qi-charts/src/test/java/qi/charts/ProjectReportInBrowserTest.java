package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import qi.core.pdsa.ProjectReview;

/**
 * The project page of {@code qi pdsa report} as a reader's browser shows it (headless Chromium, see
 * {@link HeadlessChromium}): the example project of examples/pdsa and a project whose every text is
 * hostile markup load with no console error and no request, every section visible.
 */
@Timeout(180)
class ProjectReportInBrowserTest {
  private static final List<String> SECTIONS =
      List.of("#aim", "#drivers", "#measures", "#timeline", "#cycles");

  @RegisterExtension
  static final HeadlessChromium.PerClass BROWSER = new HeadlessChromium.PerClass();

  @TempDir Path dir;

  private HeadlessChromium.Page open(ProjectReview review) throws Exception {
    Path file = dir.resolve("report.html");
    Files.write(file, ProjectReport.render(review, null));
    return BROWSER.open(file);
  }

  @Test
  void exampleProjectLoadsCleanlyWithEverySectionVisible() throws Exception {
    HeadlessChromium.Page page = open(ProjectReportTest.example());

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.requests()).isEmpty();
    for (String section : SECTIONS) {
      assertThat(page.isVisible(section)).as(section).isTrue();
    }
    // examples/pdsa: 2 primary drivers, 3 secondary drivers, 3 change ideas, 8 cycles
    assertThat(page.count(".dd-primary")).isEqualTo(2);
    assertThat(page.count(".dd-idea")).isEqualTo(3);
    assertThat(page.isVisible(".dd .chip")).isTrue();
    assertThat(page.isVisible("svg.qi-chart")).isTrue();
    assertThat(page.isVisible("svg.qi-timeline")).isTrue();
    assertThat(page.count(".studies li")).isEqualTo(8);
    assertThat(page.count(".cycles-table tbody tr")).isEqualTo(8);
    page.screenshot(dir.resolve("report.png"));
    assertThat(Files.size(dir.resolve("report.png"))).isGreaterThan(10_000);
  }

  @Test
  void hostileProjectShowsItsTextsAsText() throws Exception {
    Files.copy(Path.of("../examples/data/time-to-triage.csv"), dir.resolve("data.csv"));
    HeadlessChromium.Page page = open(ProjectReview.of(ProjectReportTest.hostile("data.csv"), dir));

    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.requests()).isEmpty();
    for (String section : SECTIONS) {
      assertThat(page.isVisible(section)).as(section).isTrue();
    }
    assertThat(page.count("img")).isZero();
    assertThat(page.count("script")).isZero();
    assertThat(page.text("h1")).isEqualTo("T " + ProjectReportTest.HOSTILE);
    assertThat(page.text(".dd-aim")).contains("A " + ProjectReportTest.HOSTILE);
    assertThat(page.text(".cycles-table")).contains("Pr " + ProjectReportTest.HOSTILE);
  }
}
