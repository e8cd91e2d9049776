package qi.charts;

import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import qi.core.funnel.Funnel;
import qi.core.funnel.LimitLevel;
import qi.core.funnel.LimitPoint;
import qi.core.funnel.Side;
import qi.core.funnel.UnitResult;

/**
 * Draws a {@link Funnel} as a funnel plot: PNG, SVG, PDF, or a self-contained HTML page with the
 * verdict and a table of the units. It computes no statistic; everything drawn comes from the
 * funnel.
 *
 * <pre>{@code
 * Funnel f = FunnelPlot.of(FunnelType.SR, rows).analyze();
 * byte[] png = FunnelChart.render(f, ChartStyle.withDefaults().title("SHMI"), OutputFormat.PNG);
 * }</pre>
 *
 * <p>What the plot shows: each unit as a point at (denominator, value), red when it lies outside
 * the limits in use and labelled with its name; the target as a horizontal line; the 95 % and 99.8
 * % limit curves in use (overdispersion-adjusted when the funnel is adjusted, else unadjusted) in
 * FunnelPlotR's colours; y from 0.7 × target to 1.3 × target, widened to take every unit. In SVG
 * and HTML, hovering over a point shows its unit, counts, value and limits.
 */
public final class FunnelChart {
  private static final Color INK = new Color(0x333333);
  private static final Color TARGET = new Color(0x1a1a1a);
  private static final Color POINT = new Color(0x4d4d4d);
  private static final Color OUTLIER = PointCategory.SPECIAL_CAUSE.colour();
  // FunnelPlotR 0.5.0's default plot_cols: 95 % and 99.8 % unadjusted, then adjusted
  private static final Color[] PLAIN = {new Color(0xFF7F0E), new Color(0x1F77B4)};
  private static final Color[] ADJUSTED = {new Color(0x9467BD), new Color(0x2CA02C)};

  private FunnelChart() {}

