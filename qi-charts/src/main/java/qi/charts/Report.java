package qi.charts;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PartResult;
import qi.core.result.Verdict;
import qi.core.result.Vocabulary;

/**
 * The HTML report: one self-contained file (inline SVG and CSS, no script, nothing fetched) with
 * the chart, a key, the plain-language verdict and the summary of each part. Every user text is
 * escaped, and a Content-Security-Policy forbids scripts and remote content all the same.
 */
final class Report {
  static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;\
      margin:0;color:#1a1a1a;background:#fff}
      main{max-width:1100px;margin:0 auto;padding:24px}
      h1{font-size:1.6rem;margin:0 0 .2rem}
      .subtitle{color:#555;margin:0 0 1rem;font-size:1.05rem}
      figure{margin:0 0 1rem}
      figure svg{width:100%;height:auto;display:block;border:1px solid #e3e3e3}
      figcaption{color:#555;font-size:.9rem;margin-top:.4rem}
      .key{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0;margin:.4rem 0 0}
      .swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.35em;\
      vertical-align:-.05em}
      .hollow{background:#fff !important;border:2px solid #7b7d7d;box-sizing:border-box}
      h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
      .verdict{padding-left:1.2rem;line-height:1.5}
      .headline{font-weight:600;font-size:1.1rem;margin:.2rem 0 .6rem}
      table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0;font-variant-numeric:tabular-nums}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:right}
      th{background:#f5f5f5;font-weight:600}
      td.yes{color:#b3261e;font-weight:600}
      .notes{color:#555}
      footer{color:#777;font-size:.8rem;margin-top:2rem}
      """;

  /** The stretches of special cause listed per rule and part; the verdict counts the rest. */
  static final int LISTED = 20;

  private Report() {}

  /**
   * The page of the chart {@code svg} that draws {@code models}, one per facet of {@code facets}:
   * the key lists what the models draw, the verdict and summary come from the analyses.
   */
  static String html(ChartStyle style, String svg, List<Model> models, List<Facet> facets) {
    StringBuilder h = new StringBuilder(svg.length() + 16_384);
    String title = style.title().isEmpty() ? "qi chart" : style.title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n");
    h.append("<title>").append(Markup.escape(title)).append("</title>\n");
    h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
    if (!style.subtitle().isEmpty()) {
      h.append("<p class=\"subtitle\">").append(Markup.escape(style.subtitle())).append("</p>\n");
    }
    h.append("<figure>\n").append(svg);
    h.append("<figcaption>Hover over a point to see its x, value, limits and signals.\n");
    h.append("<ul class=\"key\">\n");
    key(h, style, models);
    h.append("</ul>\n</figcaption>\n</figure>\n");
    if (!style.notes().isEmpty()) {
      // e.g. the PDSA cycles of a project (qi chart --project), listed beside the chart
      h.append("<section>\n<h2>Notes on the chart</h2>\n<ul class=\"chart-notes\">\n");
      for (Note note : style.notes()) {
        h.append("<li><b>")
            .append(Markup.escape(note.x()))
            .append("</b> ")
            .append(Markup.escape(note.text()))
            .append("</li>\n");
      }
      h.append("</ul>\n</section>\n");
    }
    for (Facet facet : facets) {
      section(h, facet, facets.size() > 1);
    }
    h.append("<footer>Made with qi. Centre lines, limits and signals as computed by qi-core; ")
        .append("this page needs no network access and runs no script.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * The key, in the words of the rule set: only the point colours and lines the chart draws (read
   * from the drawn models, so a million points are not read again), and the icons described in
   * words.
   */
  private static void key(StringBuilder h, ChartStyle style, List<Model> models) {
    Set<PointCategory> used = EnumSet.noneOf(PointCategory.class);
    boolean hollow = false;
    boolean limits = false;
    boolean shift = false;
    boolean target = !Double.isNaN(style.target());
    Vocabulary words = models.isEmpty() ? null : models.get(0).words();
    for (Model m : models) {
      for (Model.Marker marker : m.markers()) {
        used.add(marker.category());
        hollow |= marker.hollow();
      }
      limits |= m.line(LineKind.CONTROL_LOWER) != null || m.line(LineKind.CONTROL_UPPER) != null;
      shift |= m.line(LineKind.CENTRE_SHIFT) != null;
      target |= m.line(LineKind.TARGET) != null;
    }
    for (PointCategory c : used) {
      h.append("<li><span class=\"swatch\" style=\"background:")
          .append(c.hex())
          .append("\"></span>")
          .append(Markup.escape(c.label()))
          .append("</li>\n");
    }
    if (hollow) {
      h.append("<li><span class=\"swatch hollow\"></span>Excluded</li>\n");
    }
    if (words == null) {
      return;
    }
    StringBuilder lines = new StringBuilder("Black line: ").append(words.centre());
    if (limits) {
      lines.append("; grey lines: ").append(words.limitLines());
      if (style.hasWarningLimits()) {
        lines.append("; grey dashes: 2σ warning limits");
      }
    }
    if (shift) {
      lines
          .append("; dashed black line: the ")
          .append(words.centre())
          .append(" of a part whose runs analysis signals a shift");
    }
    if (target) {
      lines.append("; green dash-dot line: target");
    }
    h.append("<li>").append(Markup.escape(lines.toString())).append("</li>\n");
    style
        .variation()
        .ifPresent(v -> h.append("<li>").append(Markup.escape(v.describe())).append("</li>\n"));
    style
        .assurance()
        .filter(a -> a != AssuranceIcon.NONE)
        .ifPresent(a -> h.append("<li>").append(Markup.escape(a.describe())).append("</li>\n"));
  }

  private static void section(StringBuilder h, Facet facet, boolean named) {
    Analysis a = facet.analysis();
    String suffix = named ? ": " + facet.name() : "";
    h.append("<section>\n<h2>Verdict").append(Markup.escape(suffix)).append("</h2>\n");
    // The first line is the headline; the details follow as a list.
    // A million points may have thousands of stretches of special cause: the page lists the first
    // few of each rule, after a line that counts them all.
    List<String> lines = Verdict.lines(a, LISTED);
    h.append("<p class=\"headline\">").append(Markup.escape(lines.get(0))).append("</p>\n");
    h.append("<ul class=\"verdict\">\n");
    for (String line : lines.subList(1, lines.size())) {
      h.append("<li>").append(Markup.escape(line.strip())).append("</li>\n");
    }
    h.append("</ul>\n");
    h.append("<table class=\"summary\">\n<caption>Summary per part")
        .append(Markup.escape(suffix))
        .append("</caption>\n<thead><tr>");
    // In the rule set's words: no runs columns where the rule set reads no runs analysis, and
    // "Making Data Count" process limits (LPL, UPL) instead of control limits.
    Vocabulary words = Vocabulary.of(a);
    String centre =
        words.centre().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
            + words.centre().substring(1);
    String[][] counts = {{"part", "Part"}, {"nObs", "Points"}, {"nUseful", "Useful"}};
    String[][] runs = {
      {"longestRun", "Longest run"},
      {"longestRunMax", "Max allowed"},
      {"crossings", "Crossings"},
      {"crossingsMin", "Min allowed"},
      {"runsSignal", "Runs signal"}
    };
    String[][] limits = {
      {"sigmaSignals", "Outside limits"},
      {"cl", centre},
      {"lcl", words.lower()},
      {"ucl", words.upper()},
      {"lwl", "LWL"},
      {"uwl", "UWL"}
    };
    for (String[][] group :
        words.runs() ? List.of(counts, runs, limits) : List.of(counts, limits)) {
      for (String[] c : group) {
        h.append("<th scope=\"col\" title=\"").append(c[0]).append("\">").append(c[1]);
        h.append("</th>");
      }
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (PartResult p : a.parts()) {
      h.append("<tr>");
      cell(h, Integer.toString(p.part()));
      cell(h, Integer.toString(p.nObs()));
      cell(h, Integer.toString(p.nUseful()));
      if (words.runs()) {
        cell(h, optional(p.longestRun()));
        cell(h, optional(p.longestRunMax()));
        cell(h, optional(p.crossings()));
        cell(h, optional(p.crossingsMin()));
        h.append(p.runsSignal() ? "<td class=\"yes\">yes</td>" : "<td>no</td>");
      }
      h.append(p.sigmaSignals() > 0 ? "<td class=\"yes\">" : "<td>")
          .append(p.sigmaSignals())
          .append("</td>");
      for (double v : new double[] {p.cl(), p.lcl(), p.ucl(), p.lwl(), p.uwl()}) {
        cell(h, Double.isNaN(v) ? "–" : Model.number(v));
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (!a.notes().isEmpty()) {
      h.append("<ul class=\"notes\">\n");
      for (String note : a.notes()) {
        h.append("<li>").append(Markup.escape(note)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void cell(StringBuilder h, String text) {
    h.append("<td>").append(Markup.escape(text)).append("</td>");
  }

  private static String optional(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "–";
  }
}
