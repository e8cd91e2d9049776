package qi.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns a {@link Model} into an XChart {@link XYChart}: one series per line and per marker kind.
 */
final class XCharts {
  private static final Color GRID = new Color(0xeeeeee);

  private XCharts() {}

  /**
   * The chart of {@code model}, {@code width} × {@code height} pixels, with y from {@code yMin} to
   * {@code yMax}, titled {@code panelTitle} (empty: no title) and drawn at {@code scale} (1 for a
   * 1000 × 560 chart).
   */
  static Plot chart(
      Model model,
      ChartStyle style,
      String panelTitle,
      int width,
      int height,
      double yMin,
      double yMax,
      double scale) {
    XYChartBuilder builder =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(panelTitle)
            .xAxisTitle(style.xLabel())
            .yAxisTitle(style.yLabel());
    Font tickFont = new Font(Text.FONT, Font.PLAIN, px(14, scale));
    Font titleFont = new Font(Text.FONT, Font.PLAIN, px(15, scale));
    int n = model.points().size();
    double room = 1 + 100.0 * scale * Math.max(n, 1) / Math.max(width - 150.0 * scale, 100);
    double range = yMax - yMin;
    if (range == 0) {
      // A flat chart (one point, constant values): centre it in a band of ±10 % (at least ±0.5).
      double half = Math.max(Math.abs(yMax) * 0.1, 0.5);
      yMin -= half;
      yMax += half;
      range = 2 * half;
    }
    // Headroom for what the overlay writes along the top: part labels, notes, icons.
    int rows = (model.partLabels().isEmpty() ? 0 : 1) + Math.min(model.notes().size(), 3);
    double top = 0.06 + 0.07 * rows + (style.variation().isPresent() ? 0.2 : 0);
    double low = yMin - range * 0.06;
    double high = yMax + range * top;
    // qi draws the axes and the panel title (Overlay), so that SVG has them as text: above the
    // plot the panel title; left of it the y title turned a quarter, a gap, the labels, a gap.
    int titleHeight = panelTitle.isEmpty() ? 0 : px(26, scale);
    // y ticks at least three label heights apart on the plot's height.
    double plotHeight =
        height
            - titleHeight
            - Overlay.xAxisHeight(!style.xLabel().isEmpty(), scale)
            - 2 * px(8, scale);
    List<XLabels.Tick> yTicks = YLabels.ticks(low, high, plotHeight, 3 * tickFont.getSize());
    double labels = 0;
    for (XLabels.Tick t : yTicks) {
      labels = Math.max(labels, Text.width(t.label(), tickFont));
    }
    double axis =
        (style.yLabel().isEmpty() ? 0 : titleFont.getSize() * 1.2 + px(6, scale))
            + labels
            + px(6, scale);
    Plot chart = new Plot(builder, yTicks, (int) Math.ceil(axis), titleHeight);
    XYStyler styler = chart.getStyler();
    styler.setChartTitleVisible(false);
    styler.setChartTitleFont(new Font(Text.FONT, Font.BOLD, px(15, scale)));
    // The axes are qi's own (Overlay): calendar-aligned x ticks, round y ticks, labels and titles
    // as text; the horizontal grid lines are series, drawn first, under the data.
    qiDrawsTheAxes(styler, Color.WHITE, px(8, scale), tickFont, titleFont);
    styler.setMarkerSize(px(9, scale));
    styler.setAntiAlias(true);
    styler.setCursorEnabled(false);
    styler.setToolTipsEnabled(false);
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    styler.setXAxisMin(0.4);
    styler.setXAxisMax(n + room - 0.4);
    styler.setYAxisMin(low);
    styler.setYAxisMax(high);
    for (XLabels.Tick t : yTicks) {
      XYSeries grid =
          chart.addSeries(
              "grid " + t.label(),
              // Beyond both ends: XChart keeps a margin inside the plot and clips series to it.
              new double[] {0.4 - (n + room), 2 * (n + room)},
              new double[] {t.position(), t.position()});
      grid.setMarker(SeriesMarkers.NONE);
      grid.setLineColor(GRID);
      // Solid: a dashed line reaches SVG and PDF as one small rectangle per dash.
      grid.setLineStyle(new BasicStroke((float) scale));
    }
    for (Model.Line line : model.lines()) {
      XYSeries s = chart.addSeries(line.kind().label(), line.x(), line.y());
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(colour(line.kind()));
      s.setLineStyle(stroke(line.kind(), scale));
    }
    Map<String, List<Model.Marker>> groups = new LinkedHashMap<>();
    for (Model.Marker m : model.markers()) {
      String key = m.category().label() + (m.hollow() ? " (excluded)" : "");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    for (Map.Entry<String, List<Model.Marker>> e : groups.entrySet()) {
      List<Model.Marker> ms = e.getValue();
      XYSeries s =
          chart.addSeries(
              "Points: " + e.getKey(),
              ms.stream().mapToDouble(Model.Marker::x).toArray(),
              ms.stream().mapToDouble(Model.Marker::y).toArray());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(new Dot(ms.get(0).hollow()));
      s.setMarkerColor(ms.get(0).category().colour());
    }
    chart.addAnnotation(new Overlay(chart, model, style, scale));
    return chart;
  }

  /**
   * Styles a chart whose legend, axes and grid qi draws itself ({@link Overlay}), so that SVG has
   * their words as text: XChart draws only the frame and the series, on {@code background}, and
   * keeps the fonts for qi to measure with.
   */
  static void qiDrawsTheAxes(
      XYStyler styler, Color background, int padding, Font tickFont, Font titleFont) {
    styler.setLegendVisible(false);
    styler.setChartBackgroundColor(background);
    styler.setPlotBackgroundColor(background);
    styler.setPlotBorderColor(new Color(0xbdbdbd));
    styler.setChartPadding(padding);
    styler.setPlotMargin(0);
    styler.setAxisTickLabelsFont(tickFont);
    styler.setAxisTitleFont(titleFont);
    styler.setAxisTickLabelsColor(new Color(0x444444));
    styler.setXAxisTicksVisible(false);
    styler.setXAxisTitleVisible(false);
    styler.setYAxisTicksVisible(false);
    styler.setYAxisTitleVisible(false);
    styler.setPlotGridLinesVisible(false);
  }

  /**
   * An XYChart whose axes and title qi draws ({@link Overlay}): the y ticks, and the room that the
   * y axis takes left of XChart's drawing and the panel title above it.
   */
  static final class Plot extends XYChart {
    private final List<XLabels.Tick> yTicks;
    private final int left;
    private final int top;

    Plot(XYChartBuilder builder, List<XLabels.Tick> yTicks, int left, int top) {
      super(builder);
      this.yTicks = List.copyOf(yTicks);
      this.left = left;
      this.top = top;
    }

    /** The y ticks, positioned in y values. */
    List<XLabels.Tick> yTicks() {
      return yTicks;
    }

    /** The width left of XChart's drawing that the y axis takes. */
    int left() {
      return left;
    }

    /** The height above XChart's drawing that the panel title takes. */
    int top() {
      return top;
    }
  }

  static Color colour(LineKind kind) {
    return switch (kind) {
      case DATA -> new Color(0x9a9a9a);
      case RAW -> new Color(0xd0d0d0);
      case CUSUM_UPPER -> new Color(0x4e79a7);
      case CUSUM_LOWER -> new Color(0x9c6b30);
      case CENTRE -> new Color(0x2b2b2b);
      // dashed, not coloured: orange means concern in "Making Data Count"
      case CENTRE_SHIFT -> new Color(0x2b2b2b);
      case CONTROL_LOWER, CONTROL_UPPER -> new Color(0x7a7a7a);
      case WARNING_LOWER, WARNING_UPPER -> new Color(0xa8a8a8);
      case TARGET -> new Color(0x2e7d32);
    };
  }

  private static BasicStroke stroke(LineKind kind, double scale) {
    float s = (float) scale;
    return switch (kind) {
      case DATA, CUSUM_UPPER, CUSUM_LOWER ->
          new BasicStroke(2f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
      case RAW -> new BasicStroke(1.2f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
      case CENTRE -> new BasicStroke(2f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
      case CENTRE_SHIFT -> dashed(2.2f * s, 8 * s, 5 * s);
      case CONTROL_LOWER, CONTROL_UPPER ->
          new BasicStroke(1.6f * s, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
      case WARNING_LOWER, WARNING_UPPER -> dashed(1.3f * s, 5 * s, 4 * s);
      case TARGET -> dashed(2f * s, 10 * s, 3 * s, 2 * s, 3 * s);
    };
  }

  private static BasicStroke dashed(float width, float... pattern) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, pattern, 0f);
  }

  static int px(double size, double scale) {
    return Math.max(7, (int) Math.round(size * scale));
  }

  /** The drawing scale of a w × h chart: 1 at 1000 × 560, between 0.6 and 2.5. */
  static double scale(int width, int height) {
    return Math.max(0.6, Math.min(2.5, Math.min(width / 1000.0, height / 560.0)));
  }
}
