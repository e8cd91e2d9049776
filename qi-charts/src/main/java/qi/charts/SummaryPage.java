package qi.charts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qi.core.result.Analysis;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * The board page of a {@link Summary}, as NHS England's "Making Data Count" asks for it: one
 * self-contained HTML file (inline SVG and CSS, no script, nothing fetched) that prints on A4
 * landscape.
 *
 * <ul>
 *   <li>the summary matrix: variation (special cause improving, common cause, special cause
 *       concerning, or special cause where no direction is better) against assurance (will reliably
 *       meet the target, hit and miss, will reliably fail it, or no target), each measure's name in
 *       the cell of its two icons, linked to its row;
 *   <li>a table per group: a row per measure with its latest x and value (with its unit), the
 *       centre line and limits at that point, the target, the number of points, the variation and
 *       assurance icons with their meaning in words, the verdict and notes (a short series is
 *       named), and a sparkline of the series;
 *   <li>each measure's full chart, as {@link ChartRenderer} draws it with the icons, linked from
 *       its row and back.
 * </ul>
 *
 * <p>Colours say what the numbers say, as the NHS icons do: blue for improvement and a target
 * reliably met, orange for concern and a target reliably failed, grey for common cause and hit and
 * miss, purple for a special cause where neither direction is better. Every text from the data is
 * escaped, and a Content-Security-Policy forbids scripts and remote content all the same.
 *
 * <pre>{@code
 * Summary board = Summary.of(rows, settings);
 * Files.write(Path.of("board.html"),
 *     SummaryPage.render(board, ChartStyle.withDefaults().title("Emergency department")));
 * }</pre>
 *
 * <p>Of the style, the page reads the title and subtitle (the page's heading; "Board summary"
 * without a title), the size of the full charts, their x and y labels (the measure's unit labels
 * the y axis when the style has none) and the warning limits; notes and a target are per measure,
 * so the style's are not drawn.
 *
 * <p>Performance: the full charts are most of the work and of the file, and are drawn in parallel.
 * For 150 measures of 60 points the page is about 11.5 MB (some 75 KB per chart, two fifths of it
 * the outlines of the y axis labels), and {@code qi summary --format html} takes about 3 s of
 * processor time in a fresh JVM against 0.7 s for {@code --format json}.
 */