  /** The plot of {@code funnel} in {@code format}: image bytes, or UTF-8 SVG or HTML text. */
  public static byte[] render(Funnel funnel, ChartStyle style, OutputFormat format) {
    Objects.requireNonNull(funnel, "funnel");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case PNG -> png(funnel, chart(funnel, style), style);
      case PDF ->
          Figure.vector(
              new PDFProcessor(true), 25.4 / 72, w(style), h(style), paint(funnel, style), false);
      case SVG ->
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(funnel, style))
              .getBytes(StandardCharsets.UTF_8);
      case HTML ->
          FunnelReport.html(funnel, style, svg(funnel, style.title("")))
              .getBytes(StandardCharsets.UTF_8);
    };
  }

  private static int w(ChartStyle style) {
    return style.width();
  }

  private static int h(ChartStyle style) {
    return style.height();
  }

  private static java.util.function.Consumer<Graphics2D> paint(Funnel funnel, ChartStyle style) {
    XCharts.Plot chart = chart(funnel, style);
    return g -> draw(funnel, chart, g, style);
  }

  /**
   * Paints, in the room the axes leave, the grid and limit curves, XChart's drawing over them
   * (frame, target, points), then every word with {@link Text} (as text in SVG): axes, title,
   * legend and the outliers' names.
   */
  private static void draw(Funnel funnel, XCharts.Plot chart, Graphics2D g, ChartStyle style) {
    double scale = XCharts.scale(style.width(), style.height());
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    // smooth curves: without it Java2D snaps each of the grid's short segments to whole pixels
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, style.width(), style.height());
    Graphics2D pg = (Graphics2D) g.create();
    try {
      pg.translate(chart.left(), chart.top());
      int width = style.width() - chart.left();
      int height = style.height() - chart.top() - Overlay.xAxisHeight(true, scale);
      // Laid out once on a scratch image, so that the grid and curves go under XChart's drawing
      // (transparent but for the frame, the target and the points) where it will place them.
      Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
      try {
        chart.paint(scratch, width, height);
      } finally {
        scratch.dispose();
      }
      under(funnel, chart, pg, scale);
      chart.paint(pg, width, height);
      words(funnel, chart, pg, scale);
    } finally {
      pg.dispose();
    }
  }

  private static void words(Funnel funnel, XCharts.Plot chart, Graphics2D g, double scale) {
    XYStyler styler = chart.getStyler();
    double xMax = styler.getXAxisMax();
    double left = chart.getScreenXFromChart(0);
    double right = chart.getScreenXFromChart(xMax);
    double top = chart.getScreenYFromChart(styler.getYAxisMax());
    double bottom = chart.getScreenYFromChart(styler.getYAxisMin());
    Font tickFont = styler.getAxisTickLabelsFont();
    Overlay.xAxis(
        g, chart, xTicks(xMax, right - left, tickFont, scale), scale, left, right, bottom);
    Overlay.yAxis(g, chart, scale, left, right, top, bottom);
    // The outliers' names, a little above (below, for a low one) their points.
    Font small = new Font(Text.FONT, Font.PLAIN, XCharts.px(12, scale));
    double offset = (bottom - top) * 0.035;
    for (UnitResult u : funnel.units()) {
      if (u.outlier() && Double.isFinite(u.value())) {
        double y = chart.getScreenYFromChart(u.value()) + (u.side() == Side.LOW ? offset : -offset);
        Text.draw(
            g,
            u.unit(),
            small,
            OUTLIER.darker(),
            chart.getScreenXFromChart(u.denominator()),
            y + small.getSize() * 0.35,
            Text.Align.CENTRE);
      }
    }
    legend(funnel, g, small, right, top, scale);
  }

  /** The legend in the plot's top-right corner: a line or a dot, and its name, per row. */
  private static void legend(
      Funnel funnel, Graphics2D g, Font font, double right, double top, double scale) {
    boolean adjusted = funnel.adjusted();
    Color[] colours = adjusted ? ADJUSTED : PLAIN;
    String kind = adjusted ? " (adjusted)" : "";
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"95% limits" + kind, colours[0], false});
    rows.add(new Object[] {"99.8% limits" + kind, colours[1], false});
    rows.add(new Object[] {"Target " + Model.number(funnel.target()), TARGET, false});
    boolean within = funnel.units().stream().anyMatch(u -> !u.outlier());
    boolean outside = funnel.units().stream().anyMatch(UnitResult::outlier);
    if (within) {
      rows.add(new Object[] {"Units", POINT, true});
    }
    if (outside) {
      rows.add(new Object[] {outliers(funnel), OUTLIER, true});
    }
    double pad = 6 * scale;
    double swatch = 22 * scale;
    double line = font.getSize() * 1.5;
    double width = 0;
    for (Object[] row : rows) {
      width = Math.max(width, Text.width((String) row[0], font));
    }
    double boxWidth = pad + swatch + pad + width + pad;
    double x = right - 8 * scale - boxWidth;
    double y = top + 8 * scale;
    Rectangle2D box = new Rectangle2D.Double(x, y, boxWidth, rows.size() * line + pad);
    g.setColor(Color.WHITE);
    g.fill(box);
    g.setColor(new Color(0xdddddd));
    g.setStroke(new BasicStroke((float) scale));
    g.draw(box);
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      double mid = y + pad / 2 + (i + 0.5) * line;
      g.setColor((Color) row[1]);
      if ((boolean) row[2]) {
        double r = 4 * scale;
        g.fill(new Ellipse2D.Double(x + pad + swatch / 2 - r, mid - r, 2 * r, 2 * r));
      } else {
        g.setStroke(new BasicStroke((float) (1.6 * scale)));
        g.draw(new Line2D.Double(x + pad, mid, x + pad + swatch, mid));
      }
      Text.draw(
          g,
          (String) row[0],
          font,
          INK,
          x + 2 * pad + swatch,
          mid + font.getSize() * 0.35,
          Text.Align.LEFT);
    }
  }

  /** Round ticks from 0 to {@code xMax} on a plot {@code pixels} wide, their labels apart. */
  private static List<XLabels.Tick> xTicks(double xMax, double pixels, Font font, double scale) {
    double label = Math.max(Text.width(Long.toString((long) xMax), font), Text.width("0.00", font));
    return YLabels.ticks(0, xMax, pixels, label + 2 * XCharts.px(12, scale));
  }

  private static byte[] png(Funnel funnel, XCharts.Plot chart, ChartStyle style) {
    BufferedImage image =
        new BufferedImage(style.width(), style.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      draw(funnel, chart, g, style);
    } finally {
      g.dispose();
    }
    return Png.encode(image);
  }

  /** The SVG (no prolog), with one transparent hover circle per unit carrying its tooltip. */
  static String svg(Funnel funnel, ChartStyle style) {
    XCharts.Plot chart = chart(funnel, style);
    // painted first: the chart knows where its points are once XChart has laid it out
    byte[] svg =
        Figure.vector(
            new SVGProcessor(),
            1,
            style.width(),
            style.height(),
            g -> draw(funnel, chart, g, style),
            true);
    StringBuilder points = new StringBuilder(8192);
    for (UnitResult u : funnel.units()) {
      points.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"qi-point\" data-side=\"%s\" cx=\"%.2f\" cy=\"%.2f\" r=\"7\">"
                  + "<title>%s</title></circle>\n",
              u.side().name().toLowerCase(Locale.ROOT),
              chart.left() + chart.getScreenXFromChart(u.denominator()),
              chart.top() + chart.getScreenYFromChart(u.value()),
              Markup.escape(tooltip(funnel, u))));
    }
    return Figure.svgDocument(svg, style.title().isEmpty() ? "Funnel plot" : style.title(), points);
  }

  /** The hover text of a unit: name, counts, value and the limits in use. */
  static String tooltip(Funnel funnel, UnitResult u) {
    LimitLevel level = funnel.limit();
    boolean adjusted = funnel.adjusted();
    double lower =
        level == LimitLevel.P95
            ? (adjusted ? u.lcl95Adjusted() : u.lcl95())
            : (adjusted ? u.lcl998Adjusted() : u.lcl998());
    double upper =
        level == LimitLevel.P95
            ? (adjusted ? u.ucl95Adjusted() : u.ucl95())
            : (adjusted ? u.ucl998Adjusted() : u.ucl998());
    String where =
        switch (u.side()) {
          case HIGH -> "above the upper limit";
          case LOW -> "below the lower limit";
          case WITHIN -> "within the limits";
        };
    return u.unit()
        + "\n"
        + Model.number(u.numerator())
        + " / "
        + Model.number(u.denominator())
        + " = "
        + Model.number(u.value())
        + "\n"
        + FunnelReport.levelName(funnel)
        + " limits: "
        + Model.number(lower)
        + " to "
        + Model.number(upper)
        + "\n"
        + where;
  }

  /**
   * The XChart chart: grid, limit curves, target and units; its texts hidden, as qi writes them
   * ({@link #draw}).
   */
  static XCharts.Plot chart(Funnel funnel, ChartStyle style) {
    double scale = XCharts.scale(style.width(), style.height());
    Font tickFont = new Font(Text.FONT, Font.PLAIN, XCharts.px(14, scale));
    Font titleFont = new Font(Text.FONT, Font.PLAIN, XCharts.px(15, scale));
    double[] y = yRange(funnel);
    double xMax = 0;
    for (UnitResult u : funnel.units()) {
      xMax = Math.max(xMax, u.denominator());
    }
    xMax = Math.ceil(xMax * 1.04);
    // As a control chart (XCharts.chart): room above for the title, left for the y axis.
    int padding = XCharts.px(8, scale);
    int titleHeight = style.title().isEmpty() ? 0 : XCharts.px(32, scale);
    double plotHeight =
        style.height() - titleHeight - Overlay.xAxisHeight(true, scale) - 2 * padding;
    List<XLabels.Tick> yTicks = YLabels.ticks(y[0], y[1], plotHeight, 3 * tickFont.getSize());
    double labels = 0;
    for (XLabels.Tick t : yTicks) {
      labels = Math.max(labels, Text.width(t.label(), tickFont));
    }
    int axis =
        (int)
            Math.ceil(
                titleFont.getSize() * 1.2 + XCharts.px(6, scale) + labels + XCharts.px(6, scale));
    XCharts.Plot chart =
        new XCharts.Plot(
            new XYChartBuilder()
                .width(style.width() - axis)
                .height(style.height() - titleHeight)
                .title(style.title())
                .xAxisTitle(style.xLabel().isEmpty() ? xLabel(funnel) : style.xLabel())
                .yAxisTitle(style.yLabel().isEmpty() ? yLabel(funnel) : style.yLabel()),
            yTicks,
            axis,
            titleHeight);
    XYStyler styler = chart.getStyler();
    styler.setChartTitleVisible(false);
    styler.setChartTitleFont(new Font(Text.FONT, Font.BOLD, XCharts.px(20, scale)));
    // qi writes the axes (Overlay.xAxis, Overlay.yAxis); the grid lines are series, drawn first.
    XCharts.qiDrawsTheAxes(styler, new Color(0, 0, 0, 0), padding, tickFont, titleFont);
    // The axes span the plot's frame: the ticks qi writes at 0 and at the y range's ends sit on it.
    styler.setPlotContentSize(1);
    styler.setMarkerSize(XCharts.px(8, scale));
    styler.setAntiAlias(true);
    styler.setToolTipsEnabled(false);
    styler.setXAxisMin(0.0);
    styler.setXAxisMax(xMax);
    styler.setYAxisMin(y[0]);
    styler.setYAxisMax(y[1]);
    XYSeries target =
        chart.addSeries(
            "Target " + Model.number(funnel.target()),
            new double[] {0, xMax},
            new double[] {funnel.target(), funnel.target()});
    target.setMarker(SeriesMarkers.NONE);
    target.setLineColor(TARGET);
    target.setLineStyle(new BasicStroke((float) (1.5 * scale)));
    points(chart, funnel, false, "Units", POINT);
    points(chart, funnel, true, outliers(funnel), OUTLIER);
    return chart;
  }

  /**
   * The legend's name of the units that are flagged: both levels are drawn, as FunnelPlotR draws
   * them, so the name says which one flags.
   */
  static String outliers(Funnel funnel) {
    return "Outside the " + (funnel.limit() == LimitLevel.P95 ? "95%" : "99.8%") + " limits";
  }

  /** A limit curve: its colour and its points, in chart values. */
  record Curve(Color colour, double[] x, double[] y) {}

  /**
   * The limit curves in use, upper and lower per level, in FunnelPlotR's colours, each ended on the
   * edge of the y range {@code y} where it leaves it.
   */
  static List<Curve> curves(Funnel funnel, double[] y) {
    List<LimitPoint> grid = funnel.limits();
    boolean adjusted = funnel.adjusted();
    Color[] colours = adjusted ? ADJUSTED : PLAIN;
    LimitLevel[] levels = {LimitLevel.P95, LimitLevel.P998};
    List<Curve> curves = new ArrayList<>();
    for (int l = 0; l < 2; l++) {
      LimitLevel level = levels[l];
      curves.add(curve(grid, p -> p.upper(level, adjusted), colours[l], y));
      curves.add(curve(grid, p -> p.lower(level, adjusted), colours[l], y));
    }
    curves.removeIf(c -> c.x().length == 0);
    return curves;
  }

  private static Curve curve(
      List<LimitPoint> grid,
      java.util.function.ToDoubleFunction<LimitPoint> limit,
      Color colour,
      double[] y) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double[] v = grid.stream().mapToDouble(limit).toArray();
    for (int i = 0; i < v.length; i++) {
      boolean inside = v[i] >= y[0] && v[i] <= y[1];
      boolean besideInside =
          (i > 0 && v[i - 1] >= y[0] && v[i - 1] <= y[1])
              || (i + 1 < v.length && v[i + 1] >= y[0] && v[i + 1] <= y[1]);
      if (Double.isFinite(v[i]) && (inside || besideInside)) {
        xs.add(grid.get(i).denominator());
        ys.add(Math.max(y[0], Math.min(y[1], v[i])));
      }
    }
    return new Curve(
        colour,
        xs.stream().mapToDouble(Double::doubleValue).toArray(),
        ys.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * The grid lines and the limit curves, under XChart's target and points: each curve one path (one
   * SVG element, where XChart writes a line per grid step).
   */
  private static void under(Funnel funnel, XCharts.Plot chart, Graphics2D g, double scale) {
    XYStyler styler = chart.getStyler();
    double xMax = styler.getXAxisMax();
    double[] y = {styler.getYAxisMin(), styler.getYAxisMax()};
    double left = chart.getScreenXFromChart(0);
    double right = chart.getScreenXFromChart(xMax);
    double top = chart.getScreenYFromChart(y[1]);
    double bottom = chart.getScreenYFromChart(y[0]);
    g.setColor(new Color(0xeeeeee));
    g.setStroke(new BasicStroke((float) scale));
    Font tickFont = styler.getAxisTickLabelsFont();
    for (XLabels.Tick t : xTicks(xMax, right - left, tickFont, scale)) {
      double x = chart.getScreenXFromChart(t.position());
      g.draw(new Line2D.Double(x, top, x, bottom));
    }
    for (XLabels.Tick t : chart.yTicks()) {
      double v = chart.getScreenYFromChart(t.position());
      g.draw(new Line2D.Double(left, v, right, v));
    }
    g.setStroke(
        new BasicStroke((float) (1.6 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (Curve c : curves(funnel, y)) {
      Path2D path = new Path2D.Double();
      path.moveTo(chart.getScreenXFromChart(c.x()[0]), chart.getScreenYFromChart(c.y()[0]));
      for (int i = 1; i < c.x().length; i++) {
        path.lineTo(chart.getScreenXFromChart(c.x()[i]), chart.getScreenYFromChart(c.y()[i]));
      }
      g.setColor(c.colour());
      g.draw(path);
    }
  }

  private static void points(XYChart chart, Funnel funnel, boolean outliers, String name, Color c) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (UnitResult u : funnel.units()) {
      if (u.outlier() == outliers && Double.isFinite(u.value())) {
        xs.add(u.denominator());
        ys.add(u.value());
      }
    }
    if (xs.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(name, xs, ys);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(new Dot(false));
    s.setMarkerColor(c);
  }

  /**
   * FunnelPlotR's automatic y range: from min(0.7 × target, 0.9 × lowest value) to max(1.3 ×
   * target, 1.1 × highest value).
   */
  static double[] yRange(Funnel funnel) {
    double low = 0.7 * funnel.target();
    double high = 1.3 * funnel.target();
    for (UnitResult u : funnel.units()) {
      if (Double.isFinite(u.value())) {
        low = Math.min(low, 0.9 * u.value());
        high = Math.max(high, 1.1 * u.value());
      }
    }
    if (high <= low) {
      high = low + 1;
    }
    return new double[] {low, high};
  }

  private static String xLabel(Funnel funnel) {
    return switch (funnel.type()) {
      case SR -> "Expected";
      case PR, RC -> "n";
    };
  }

  private static String yLabel(Funnel funnel) {
    return switch (funnel.type()) {
      case SR -> "Standardised ratio";
      case PR -> "Proportion";
      case RC -> "Ratio";
    };
  }
}
