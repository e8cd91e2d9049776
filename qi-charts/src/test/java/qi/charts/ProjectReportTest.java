package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.ChartType;
import qi.core.pdsa.Act;
import qi.core.pdsa.Aim;
import qi.core.pdsa.Decision;
import qi.core.pdsa.Doing;
import qi.core.pdsa.DriverDiagram;
import qi.core.pdsa.Measure;
import qi.core.pdsa.MeasureKind;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectReview;
import qi.core.pdsa.ProjectStore;
import qi.core.pdsa.Study;
import qi.core.rules.Direction;

/**
 * The project page of {@code qi pdsa report}: the example project of examples/pdsa, a project whose
 * every text is hostile markup, and an empty one.
 */
class ProjectReportTest {
  /**
   * Markup that would run or break out of an attribute, a style or CDATA if it were not escaped.
   */
  static final String HOSTILE =
      "<script>alert(1)</script>\"><img src=x onerror=alert(2)></style>&amp;]]>";

  private static final Path EXAMPLE = Path.of("../examples/pdsa");

  @TempDir Path dir;

  static String html(ProjectReview review, String title) {
    return new String(ProjectReport.render(review, title), StandardCharsets.UTF_8);
  }

  static ProjectReview example() {
    return ProjectReview.of(ProjectStore.at(EXAMPLE.resolve("qi-project.json")).read(), EXAMPLE);
  }

  /** Every text field of a project set to hostile markup, with one measure over {@code csv}. */
  static Project hostile(String csv) {
    String h = HOSTILE;
    Measure measure =
        new Measure(
            "M " + h,
            MeasureKind.OUTCOME,
            csv,
            "week",
            "minutes_to_triage",
            null,
            ChartType.I,
            Direction.DECREASE,
            18);
    PdsaCycle cycle =
        PdsaCycle.planned(
                1, "C " + h, "O " + h, List.of("Q " + h), "Pr " + h, LocalDate.parse("2025-03-03"))
            .withRamp("R " + h)
            .withMeasure(measure.name())
            .withEnd(LocalDate.parse("2025-03-20"))
            .withDoing(new Doing("D " + h, "Ob " + h, "Pb " + h))
            .withStudy(new Study("St " + h, null))
            .withDecision(new Decision(Act.ADOPT, "N " + h));
    return Project.of("T " + h, new Aim("A " + h, "H " + h, LocalDate.parse("2025-12-31")))
        .withMeasure(measure)
        .withDriverDiagram(DriverDiagram.empty().with("P " + h, "S " + h, "C " + h))
        .withCycle(cycle);
  }

  @Test
  void pageHasEverySectionAndNothingThatRunsOrFetches() {
    String page = html(example(), null);
    for (String id : List.of("aim", "drivers", "measures", "timeline", "cycles")) {
      assertThat(page).contains("<section id=\"" + id + "\"");
    }
    assertThat(page)
        .contains("<title>Faster triage in the emergency department</title>")
        .contains("default-src 'none'")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainPattern("url\\((?!#)") // clip paths point into the page
        .doesNotContain("href=")
        .doesNotContain("@import");
    // the only addresses are the SVG and XLink namespaces, names that are never fetched
    assertThat(
            page.replace("http://www.w3.org/2000/svg", "")
                .replace("http://www.w3.org/1999/xlink", ""))
        .doesNotContain("://");
    assertThat(page).contains("@page{size:A4");
  }

  @Test
  void aimStandsWithTheOutcomeMeasuresLatestValueAndCentreLine() {
    // R 4.2.2: the last of the 40 weekly values of examples/data/time-to-triage.csv is 19.8, their
    // mean 21.18 (qicharts2 0.8.1's I chart centre line)
    assertThat(html(example(), null))
        .contains("<dd>median time to triage under 18 minutes</dd>")
        .contains("<dd>2025-12-31</dd>")
        .contains(
            "The latest value, 19.8 (2025-10-06), does not meet the target of 18 (lower is"
                + " better); the centre line, 21.18 (over 40 points), does not meet it yet.");
  }

  @Test
  void driverDiagramShowsEachChangeIdeaWithItsCyclesAndDecisions() {
    String page = html(example(), null);
    String drivers = section(page, "drivers");
    // examples/pdsa: ramp "Live board" (cycles 7 and 8) tests the third change idea
    assertThat(drivers)
        .contains("Live board of waiting patients")
        .containsSubsequence(
            "Live board of waiting patients",
            "<li class=\"chip adapt\" title=\"PDSA 7: Live board of waiting patients\">PDSA 7:"
                + " adapt</li>",
            "<li class=\"chip abandon\" title=\"PDSA 8: Live board with 15-minute alerts\">PDSA 8:"
                + " abandon</li>");
    assertThat(count(drivers, "class=\"box dd-primary\"")).isEqualTo(2);
    assertThat(count(drivers, "class=\"box dd-secondary\"")).isEqualTo(3);
    assertThat(count(drivers, "class=\"box dd-idea\"")).isEqualTo(3);
    assertThat(count(drivers, "<li class=\"chip ")).isEqualTo(8);
  }

