package qi.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;
import qi.core.result.Vocabulary;

/**
 * What XChart cannot draw by itself, painted over its plot: part labels and dividers, the end of
 * the frozen baseline, notes, the values of the last centre line and limits, and the NHS icons.
 *
 * <p>This is the one class that extends an XChart {@code internal} type ({@code Annotation}), for
 * the plot's bounds; everything else uses XChart's public API.
 */
final class Overlay extends Annotation {
  private static final Color INK = new Color(0x333333);
  private static final Color MUTED = new Color(0x6b6b6b);
  private static final Color NOTE = new Color(0x1f4e79);

  private final XCharts.Plot xy;
  private final Model model;
  private final ChartStyle style;
  private final double scale;

  Overlay(XCharts.Plot xy, Model model, ChartStyle style, double scale) {
    super(false);
    this.xy = xy;
    this.model = model;
    this.style = style;
    this.scale = scale;
  }

  @Override
  public void paint(Graphics2D g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      paintOn(g2);
    } finally {
      g2.dispose();
    }
  }

  /** The height below the plot that the x axis needs: tick labels, and the title when set. */
  static int xAxisHeight(XYChart chart) {
    return xAxisHeight(!chart.getXAxisTitle().isEmpty(), scaleOf(chart));
  }

  /** The height below the plot that the x axis needs, with or without a title, at a scale. */
  static int xAxisHeight(boolean title, double scale) {
    return (int) Math.round((title ? 48 : 26) * scale);
  }

  /** The scale a chart was built at, from its tick label font (14 px at scale 1). */
  private static double scaleOf(XYChart chart) {
    return chart.getStyler().getAxisTickLabelsFont().getSize() / 14.0;
  }

  /**
   * The x axis below the plot of {@code xy}, drawn at {@code scale}: a tick and a label at each of
   * {@code ticks}, and the axis title under them.
   */
  static void xAxis(
      Graphics2D g,
      XYChart xy,
      List<XLabels.Tick> ticks,
      double scale,
      double left,
      double right,
      double bottom) {
    Font font = xy.getStyler().getAxisTickLabelsFont();
    g.setColor(new Color(0xbdbdbd));
    g.setStroke(new BasicStroke((float) scale));
    for (XLabels.Tick tick : ticks) {
      double x = xy.getScreenXFromChart(tick.position());
      if (x < left - 1 || x > right + 1) {
        continue;
      }
      g.setColor(new Color(0xbdbdbd));
      g.draw(new Line2D.Double(x, bottom, x, bottom + size(4, scale)));
      Text.draw(
          g,
          tick.label(),
          font,
          xy.getStyler().getAxisTickLabelsColor(),
          x,
          bottom + size(5, scale) + font.getSize(),
          Text.Align.CENTRE);
    }
    if (!xy.getXAxisTitle().isEmpty()) {
      Font title = xy.getStyler().getAxisTitleFont();
      Text.draw(
          g,
          xy.getXAxisTitle(),
          title,
          INK,
          (left + right) / 2,
          bottom + size(26, scale) + title.getSize(),
          Text.Align.CENTRE);
    }
  }

  /**
   * The y axis left of the plot: a label at each of {@link XCharts.Plot#yTicks}, and the title
   * turned a quarter at the left edge; and the panel title above the plot.
   */
  static void yAxis(
      Graphics2D g,
      XCharts.Plot xy,
      double scale,
      double left,
      double right,
      double top,
      double bottom) {
    Font font = xy.getStyler().getAxisTickLabelsFont();
    for (XLabels.Tick tick : xy.yTicks()) {
      double y = xy.getScreenYFromChart(tick.position());
      if (y >= top - 1 && y <= bottom + 1) {
        Text.draw(
            g,
            tick.label(),
            font,
            xy.getStyler().getAxisTickLabelsColor(),
            left - size(6, scale),
            y + font.getSize() * 0.35,
            Text.Align.RIGHT);
      }
    }
    if (!xy.getYAxisTitle().isEmpty()) {
      Font title = xy.getStyler().getAxisTitleFont();
      // Turned on g and turned back, not on a g.create(): VectorGraphics2D's SVG keeps writing
      // g's next texts into the turned group after such a copy is disposed.
      AffineTransform straight = g.getTransform();
      // The edge of the figure cell is at -left() in the plot's coordinates.
      g.translate(-xy.left() + size(8, scale) + title.getSize(), (top + bottom) / 2);
      g.rotate(-Math.PI / 2);
      Text.draw(
          g,
          Text.fit(xy.getYAxisTitle(), title, bottom - top),
          title,
          INK,
          0,
          0,
          Text.Align.CENTRE);
      g.setTransform(straight);
    }
    if (!xy.getTitle().isEmpty()) {
      Font title = xy.getStyler().getChartTitleFont();
      Text.draw(
          g,
          Text.fit(xy.getTitle(), title, right - left),
          title,
          INK,
          (left + right) / 2,
          top - size(8, scale),
          Text.Align.CENTRE);
    }
  }

  private void paintOn(Graphics2D g) {
    double left = getXAxisScreenValueForMin();
    double right = getXAxisScreenValueForMax();
    double top = getYAxisScreenValueForMin();
    double bottom = getYAxisScreenValueForMax();
    // Calendar-aligned for dates, every label written.
    Font tickFont = xy.getStyler().getAxisTickLabelsFont();
    double perPoint = xy.getScreenXFromChart(2) - xy.getScreenXFromChart(1);
    List<XLabels.Tick> xTicks =
        XLabels.ticks(model.xs(), perPoint, label -> Text.width(label, tickFont), size(14));
    xAxis(g, xy, xTicks, scale, left, right, bottom);
    yAxis(g, xy, scale, left, right, top, bottom);
    g.clip(new Rectangle2D.Double(left, top, right - left, bottom - top));
    Font small = new Font(Text.FONT, Font.PLAIN, size(13));
    Font bold = new Font(Text.FONT, Font.BOLD, size(14));
    double line = size(16);

    // Dividers between parts, and part labels along the top.
    g.setColor(new Color(0xc8c8c8));
    g.setStroke(new BasicStroke((float) scale));
    for (double partBreak : model.partBreaks()) {
      double x = xy.getScreenXFromChart(partBreak);
      g.draw(new Line2D.Double(x, top, x, bottom));
    }
    for (Model.Label label : model.partLabels()) {
      Text.draw(
          g,
          label.text(),
          bold,
          MUTED,
          xy.getScreenXFromChart(label.x()),
          top + line,
          Text.Align.CENTRE);
    }

    // The end of the frozen baseline.
    if (!Double.isNaN(model.baselineEnd())) {
      double x = xy.getScreenXFromChart(model.baselineEnd());
      g.setColor(MUTED);
      g.setStroke(dashed(1.2f, 2f, 3f));
      g.draw(new Line2D.Double(x, top, x, bottom));
      // "baseline | frozen limits"; "calibration data | new data" on a CUSUM or EWMA (qcc's words)
      Vocabulary words = model.words();
      Text.draw(g, words.before() + " ", small, MUTED, x - 2, bottom - size(6), Text.Align.RIGHT);
      Text.draw(g, " " + words.after(), small, MUTED, x + 2, bottom - size(6), Text.Align.LEFT);
    }

    // Notes: a dotted line at x and the text beside it, rows stacked so that texts do not overlap.
    double notesTop = top + line * (model.partLabels().isEmpty() ? 1 : 2.2);
    // Notes keep clear of the icons in the top-right corner: they turn left before them.
    double noteRight = right;
    if (style.variation().isPresent()) {
      boolean assurance = style.assurance().orElse(AssuranceIcon.NONE) != AssuranceIcon.NONE;
      noteRight = right - (assurance ? 4 * size(26) + size(6) : 2 * size(26)) - size(12);
    }
    // All dotted lines first, then all texts on their white boxes: a text is never crossed by a
    // later note's line.
    List<Model.Label> notes = model.notes();
    double[] rowEnds = new double[notes.size()];
    java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
    double[] xs = new double[notes.size()];
    double[] starts = new double[notes.size()];
    double[] ys = new double[notes.size()];
    String[] texts = new String[notes.size()];
    for (int k = 0; k < notes.size(); k++) {
      xs[k] = xy.getScreenXFromChart(notes.get(k).x());
      texts[k] = Text.fit(notes.get(k).text(), small, Math.max(60, (right - left) * 0.45));
      double width = Text.width(texts[k], small);
      boolean leftward = xs[k] + width + 4 > noteRight;
      starts[k] = leftward ? xs[k] - width - 4 : xs[k] + 4;
      int row = 0;
      while (rowEnds[row] > starts[k] - size(12)) {
        row++;
      }
      rowEnds[row] = starts[k] + width;
      ys[k] = notesTop + row * line;
      g.setColor(NOTE);
      g.setStroke(dashed(1.3f, 1.5f, 2.5f));
      g.draw(new Line2D.Double(xs[k], ys[k] - line * 0.7, xs[k], bottom));
    }
    for (int k = 0; k < notes.size(); k++) {
      double width = Text.width(texts[k], small);
      g.setColor(new Color(255, 255, 255, 235));
      g.fill(new Rectangle2D.Double(starts[k] - 2, ys[k] - line * 0.75, width + 4, line));
      Text.draw(g, texts[k], small, NOTE, starts[k], ys[k], Text.Align.LEFT);
    }

    // Values of the last part's centre line and limits (and the target), at the right end of
    // their lines, pushed apart where they would overlap.
    if (!model.points().isEmpty()) {
      var last = model.points().get(model.points().size() - 1);
      double x = xy.getScreenXFromChart(model.points().size() + 0.55);
      List<Object[]> labels = new ArrayList<>();
      // Named in the chart's words: "median" on a run chart, "UPL"/"mean"/"LPL" under "Making
      // Data Count", "UDB"/"LDB" on a CUSUM, "UCL"/"CL"/"LCL" otherwise.
      Vocabulary words = model.words();
      String[] names = {words.upper(), words.centreLabel(), words.lower()};
      double[] values = {last.ucl(), last.cl(), last.lcl()};
      for (int k = 0; k < values.length; k++) {
        if (Double.isFinite(values[k]) && !names[k].isEmpty()) {
          labels.add(
              new Object[] {
                xy.getScreenYFromChart(values[k]), names[k] + " " + Model.number(values[k]), INK
              });
        }
      }
      Model.Line target = model.line(LineKind.TARGET);
      if (target != null) {
        double t = target.values()[target.values().length - 1];
        labels.add(
            new Object[] {
              xy.getScreenYFromChart(t),
              "target " + Model.number(t),
              XCharts.colour(LineKind.TARGET)
            });
      }
      labels.sort(Comparator.comparingDouble(l -> (double) l[0]));
      double previous = Double.NEGATIVE_INFINITY;
      for (Object[] l : labels) {
        double y = Math.max((double) l[0], previous + small.getSize() * 1.15);
        previous = y;
        Text.draw(
            g, (String) l[1], small, (Color) l[2], x, y + small.getSize() * 0.35, Text.Align.LEFT);
      }
    }

    // NHS icons in the top-right corner.
    if (style.variation().isPresent()) {
      double r = size(26);
      double cy = top + r + size(6);
      double cx = right - r - size(6);
      AssuranceIcon assurance = style.assurance().orElse(AssuranceIcon.NONE);
      if (assurance != AssuranceIcon.NONE) {
        Icons.assurance(g, assurance, cx, cy, r);
        cx -= 2 * r + size(6);
      }
      Icons.variation(g, style.variation().get(), cx, cy, r);
    }
  }

  private int size(double points) {
    return size(points, scale);
  }

  private static int size(double points, double scale) {
    return (int) Math.round(points * scale);
  }

  private BasicStroke dashed(float width, float on, float off) {
    float s = (float) scale;
    return new BasicStroke(
        width * s,
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER,
        10f,
        new float[] {on * s * 2, off * s * 2},
        0f);
  }
}
