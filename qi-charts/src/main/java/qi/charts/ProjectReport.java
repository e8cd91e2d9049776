package qi.charts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import qi.core.pdsa.Aim;
import qi.core.pdsa.ChangeAnalysis;
import qi.core.pdsa.DriverDiagram;
import qi.core.pdsa.Measure;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectReview;
import qi.core.pdsa.ProjectReview.CycleReview;
import qi.core.pdsa.ProjectReview.MeasureReview;
import qi.core.result.Verdict;
import qi.core.rules.Direction;

/**
 * The whole improvement project on one page, for a team huddle or a sponsor's review: the aim and
 * where the outcome measure stands against it, the driver diagram with the cycles that tested each
 * change idea, each measure's chart with every cycle's start marked and the study result of each
 * cycle beside it, a timeline of the ramps and cycles, and a table of the cycles.
 *
 * <p>One self-contained HTML file: inline SVG and CSS, no script, nothing fetched (a
 * Content-Security-Policy forbids it all the same), laid out to print on A4. Every text from the
 * project is escaped. It computes nothing: the numbers come from the {@link ProjectReview}.
 *
 * <pre>{@code
 * Path file = Path.of("qi-project.json");
 * ProjectReview review = ProjectReview.of(ProjectStore.at(file).read(), file.getParent());
 * Files.write(Path.of("report.html"), ProjectReport.render(review, null));
 * }</pre>
 */
public final class ProjectReport {
  /** The placeholder of a project without cycles. */
  static final String NO_CYCLES = "No cycles recorded yet.";

  static final String CSS =
      """
      .aim dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.4rem 0}
      .aim dt{font-weight:600;color:#555}
      .aim dd{margin:0}
      .standing{font-size:1.05rem;border-left:4px solid #1f4e79;padding:.3rem .8rem;\
      background:#f3f7fb}
      .placeholder{color:#666;font-style:italic}
      .dd{display:flex;align-items:center;font-size:.85rem;overflow-x:auto;padding:.3rem 0}
      .dd-node{display:flex;align-items:center;position:relative}
      .dd-children{display:flex;flex-direction:column;justify-content:center;position:relative;\
      margin-left:1.6em}
      .dd-children::before{content:"";position:absolute;left:-1.6em;top:50%;width:1.6em;\
      border-top:2px solid #8a8a8a}
      .dd-children>.dd-node{padding:.3em 0 .3em 1.2em}
      .dd-children>.dd-node::before{content:"";position:absolute;left:0;top:0;bottom:0;\
      border-left:2px solid #8a8a8a}
      .dd-children>.dd-node:first-child::before{top:50%}
      .dd-children>.dd-node:last-child::before{bottom:50%}
      .dd-children>.dd-node:only-child::before{display:none}
      .dd-children>.dd-node::after{content:"";position:absolute;left:0;top:50%;width:1.2em;\
      border-top:2px solid #8a8a8a}
      .box{border:2px solid;border-radius:6px;padding:.4em .6em;background:#fff;\
      overflow-wrap:anywhere}
      .box .kind{display:block;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;\
      color:#555}
      .dd-aim{width:11em;border-color:#1f4e79;background:#f3f7fb}
      .dd-primary{width:12em;border-color:#4a6fa5}
      .dd-secondary{width:12em;border-color:#7d95b8}
      .dd-idea{width:19em;border-color:#9aa5b1;border-style:solid}
      .cycles{display:flex;flex-wrap:wrap;gap:.25em;margin:.35em 0 0;padding:0;list-style:none}
      .chip{display:inline-block;border-radius:3px;padding:0 .3em;font-size:.88em;\
      border:1px solid;white-space:nowrap}
      .adopt{background:#e3f3e6;border-color:#2e7d32;color:#1b5e20}
      .adapt{background:#fff4dc;border-color:#b7791f;color:#7a4f0a}
      .abandon{background:#fde8e7;border-color:#b3261e;color:#8c1d18}
      .open{background:#f1f1f1;border-color:#8a8a8a;color:#444}
      .measure{margin:1rem 0 1.6rem}
      .measure h3{margin:.2rem 0}
      .about{color:#555;margin:.1rem 0 .5rem;font-size:.9rem}
      .measure-body{display:grid;grid-template-columns:1fr;gap:.6rem}
      @media screen and (min-width:1250px){\
      .measure-body{grid-template-columns:minmax(0,1.9fr) minmax(16rem,1fr)}}
      .studies{list-style:none;padding:0;margin:0;font-size:.85rem}
      .studies li{border-left:4px solid #bbb;padding:.2rem .5rem;margin-bottom:.4rem}
      .studies li.improvement{border-color:#289de0}
      .studies li.deterioration{border-color:#fab428}
      .studies li.neutral{border-color:#361475}
      .effect{font-weight:600}
      .how{color:#555}
      .missing{border:2px dashed #b3261e;padding:.6rem .8rem;color:#8c1d18;background:#fdf3f2}
      .timeline svg{width:100%;height:auto;display:block}
      table.cycles-table{width:100%;font-size:.82rem}
      table.cycles-table th,table.cycles-table td{text-align:left;vertical-align:top}
      table.cycles-table td.n{text-align:right;white-space:nowrap}
      .next{color:#555;display:block}
      @page{size:A4;margin:14mm 12mm}
      @media print{\
      body{font-size:10.5pt}\
      main{max-width:none;padding:0}\
      h2,h4{break-after:avoid}\
      .dd{overflow:visible;font-size:8pt}\
      .timeline,.keep,tr,.dd,.studies li{break-inside:avoid}\
      .standing,.chip,.adopt,.adapt,.abandon,.open,.missing{print-color-adjust:exact;\
      -webkit-print-color-adjust:exact}\
      footer{display:none}}
      """;

