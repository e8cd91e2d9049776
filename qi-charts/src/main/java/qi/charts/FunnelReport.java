package qi.charts;

import qi.core.funnel.Funnel;
import qi.core.funnel.FunnelVerdict;
import qi.core.funnel.LimitLevel;
import qi.core.funnel.UnitResult;

/**
 * The HTML page of a funnel plot: one self-contained file (inline SVG and CSS, no script, nothing
 * fetched) with the plot, its key, the verdict and a table of the units, outliers first.
 */
final class FunnelReport {
  private FunnelReport() {}

  static String html(Funnel funnel, ChartStyle style, String svg) {
    StringBuilder h = new StringBuilder(svg.length() + 16_384);
    String title = style.title().isEmpty() ? "Funnel plot" : style.title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n");
    h.append("<title>").append(Markup.escape(title)).append("</title>\n");
    h.append("<style>\n").append(Report.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
    h.append("<figure>\n").append(svg);
    h.append("<figcaption>Hover over a point to see its unit, counts, value and limits. ")
        .append("Curves: the 95% and 99.8% limits")
        .append(funnel.adjusted() ? ", widened for overdispersion" : "")
        .append("; black line: the target; red points lie outside the ")
        .append(levelName(funnel))
        .append(" limits.</figcaption>\n</figure>\n");
    h.append("<section>\n<h2>Verdict</h2>\n<ul class=\"verdict\">\n");
    for (String line : FunnelVerdict.lines(funnel)) {
      h.append("<li>").append(Markup.escape(line)).append("</li>\n");
    }
    h.append("</ul>\n");
    h.append("<table class=\"summary\">\n<caption>Units</caption>\n<thead><tr>");
    for (String c :
        new String[] {
          "Unit", "Numerator", "Denominator", "Value", "z", "Lower", "Upper", "Outside"
        }) {
      h.append(
              c.equals("Unit")
                  ? "<th scope=\"col\" style=\"text-align:left\">"
                  : "<th scope=\"col\">")
          .append(c)
          .append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (boolean outliers : new boolean[] {true, false}) {
      for (UnitResult u : funnel.units()) {
        if (u.outlier() != outliers) {
          continue;
        }
        h.append("<tr><td style=\"text-align:left\">")
            .append(Markup.escape(u.unit()))
            .append("</td>");
        boolean p95 = funnel.limit() == LimitLevel.P95;
        boolean adj = funnel.adjusted();
        double lower =
            p95 ? (adj ? u.lcl95Adjusted() : u.lcl95()) : (adj ? u.lcl998Adjusted() : u.lcl998());
        double upper =
            p95 ? (adj ? u.ucl95Adjusted() : u.ucl95()) : (adj ? u.ucl998Adjusted() : u.ucl998());
        for (double v :
            new double[] {u.numerator(), u.denominator(), u.value(), u.z(), lower, upper}) {
          h.append("<td>").append(Double.isNaN(v) ? "–" : Model.number(v)).append("</td>");
        }
        h.append(u.outlier() ? "<td class=\"yes\">" : "<td>")
            .append(
                switch (u.side()) {
                  case HIGH -> "above";
                  case LOW -> "below";
                  case WITHIN -> "no";
                })
            .append("</td></tr>\n");
      }
    }
    h.append("</tbody>\n</table>\n</section>\n");
    h.append("<footer>Made with qi. Limits, z-scores and overdispersion as computed by qi-core ")
        .append("(FunnelPlotR 0.5.0's method); this page needs no network access and runs no")
        .append(" script.</footer>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** "95%" or "99.8%", with "adjusted" when the adjusted limits are in use. */
  static String levelName(Funnel funnel) {
    return (funnel.limit() == LimitLevel.P95 ? "95%" : "99.8%")
        + (funnel.adjusted() ? " adjusted" : "");
  }
}