public final class SummaryPage {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;\
      margin:0;color:#1a1a1a;background:#fff}
      main{max-width:1240px;margin:0 auto;padding:20px 24px}
      h1{font-size:1.6rem;margin:0 0 .2rem}
      h2{font-size:1.25rem;margin:1.8rem 0 .5rem}
      h3{font-size:1.1rem;margin:0 0 .3rem}
      a{color:#004b87}
      .subtitle{color:#555;margin:0 0 .6rem;font-size:1.05rem}
      .key{color:#444;font-size:.9rem;margin:.3rem 0 1rem;line-height:1.5}
      .key b{font-weight:600}
      table{border-collapse:collapse;font-variant-numeric:tabular-nums}
      caption{text-align:left;font-weight:600;padding:.3rem 0;font-size:1rem}
      th,td{border-bottom:1px solid #ddd;padding:.3rem .45rem;vertical-align:middle}
      thead th{background:#f3f3f3;font-weight:600;font-size:.85rem}
      .matrix{width:100%;table-layout:fixed;font-size:.9rem}
      .matrix td,.matrix th{border:1px solid #d6d6d6;vertical-align:top}
      .matrix thead td{border:0}
      .matrix tbody th{text-align:left}
      .matrix ul{margin:0;padding:0;list-style:none}
      .matrix li{margin:.1rem 0}
      .matrix td.many li{display:inline-block;margin:0 .8rem .15rem 0}
      .matrix .empty{color:#aaa;text-align:center;vertical-align:middle}
      .count{font-weight:400}
      th.improvement{background:#e3f2fc;color:#0b5c8e;border-top:4px solid #289de0}
      th.concern{background:#fff3dc;color:#8a5200;border-top:4px solid #fab428}
      th.common{background:#eeeeee;color:#4a4c4c;border-top:4px solid #7b7d7d}
      th.neutral{background:#ece8f3;color:#361475;border-top:4px solid #361475}
      th.none{background:#f7f7f7;color:#555;border-top:4px solid #d6d6d6}
      .matrix tbody th.improvement,.matrix tbody th.concern,.matrix tbody th.common,\
      .matrix tbody th.none{border-top-width:1px;border-left:4px solid}
      .matrix tbody th.improvement{border-left-color:#289de0}
      .matrix tbody th.concern{border-left-color:#fab428}
      .matrix tbody th.common{border-left-color:#7b7d7d}
      .matrix tbody th.none{border-left-color:#d6d6d6}
      .measures{width:100%;table-layout:fixed;font-size:.85rem;margin:.4rem 0 1rem}
      .measures caption{font-size:1.15rem;padding:.6rem 0 .3rem}
      .measures td{text-align:right}
      .measures th.name{text-align:left;font-weight:600;overflow-wrap:anywhere}
      .chart-type{display:block;font-weight:400;color:#666;font-size:.78rem}
      .measures td.value{font-weight:600}
      .unit{font-weight:400;color:#555;white-space:nowrap}
      td.spark{padding:.15rem .3rem}
      td.spark svg{display:block;width:100%;max-width:160px;height:auto}
      td.icon-cell{text-align:center;font-size:.75rem;line-height:1.15}
      td.icon-cell span{display:block}
      td.improvement span{color:#0b5c8e}
      td.concern span{color:#8a5200;font-weight:600}
      td.common span{color:#4a4c4c}
      td.neutral span{color:#361475}
      td.none span{color:#777}
      svg.icon{width:40px;height:40px;display:block;margin:0 auto}
      td.verdict{text-align:left;font-size:.8rem;line-height:1.3}
      .note{display:block;color:#8a5200;margin-top:.2rem}
      .note::before{content:"Note: "}
      .chart{margin:1.6rem 0 0;break-inside:avoid}
      .chart .meta{color:#555;margin:0 0 .3rem;font-size:.9rem}
      .chart figure{margin:0;max-width:1000px}
      .chart figure svg{width:100%;height:auto;display:block;border:1px solid #e3e3e3}
      .back{font-size:.85rem;margin:.3rem 0 0}
      footer{color:#777;font-size:.8rem;margin-top:2rem}
      @page{size:A4 landscape;margin:10mm}
      @media print{
      main{max-width:none;padding:0}
      a{color:inherit;text-decoration:none}
      .back{display:none}
      thead{display:table-header-group}
      tr{break-inside:avoid}
      .matrix{break-inside:avoid}
      .measures{font-size:.72rem}
      .measures thead th{font-size:.68rem}
      h2{break-after:avoid}
      .group{break-inside:avoid}
      #charts{break-before:page}
      .chart{display:inline-block;width:48.5%;margin:0 1% 4mm 0;vertical-align:top}
      .chart .meta{font-size:.7rem}
      .chart figure{max-width:none}
      .chart figure svg{width:auto;max-width:100%;height:66mm;border:1px solid #e3e3e3}
      }
      """;

  private SummaryPage() {}

  /**
   * The board page of {@code summary} as UTF-8 HTML.
   *
   * @throws IllegalArgumentException when {@code summary} has no measure
   */
  public static byte[] render(Summary summary, ChartStyle style) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(style, "style");
    List<MeasureSummary> measures = summary.measures();
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("summary measures (0) must number at least 1");
    }
    String title = style.title().isEmpty() ? "Board summary" : style.title();
    StringBuilder h = new StringBuilder(16_384 + measures.size() * 80_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n");
    h.append("<title>").append(Markup.escape(title)).append("</title>\n");
    h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append(IconSymbols.definitions());
    h.append("<main>\n<h1>").append(Markup.escape(title)).append("</h1>\n");
    if (!style.subtitle().isEmpty()) {
      h.append("<p class=\"subtitle\">").append(Markup.escape(style.subtitle())).append("</p>\n");
    }
    h.append("<p class=\"key\">")
        .append(measures.size())
        .append(measures.size() == 1 ? " measure" : " measures")
        .append(", each at its latest point. <b>Blue</b>: special cause improving, or a target")
        .append(" the process will reliably meet. <b>Orange</b>: special cause concerning, or a")
        .append(" target it will reliably fail. <b>Grey</b>: common cause only, or a target it")
        .append(" will hit and miss. <b>Purple</b>: a special cause where neither direction is")
        .append(" better.</p>\n");
    h.append("<section id=\"matrix\">\n<h2>Where to look</h2>\n");
    SummaryMatrix.html(h, measures);
    h.append("</section>\n");

    List<String> groups = summary.groups();
    // The measures group by group, as the tables list them; the charts follow in the same order.
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      String group = groups.get(g);
      List<Integer> indices = new ArrayList<>();
      for (int i = 0; i < measures.size(); i++) {
        if (measures.get(i).group().equals(group)) {
          indices.add(i);
        }
      }
      order.addAll(indices);
      String heading =
          group.isEmpty() ? (groups.size() == 1 ? "Measures" : "Other measures") : group;
      h.append("<section id=\"group-").append(g + 1).append("\" class=\"group\">\n");
      SummaryTable.html(h, heading, measures, indices);
      h.append("</section>\n");
    }

    h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    // The full charts are most of the work, and independent: drawn in parallel, kept in order.
    order.parallelStream().map(i -> chart(measures.get(i), i, style)).toList().forEach(h::append);
    h.append("</section>\n");
    h.append("<footer>Made with qi. Centre lines, limits, signals and icons as computed by")
        .append(" qi-core with the rules of NHS England's Making Data Count; this page needs no")
        .append(" network access and runs no script.</footer>\n</main>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The id of measure {@code i}'s row (from 0). */
  static String rowId(int i) {
    return "measure-" + (i + 1);
  }

  /** The id of measure {@code i}'s full chart (from 0). */
  static String chartId(int i) {
    return "chart-" + (i + 1);
  }

  /** The full chart of measure {@code i}, with its heading, verdict and the way back. */
  private static String chart(MeasureSummary m, int i, ChartStyle page) {
    Analysis a = m.analysis();
    ChartStyle style =
        ChartStyle.withDefaults()
            .size(page.width(), page.height())
            .xLabel(page.xLabel())
            .yLabel(page.yLabel().isEmpty() ? m.unit() : page.yLabel())
            .warningLimits(page.hasWarningLimits())
            .iconsOf(a);
    StringBuilder name = new StringBuilder(m.measure());
    style.variation().ifPresent(v -> name.append(". ").append(v.describe()));
    style
        .assurance()
        .filter(v -> v != AssuranceIcon.NONE)
        .ifPresent(v -> name.append(". ").append(v.describe()));
    String svg = Figure.single(Model.of(a, style), style, true).svg(name.toString());
    StringBuilder h = new StringBuilder(svg.length() + 1024);
    h.append("<section class=\"chart\" id=\"").append(chartId(i)).append("\">\n<h3>");
    h.append(Markup.escape(m.measure())).append("</h3>\n<p class=\"meta\">");
    if (!m.group().isEmpty()) {
      h.append(Markup.escape(m.group())).append(" · ");
    }
    h.append(Markup.escape(SummaryTable.chartName(m)))
        .append(" · ")
        .append(Markup.escape(m.verdict()))
        .append("</p>\n<figure>\n");
    h.append(SvgIds.scope(svg, chartId(i) + "-"));
    h.append("</figure>\n<p class=\"back\"><a href=\"#")
        .append(rowId(i))
        .append("\">Back to the row of ")
        .append(Markup.escape(m.measure()))
        .append("</a> · <a href=\"#matrix\">Back to the matrix</a></p>\n</section>\n");
    return h.toString();
  }
}