  private ProjectReport() {}

  /**
   * The page of {@code review} as UTF-8 HTML.
   *
   * @param review the project and its measures analyzed
   * @param title the page's title; null or blank for the project's title
   */
  public static byte[] render(ProjectReview review, String title) {
    Objects.requireNonNull(review, "review");
    return html(review, title == null || title.isBlank() ? review.project().title() : title)
        .getBytes(StandardCharsets.UTF_8);
  }

  static String html(ProjectReview review, String title) {
    Project p = review.project();
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n");
    h.append("<title>").append(esc(title)).append("</title>\n");
    h.append("<style>\n").append(Report.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<main>\n<h1>").append(esc(title)).append("</h1>\n");
    if (!title.equals(p.title())) {
      h.append("<p class=\"subtitle\">").append(esc(p.title())).append("</p>\n");
    }
    aim(h, review);
    driverDiagram(h, review);
    measures(h, review);
    h.append(
        "<section id=\"timeline\" class=\"timeline\">\n<h2>Timeline of ramps and cycles</h2>\n");
    if (p.cycles().isEmpty()) {
      h.append("<p class=\"placeholder\">").append(NO_CYCLES).append("</p>\n");
    } else {
      h.append(ProjectTimeline.svg(p));
      h.append("<p class=\"about\">Each bar runs from a cycle's start to its end (the days of the")
          .append(" test: the project file records no separate plan, study or act dates), its")
          .append(" colour the decision; a cycle without an end date is a dot at its start.")
          .append(p.aim().byWhen() == null ? "" : " The dashed line is the aim's date.")
          .append("</p>\n");
    }
    h.append("</section>\n");
    cycleTable(h, p);
    h.append("<footer>Made with qi from the project file. Charts and studies as computed by ")
        .append("qi-core; this page needs no network access and runs no script.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void aim(StringBuilder h, ProjectReview review) {
    Aim aim = review.project().aim();
    h.append("<section id=\"aim\" class=\"aim\">\n<h2>Aim</h2>\n<dl>\n");
    h.append("<dt>What</dt><dd>").append(esc(aim.statement())).append("</dd>\n");
    h.append("<dt>How much</dt><dd>")
        .append(
            aim.howMuch() == null
                ? "<span class=\"placeholder\">Not stated.</span>"
                : esc(aim.howMuch()))
        .append("</dd>\n");
    h.append("<dt>By when</dt><dd>")
        .append(
            aim.byWhen() == null
                ? "<span class=\"placeholder\">Not stated.</span>"
                : aim.byWhen().toString())
        .append("</dd>\n</dl>\n");
    review
        .outcome()
        .ifPresentOrElse(
            m ->
                h.append("<p class=\"standing\"><b>")
                    .append(esc(m.measure().name()))
                    .append(":</b> ")
                    .append(esc(m.standing()))
                    .append("</p>\n"),
            () -> h.append("<p class=\"placeholder\">No outcome measure yet.</p>\n"));
    h.append("</section>\n");
  }

  private static void driverDiagram(StringBuilder h, ProjectReview review) {
    Project p = review.project();
    h.append("<section id=\"drivers\">\n<h2>Driver diagram</h2>\n");
    List<DriverDiagram.PrimaryDriver> primaries = p.driverDiagram().primaryDrivers();
    if (primaries.isEmpty()) {
      h.append("<p class=\"placeholder\">No driver diagram yet.</p>\n");
    } else {
      h.append("<div class=\"dd\" role=\"group\" aria-label=\"Driver diagram\">\n");
      h.append("<div class=\"dd-node\"><div class=\"box dd-aim\"><span class=\"kind\">Aim</span>")
          .append(esc(p.aim().statement()))
          .append("</div>\n<div class=\"dd-children\">\n");
      for (DriverDiagram.PrimaryDriver primary : primaries) {
        h.append("<div class=\"dd-node\"><div class=\"box dd-primary\">")
            .append("<span class=\"kind\">Primary driver</span>")
            .append(esc(primary.name()))
            .append("</div>\n");
        if (!primary.secondaryDrivers().isEmpty()) {
          h.append("<div class=\"dd-children\">\n");
          for (DriverDiagram.SecondaryDriver secondary : primary.secondaryDrivers()) {
            h.append("<div class=\"dd-node\"><div class=\"box dd-secondary\">")
                .append("<span class=\"kind\">Secondary driver</span>")
                .append(esc(secondary.name()))
                .append("</div>\n");
            if (!secondary.changeIdeas().isEmpty()) {
              h.append("<div class=\"dd-children\">\n");
              for (String idea : secondary.changeIdeas()) {
                h.append("<div class=\"dd-node\"><div class=\"box dd-idea\">")
                    .append("<span class=\"kind\">Change idea</span>")
                    .append(esc(idea));
                chips(h, review.cyclesTesting(idea));
                h.append("</div></div>\n");
              }
              h.append("</div>\n");
            }
            h.append("</div>\n");
          }
          h.append("</div>\n");
        }
        h.append("</div>\n");
      }
      h.append("</div></div>\n</div>\n");
    }
    List<PdsaCycle> outside = review.cyclesOutsideDiagram();
    if (!outside.isEmpty()) {
      h.append("<p>Cycles testing change ideas that are not in the diagram:</p>");
      chips(h, outside);
    }
    h.append("</section>\n");
  }

  /** The cycles as chips, one per cycle, coloured and worded by the decision. */
  private static void chips(StringBuilder h, List<PdsaCycle> cycles) {
    if (cycles.isEmpty()) {
      h.append("<span class=\"placeholder\" style=\"display:block\">Not tested yet.</span>");
      return;
    }
    h.append("<ul class=\"cycles\">");
    for (PdsaCycle c : cycles) {
      h.append("<li class=\"chip ")
          .append(decisionClass(c))
          .append("\" title=\"")
          .append(esc(c.label()))
          .append("\">PDSA ")
          .append(c.number())
          .append(": ")
          .append(c.status())
          .append("</li>");
    }
    h.append("</ul>");
  }

  /** The class of a cycle's decision: adopt, adapt, abandon, or open (not decided yet). */
  static String decisionClass(PdsaCycle c) {
    return c.decision() == null ? "open" : c.decision().act().id();
  }

  private static void measures(StringBuilder h, ProjectReview review) {
    h.append("<section id=\"measures\">\n<h2>Measures</h2>\n");
    if (review.measures().isEmpty()) {
      h.append("<p class=\"placeholder\">No measures yet.</p>\n");
    }
    for (MeasureReview m : review.measures()) {
      Measure measure = m.measure();
      // heading, description and chart kept together on one printed page
      h.append("<div class=\"measure\">\n<div class=\"measure-body\">\n<div class=\"keep\">\n");
      h.append("<h3>").append(esc(measure.name())).append("</h3>\n");
      h.append("<p class=\"about\">")
          .append(esc(about(measure)))
          .append(
              m.analysis() == null ? ".</p>\n" : ". Cycle starts are marked on the chart.</p>\n");
      if (m.analysis() == null) {
        h.append("<div class=\"missing\"><b>")
            .append(m.missing() ? "Data file missing" : "Data not readable")
            .append(":</b> <code>")
            .append(esc(measure.file()))
            .append("</code>")
            .append(
                Path.of(measure.file()).isAbsolute()
                    ? ""
                    : " (relative to the project file's folder)")
            .append(m.missing() ? "" : ": " + esc(m.problem()))
            .append(".</div>\n");
      } else {
        h.append("<figure>\n").append(chart(m)).append("<figcaption>");
        h.append(esc(Verdict.lines(m.analysis()).get(0))).append("</figcaption>\n</figure>\n");
      }
      h.append("</div>\n");
      studies(h, m);
      h.append("</div>\n</div>\n");
    }
    h.append("</section>\n");
  }

  private static String about(Measure m) {
    return m.kind().id().substring(0, 1).toUpperCase(Locale.ROOT)
        + m.kind().id().substring(1)
        + " measure: "
        + chartName(m.chart().id())
        + " of "
        + m.y()
        + (m.n() == null ? "" : " / " + m.n())
        + " by "
        + m.x()
        + "; "
        + (m.direction() == Direction.INCREASE
            ? "higher is better"
            : m.direction() == Direction.DECREASE ? "lower is better" : "no better direction")
        + (m.hasTarget() ? "; target " + Model.number(m.target()) : "; no target");
  }

  private static String chartName(String id) {
    return id.equals("run") ? "Run chart" : id.toUpperCase(Locale.ROOT) + " chart";
  }

  /** The measure's chart as inline SVG, every cycle's start a note at its x. */
  private static String chart(MeasureReview m) {
    List<Note> notes = new ArrayList<>();
    for (CycleReview c : m.cycles()) {
      if (c.x() != null) {
        notes.add(new Note(c.x(), c.cycle().label()));
      }
    }
    ChartStyle style =
        ChartStyle.withDefaults()
            .size(1000, 520)
            .yLabel(m.measure().y())
            .xLabel(m.measure().x())
            .notes(notes);
    return Figure.single(Model.of(m.analysis(), style), style, true)
        .svg(m.measure().name() + ": " + chartName(m.analysis().chart()));
  }

  /** Beside the chart: what the data did after each cycle linked to the measure. */
  private static void studies(StringBuilder h, MeasureReview m) {
    h.append("<div>\n<h4>Study results</h4>\n");
    if (m.cycles().isEmpty()) {
      h.append("<p class=\"placeholder\">No cycles linked to this measure.</p>\n</div>\n");
      return;
    }
    h.append("<ul class=\"studies\">\n");
    for (CycleReview c : m.cycles()) {
      ChangeAnalysis s = c.study();
      h.append("<li class=\"")
          .append(s == null ? "none" : s.effect().id().replace('_', '-'))
          .append("\"><b>")
          .append(esc(c.cycle().label()))
          .append("</b> (")
          .append(c.cycle().start().toString())
          .append(")<br>");
      if (s == null) {
        h.append("<span class=\"effect\">Not studied:</span> ").append(esc(c.problem()));
      } else {
        h.append("<span class=\"effect\">").append(effect(s, c.signalDate())).append("</span> ");
        List<PdsaCycle> later = m.startedBeforeSignal(c);
        if (!later.isEmpty()) {
          h.append("<span class=\"how\">By then ")
              .append(String.join(", ", later.stream().map(l -> "PDSA " + l.number()).toList()))
              .append(" had started too: the signal may be theirs.</span> ");
        }
        h.append("<span class=\"how\">")
            .append(
                c.accepted()
                    ? "Accepted by the team."
                    : "Computed for this report with the start as a freeze point; not"
                        + " accepted by the team.")
            .append("</span>");
      }
      if (c.x() == null && m.analysis() != null) {
        h.append(
            "<br><span class=\"how\">Not marked on the chart: the start has no place among its"
                + " x values (outside the data, or x is not dates).</span>");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n</div>\n");
  }

  /** Did the data signal after the start, in words. */
  static String effect(ChangeAnalysis s, LocalDate signalDate) {
    if (!s.hasSignal()) {
      return "No signal after the start: common-cause variation only.";
    }
    int m = s.pointsToSignal().getAsInt();
    String what =
        switch (s.effect()) {
          case IMPROVEMENT -> "Signal of improvement";
          case DETERIORATION -> "Signal of deterioration";
          default -> "Signal (neither better nor worse)";
        };
    return what
        + ", first seen "
        + (signalDate == null ? "" : "at " + signalDate + ", ")
        + m
        + (m == 1 ? " point" : " points")
        + " from the start.";
  }

  private static void cycleTable(StringBuilder h, Project p) {
    h.append("<section id=\"cycles\">\n<h2>Cycles</h2>\n");
    if (p.cycles().isEmpty()) {
      h.append("<p class=\"placeholder\">").append(NO_CYCLES).append("</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"cycles-table\">\n<thead><tr>");
    for (String c :
        new String[] {
          "PDSA", "Change idea", "Objective", "Prediction", "What happened", "Decision"
        }) {
      h.append("<th scope=\"col\">").append(c).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (PdsaCycle c : p.cycles()) {
      h.append("<tr><td class=\"n\">").append(c.number()).append("</td><td>");
      h.append(esc(c.changeIdea()));
      if (c.ramp() != null) {
        h.append("<span class=\"next\">Ramp: ").append(esc(c.ramp())).append("</span>");
      }
      h.append("</td><td>").append(esc(c.objective())).append("</td><td>");
      h.append(esc(c.prediction())).append("</td><td>");
      List<String> happened = new ArrayList<>();
      for (String text :
          new String[] {
            c.doing().happened(),
            c.doing().observations(),
            c.doing().problems(),
            c.study().comparison()
          }) {
        if (text != null) {
          happened.add(esc(text));
        }
      }
      h.append(
          happened.isEmpty()
              ? "<span class=\"placeholder\">Not recorded yet.</span>"
              : String.join("<br>", happened));
      h.append("</td><td><span class=\"chip ").append(decisionClass(c)).append("\">");
      h.append(c.status()).append("</span>");
      if (c.decision() != null && c.decision().next() != null) {
        h.append("<span class=\"next\">Next: ").append(esc(c.decision().next())).append("</span>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static String esc(String text) {
    return Markup.escape(text);
  }
}
