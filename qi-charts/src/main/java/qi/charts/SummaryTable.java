package qi.charts;

import java.util.List;
import qi.core.result.Variation;
import qi.core.rules.Direction;
import qi.core.summary.MeasureSummary;

/**
 * The table of one group of a board page: a row per measure with its latest point, centre line,
 * limits, target and number of points, the two NHS icons with their meaning in words, the verdict
 * and notes, and a sparkline linked to the measure's full chart.
 */
final class SummaryTable {
  private static final String[] HEADINGS = {
    "Measure",
    "Chart",
    "Latest",
    "Value",
    "Centre",
    "Lower limit",
    "Upper limit",
    "Target",
    "Points",
    "Variation",
    "Assurance",
    "Verdict"
  };

  /**
   * The width of each column, in percent: the same in every group's table, so that the tables of a
   * page line up, and fitting A4 landscape.
   */
  private static final double[] WIDTHS = {12, 11, 8, 8, 5.5, 5.5, 5.5, 5, 5.5, 7.5, 7.5, 19};

  private SummaryTable() {}

  /**
   * The table of the measures at {@code indices} of {@code measures}, captioned {@code caption}.
   */
  static void html(
      StringBuilder h, String caption, List<MeasureSummary> measures, List<Integer> indices) {
    h.append("<table class=\"measures\">\n<caption>")
        .append(Markup.escape(caption))
        .append("</caption>\n<colgroup>");
    for (double w : WIDTHS) {
      h.append("<col style=\"width:").append(w).append("%\">");
    }
    h.append("</colgroup>\n<thead><tr>");
    for (String heading : HEADINGS) {
      h.append("<th scope=\"col\">").append(heading).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int i : indices) {
      row(h, measures.get(i), i);
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void row(StringBuilder h, MeasureSummary m, int i) {
    String name = Markup.escape(m.measure());
    String chart = "#" + SummaryPage.chartId(i);
    h.append("<tr id=\"").append(SummaryPage.rowId(i)).append("\">");
    h.append("<th scope=\"row\" class=\"name\"><a href=\"")
        .append(chart)
        .append("\">")
        .append(name)
        .append("</a><span class=\"chart-type\">")
        .append(Markup.escape(chartName(m)))
        .append("</span></th>");
    h.append("<td class=\"spark\"><a href=\"")
        .append(chart)
        .append("\" aria-label=\"Full chart of ")
        .append(name)
        .append("\">")
        .append(Sparkline.svg(m.analysis(), "Sparkline of " + m.measure()))
        .append("</a></td>");
    h.append("<td class=\"x\">").append(Markup.escape(m.latestX())).append("</td>");
    h.append("<td class=\"value\">").append(withUnit(m.latestY(), m.unit())).append("</td>");
    for (double v : new double[] {m.cl(), m.lcl(), m.ucl(), m.target()}) {
      h.append("<td>").append(number(v)).append("</td>");
    }
    h.append("<td>").append(m.points()).append("</td>");
    VariationIcon variation = VariationIcon.fromId(m.variation().id());
    h.append("<td class=\"icon-cell ")
        .append(SummaryMatrix.Column.of(m.variation()).look)
        .append("\">")
        .append(IconSymbols.use(variation))
        .append("<span>")
        .append(variationWords(m.variation()))
        .append("</span></td>");
    AssuranceIcon assurance =
        m.assurance() == null ? AssuranceIcon.NONE : AssuranceIcon.fromId(m.assurance().id());
    h.append("<td class=\"icon-cell ")
        .append(SummaryMatrix.Row.of(m.assurance()).look)
        .append("\">")
        .append(IconSymbols.use(assurance))
        .append("<span>")
        .append(assuranceWords(m))
        .append("</span></td>");
    h.append("<td class=\"verdict\">").append(Markup.escape(m.verdict()));
    for (String note : m.notes()) {
      h.append("<span class=\"note\">").append(Markup.escape(note)).append("</span>");
    }
    h.append("</td></tr>\n");
  }

  /** The chart type and which way is better, e.g. "XmR, lower is better". */
  static String chartName(MeasureSummary m) {
    String type =
        switch (m.chart()) {
          case RUN -> "Run chart";
          case XMR -> "XmR chart";
          case XBAR -> "Xbar chart";
          case PP -> "P′ chart";
          case UP -> "U′ chart";
          case CUSUM, EWMA -> m.chart().toString();
          default -> m.chart() + " chart";
        };
    return type
        + switch (m.direction()) {
          case INCREASE -> ", higher is better";
          case DECREASE -> ", lower is better";
          case NEUTRAL -> ", no direction";
        };
  }

  /** The variation icon in a few words, with the side of the values when special. */
  static String variationWords(Variation v) {
    return switch (v) {
      case COMMON_CAUSE -> "Common cause";
      case IMPROVEMENT_HIGH -> "Improving, higher";
      case IMPROVEMENT_LOW -> "Improving, lower";
      case CONCERN_HIGH -> "Concerning, higher";
      case CONCERN_LOW -> "Concerning, lower";
      case NEUTRAL_HIGH -> "Special cause, higher";
      case NEUTRAL_LOW -> "Special cause, lower";
    };
  }

  /** The assurance icon in a few words; without one, why there is none. */
  static String assuranceWords(MeasureSummary m) {
    if (m.assurance() == null) {
      return Double.isNaN(m.target())
          ? "No target"
          : m.direction() == Direction.NEUTRAL ? "No direction" : "No limits";
    }
    return switch (m.assurance()) {
      case PASS -> "Will reliably meet";
      case INCONSISTENT -> "Hit and miss";
      case FAIL -> "Will reliably fail";
    };
  }

  private static String withUnit(double v, String unit) {
    return Double.isNaN(v) || unit.isBlank()
        ? number(v)
        : number(v) + "<span class=\"unit\">\u00a0" + Markup.escape(unit) + "</span>";
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "–" : Model.number(v);
  }
}