  @Test
  void measureChartMarksEveryCycleStartAndListsEachStudyResult() {
    String measures = section(html(example(), null), "measures");
    assertThat(count(measures, "<svg")).isEqualTo(1);
    for (int n = 1; n <= 8; n++) {
      // the note on the chart (an SVG text element) and the study result beside it
      assertThat(measures).contains(">PDSA " + n + ": ").contains("<b>PDSA " + n + ": ");
    }
    // cycle 6 was studied and accepted in examples/pdsa/create-project.sh: improvement at its 1st
    // point; cycle 8 (--baseline-from 2025-06-23): no signal
    assertThat(measures)
        .contains(
            "<b>PDSA 6: Nurse at the door, all hours</b> (2025-06-23)<br><span class=\"effect\">"
                + "Signal of improvement, first seen at 2025-06-23, 1 point from the start.</span>")
        .contains(
            "<span class=\"effect\">No signal after the start: common-cause variation only."
                + "</span> <span class=\"how\">Accepted by the team.</span>");
  }

  @Test
  void timelineAndTableHaveARowPerRampAndPerCycle() {
    String page = html(example(), null);
    String timeline = section(page, "timeline");
    assertThat(timeline).contains(">Ramp: Triage form<", ">Ramp: Nurse at the door<");
    assertThat(timeline).contains(">Aim by 2025-12-31<");
    String table = section(page, "cycles");
    assertThat(count(table, "<tr><td class=\"n\">")).isEqualTo(8);
    assertThat(table)
        .contains("Alert staff when a patient has waited 15 minutes")
        .contains("<span class=\"chip abandon\">abandon</span>")
        .contains("Next: Keep the board, drop the alerts");
  }

  @Test
  void everyProjectTextIsEscaped() throws Exception {
    Files.copy(Path.of("../examples/data/time-to-triage.csv"), dir.resolve("data.csv"));
    String page = html(ProjectReview.of(hostile("data.csv"), dir), null);
    assertThat(page).doesNotContain(HOSTILE).doesNotContainIgnoringCase("<script");
    assertThat(page).doesNotContain("<img").doesNotContain("</style>&");
    String escaped = Markup.escape(HOSTILE);
    for (String prefix :
        List.of("T ", "A ", "H ", "P ", "S ", "C ", "R ", "O ", "Pr ", "D ", "St ", "N ", "M ")) {
      assertThat(page).as(prefix).contains(prefix + escaped);
    }
  }

  @Test
  void emptyProjectRendersPlainPlaceholders() {
    Project empty = Project.of("Empty", Aim.of("Something better"));
    String page = html(ProjectReview.of(empty, dir), "Huddle");
    assertThat(page)
        .contains("<title>Huddle</title>")
        .contains("<p class=\"subtitle\">Empty</p>")
        .contains("No outcome measure yet")
        .contains("No driver diagram yet.")
        .contains("No measures yet.");
    assertThat(count(page, ProjectReport.NO_CYCLES)).isEqualTo(2);
    assertThat(page).doesNotContain("<svg");
  }

  @Test
  void cycleWithoutEndIsADotAtItsStartAndUndecidedIsWordedSo() {
    Project p =
        Project.of("P", Aim.of("A"))
            .withCycle(
                PdsaCycle.planned(
                    1,
                    "Idea",
                    "Objective",
                    List.of(),
                    "Prediction",
                    LocalDate.parse("2025-05-05")));
    String page = html(ProjectReview.of(p, dir), null);
    String timeline = section(page, "timeline");
    assertThat(timeline)
        .contains(">Cycles in no ramp<")
        .contains("<circle ")
        .contains(">planned<")
        .contains(">not decided yet<");
    assertThat(section(page, "cycles"))
        .contains("<span class=\"chip open\">planned</span>")
        .contains("Not recorded yet.");
    assertThat(section(page, "drivers")).contains("Cycles testing change ideas that are not in");
  }

  @Test
  void missingDataFileIsShownAsMissingWithItsPath() {
    String page = html(ProjectReview.of(hostile("nowhere/data.csv"), dir), null);
    assertThat(page)
        .contains("<b>Data file missing:</b> <code>nowhere/data.csv</code>")
        .contains("No data: data file not found: ")
        .doesNotContain("class=\"qi-chart\"");
    // the cycle is still in the study list, without a result
    assertThat(section(page, "measures")).contains("<span class=\"effect\">Not studied:</span>");
  }

  private static String section(String page, String id) {
    int start = page.indexOf("<section id=\"" + id + "\"");
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static int count(String text, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
