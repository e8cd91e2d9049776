package qi.charts;

import qi.core.result.Analysis;

/**
 * A chart the size of a table row, as inline SVG: the data line, the centre line, the limits and
 * the target of the {@link Model} the full chart draws (step lines, broken between parts), the
 * signalled points in the full chart's colours, and the latest point. No axes and no text: the row
 * beside it carries the numbers.
 */
final class Sparkline {
  static final int WIDTH = 160;
  static final int HEIGHT = 44;
  private static final double PAD = 4;

  private Sparkline() {}

  /** The sparkline of {@code analysis}, named {@code name} for readers who cannot see it. */
  static String svg(Analysis analysis, String name) {
    Model model = Thinning.toPixels(Model.full(analysis, ChartStyle.withDefaults()), WIDTH, HEIGHT);
    int n = Math.max(model.points().size(), 1);
    double yMin = model.yMin();
    double yMax = model.yMax();
    if (yMax <= yMin) {
      yMin -= 1;
      yMax += 1;
    }
    Scale scale = new Scale(n, yMin, yMax);
    StringBuilder s = new StringBuilder(2048);
    s.append("<svg class=\"spark\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\"><title>")
        .append(Markup.escape(name))
        .append("</title>");
    for (Model.Line line : model.lines()) {
      String look =
          switch (line.kind()) {
            case DATA -> "stroke:#8a8a8a;stroke-width:1.3";
            case CENTRE -> "stroke:#2b2b2b;stroke-width:1";
            case CENTRE_SHIFT -> "stroke:#2b2b2b;stroke-width:1;stroke-dasharray:3 2";
            case CONTROL_LOWER, CONTROL_UPPER -> "stroke:#9a9a9a;stroke-width:.8";
            case TARGET -> "stroke:#2e7d32;stroke-width:1;stroke-dasharray:4 1.5 1 1.5";
            case CUSUM_UPPER, CUSUM_LOWER -> "stroke:#4e79a7;stroke-width:1.2";
            case RAW, WARNING_LOWER, WARNING_UPPER -> null;
          };
      if (look != null) {
        s.append("<path style=\"fill:none;")
            .append(look)
            .append("\" d=\"")
            .append(path(line, scale))
            .append("\"/>");
      }
    }
    for (Model.Marker m : model.markers()) {
      boolean last = m.index() == model.points().size();
      if (m.category() != PointCategory.COMMON_CAUSE || last) {
        s.append("<circle cx=\"");
        tenths(s, scale.x(m.x()));
        s.append("\" cy=\"");
        tenths(s, scale.y(m.y()));
        s.append("\" r=\"")
            .append(m.category() == PointCategory.COMMON_CAUSE ? "2" : "2.6")
            .append("\" fill=\"")
            .append(m.category().hex())
            .append("\"/>");
      }
    }
    return s.append("</svg>").toString();
  }

  /** The line as path data; NaN breaks it. */
  private static String path(Model.Line line, Scale scale) {
    StringBuilder d = new StringBuilder(line.x().length * 12);
    boolean pen = false;
    for (int i = 0; i < line.x().length; i++) {
      double y = line.y()[i];
      if (Double.isNaN(y)) {
        pen = false;
        continue;
      }
      d.append(pen ? 'L' : 'M');
      tenths(d, scale.x(line.x()[i]));
      d.append(' ');
      tenths(d, scale.y(y));
      pen = true;
    }
    return d.toString();
  }

  /**
   * Appends {@code v} (a coordinate within the sparkline) rounded to tenths of a pixel: a few
   * characters, and no formatter per number.
   */
  private static void tenths(StringBuilder s, double v) {
    long t = Math.round(v * 10);
    if (t < 0) {
      s.append('-');
      t = -t;
    }
    s.append(t / 10);
    if (t % 10 != 0) {
      s.append('.').append(t % 10);
    }
  }

  /** From the model's x (0.5 to n + 0.5) and y range to the sparkline's pixels. */
  private record Scale(int n, double yMin, double yMax) {
    double x(double x) {
      return PAD + (x - 0.5) / n * (WIDTH - 2 * PAD);
    }

    double y(double y) {
      return HEIGHT - PAD - (y - yMin) / (yMax - yMin) * (HEIGHT - 2 * PAD);
    }
  }
}
