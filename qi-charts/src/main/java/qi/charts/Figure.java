package qi.charts;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.MutableCommandSequence;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.SetFontCommand;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole image: a header (title, subtitle) above one chart or a grid of panels, encoded as PNG,
 * SVG or PDF. SVG gets one invisible hover target per point, with the point's tooltip.
 */
final class Figure {
  private static final Color INK = new Color(0x1a1a1a);
  private static final Color MUTED = new Color(0x555555);
  private static final Object VECTOR_LOCK = new Object();

  /**
   * Each logical font as a physical one of the same style and size, for VectorGraphics2D's SVG
   * writer, which otherwise finds the physical font at every text by measuring every installed
   * font. The family is that of the physical font behind {@link Text#FONT}, found once.
   */
  private static final Map<Font, Font> PHYSICAL_FONTS = new ConcurrentHashMap<>();

  /** One chart of the figure at (x, y). */
  record Cell(XCharts.Plot chart, Model model, int x, int y, int width, int height) {}

  private final String title;
  private final String subtitle;
  private final int width;
  private final int height;
  private final double scale;
  private final List<Cell> panels;
  private final boolean key;

  private Figure(
      String title,
      String subtitle,
      int width,
      int height,
      double scale,
      List<Cell> panels,
      boolean key) {
    this.key = key;
    this.title = title;
    this.subtitle = subtitle;
    this.width = width;
    this.height = height;
    this.scale = scale;
    this.panels = List.copyOf(panels);
  }

  /**
   * The height of the header for these texts at this scale; with a key and no title, the key gets a
   * row of its own (a chart without a title still explains its colours).
   */
  static int headerHeight(String title, String subtitle, boolean key, double scale) {
    double h = 6 * scale;
    if (!title.isEmpty() || key) {
      h += 34 * scale;
    }
    if (!subtitle.isEmpty()) {
      h += 24 * scale;
    }
    return (int) Math.ceil(h);
  }

  /** The models drawn, one per panel, in order. */
  List<Model> models() {
    return panels.stream().map(Cell::model).toList();
  }

  /** Whether the models have points to explain: any colour besides common cause, or hollow. */
  static boolean needsKey(List<Model> models) {
    for (Model m : models) {
      for (Model.Marker marker : m.markers()) {
        if (marker.category() != PointCategory.COMMON_CAUSE || marker.hollow()) {
          return true;
        }
      }
    }
    return false;
  }

  /** One chart; {@code key}: whether to draw the key to its point colours. */
  static Figure single(Model model, ChartStyle style, boolean key) {
    double scale = XCharts.scale(style.width(), style.height());
    key &= needsKey(List.of(model));
    int header = headerHeight(style.title(), style.subtitle(), key, scale);
    int h = style.height() - header;
    XCharts.Plot chart =
        XCharts.chart(model, style, "", style.width(), h, model.yMin(), model.yMax(), scale);
    return new Figure(
        style.title(),
        style.subtitle(),
        style.width(),
        style.height(),
        scale,
        List.of(new Cell(chart, model, 0, header, style.width(), h)),
        key);
  }

  static Figure grid(ChartStyle style, double scale, List<Cell> panels, boolean key) {
    return new Figure(
        style.title(), style.subtitle(), style.width(), style.height(), scale, panels, key);
  }

  List<Cell> panels() {
    return panels;
  }

  void paint(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    double y = 6 * scale;
    double x = 12 * scale;
    if (!title.isEmpty() || key) {
      Font font = new Font(Text.FONT, Font.BOLD, XCharts.px(22, scale));
      y += 26 * scale;
      double keyWidth = key ? key(g, width - x, y) : 0;
      Text.draw(
          g, Text.fit(title, font, width - 2 * x - keyWidth), font, INK, x, y, Text.Align.LEFT);
      y += 8 * scale;
    }
    if (!subtitle.isEmpty()) {
      Font font = new Font(Text.FONT, Font.PLAIN, XCharts.px(15, scale));
      y += 18 * scale;
      Text.draw(g, Text.fit(subtitle, font, width - 2 * x), font, MUTED, x, y, Text.Align.LEFT);
    }
    for (Cell p : panels) {
      Graphics2D pg = (Graphics2D) g.create(p.x(), p.y(), p.width(), p.height());
      try {
        // Around XChart's drawing, the overlay writes the axes and the panel title: leave them room
        // below, left and above.
        XCharts.Plot chart = p.chart();
        pg.translate(chart.left(), chart.top());
        chart.paint(
            pg, p.width() - chart.left(), p.height() - chart.top() - Overlay.xAxisHeight(chart));
      } finally {
        pg.dispose();
      }
    }
  }

  /**
   * Draws, right-aligned at {@code right} on baseline {@code y}, a key to the point colours that
   * the figure uses besides common cause (e.g. "● Outside the limits ○ Excluded"), and returns its
   * width (0 when there is nothing to explain).
   */
  private double key(Graphics2D g, double right, double y) {
    java.util.Set<PointCategory> used = java.util.EnumSet.noneOf(PointCategory.class);
    boolean hollow = false;
    for (Cell p : panels) {
      for (Model.Marker m : p.model().markers()) {
        used.add(m.category());
        hollow |= m.hollow();
      }
    }
    used.remove(PointCategory.COMMON_CAUSE);
    Font font = new Font(Text.FONT, Font.PLAIN, XCharts.px(13, scale));
    double r = 4.5 * scale;
    double gap = 14 * scale;
    double start = right;
    java.util.List<Object[]> items = new java.util.ArrayList<>();
    for (PointCategory c : used) {
      items.add(new Object[] {c.label(), c.colour(), false});
    }
    if (hollow) {
      items.add(new Object[] {"Excluded", PointCategory.COMMON_CAUSE.colour(), true});
    }
    for (int i = items.size() - 1; i >= 0; i--) {
      String label = (String) items.get(i)[0];
      start -= Text.width(label, font);
      Text.draw(g, label, font, MUTED, start, y, Text.Align.LEFT);
      start -= r + 4 * scale;
      java.awt.geom.Ellipse2D dot =
          new java.awt.geom.Ellipse2D.Double(
              start - r, y - font.getSize() * 0.35 - r, 2 * r, 2 * r);
      g.setColor((Color) items.get(i)[1]);
      if ((boolean) items.get(i)[2]) {
        g.setStroke(new java.awt.BasicStroke((float) (1.5 * scale)));
        g.draw(dot);
      } else {
        g.fill(dot);
      }
      start -= r + gap;
    }
    return right - start;
  }

  byte[] png() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g);
    } finally {
      g.dispose();
    }
    return Png.encode(image);
  }

  /** A one-page PDF where one pixel is one point (1/72 inch). */
  byte[] pdf() {
    return vector(new PDFProcessor(true), 25.4 / 72, false);
  }

  /**
   * The figure as an SVG document (no XML prolog or DOCTYPE, so that it can be inlined in HTML),
   * with a {@code <title>}, and one transparent {@code circle.qi-point} per point carrying its
   * tooltip.
   */
  String svg(String accessibleTitle) {
    // painted first: the charts know where their points are once XChart has laid them out
    byte[] svg = vector(new SVGProcessor(), 1, true);
    StringBuilder points = new StringBuilder(4096);
    double r = Math.max(6, 9 * scale);
    for (Cell p : panels) {
      for (Model.Marker m : p.model().markers()) {
        double cx = p.x() + p.chart().left() + p.chart().getScreenXFromChart(m.x());
        double cy = p.y() + p.chart().top() + p.chart().getScreenYFromChart(m.y());
        points.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"qi-point\" data-index=\"%d\" data-category=\"%s\""
                    + " cx=\"%.2f\" cy=\"%.2f\" r=\"%.1f\"><title>%s</title></circle>\n",
                m.index(),
                m.category().name().toLowerCase(Locale.ROOT),
                cx,
                cy,
                r,
                Markup.escape(
                    (panels.size() > 1 ? p.chart().getTitle() + "\n" : "")
                        + Model.tooltip(
                            p.model().points().get(m.index() - 1), p.model().words()))));
      }
    }
    return svgDocument(svg, accessibleTitle, points);
  }

  /**
   * A drawing's SVG from VectorGraphics2D as qi writes it: no XML prolog or DOCTYPE (so that it can
   * be inlined in HTML), {@code role="img"}, a {@code <title>}, qi's style sheet and last the hover
   * marks, {@code points} ({@code circle.qi-point} elements carrying their tooltips). The style
   * sheet gives the font list with fallbacks (VectorGraphics2D names the one physical font Java
   * used, which is removed) and 12 px, the size VectorGraphics2D leaves out (its default font's).
   */
  static String svgDocument(byte[] vectorSvg, String accessibleTitle, CharSequence points) {
    String svg =
        new String(vectorSvg, StandardCharsets.UTF_8)
            .replaceAll("font-family:&quot;[^&\"]*&quot;;", "");
    int start = svg.indexOf("<svg");
    int open = svg.indexOf('>', start) + 1;
    int close = svg.lastIndexOf("</svg>");
    StringBuilder out = new StringBuilder(svg.length() + points.length() + 1024);
    out.append(svg, start, open - 1).append(" role=\"img\" class=\"qi-chart\">\n");
    out.append("<title>").append(Markup.escape(accessibleTitle)).append("</title>\n");
    out.append(
        "<style>text{font-family:"
            + Text.CSS_FONTS
            + ";font-size:12px;white-space:pre}"
            + ".qi-point{fill:#000;fill-opacity:0;stroke:none;cursor:crosshair}"
            + ".qi-point:hover{fill-opacity:0.15;stroke:#000;stroke-width:1.5}</style>\n");
    out.append(svg, open, close);
    out.append("<g class=\"qi-points\">\n").append(points).append("</g>\n</svg>\n");
    return out.toString();
  }

  /**
   * The figure through VectorGraphics2D, whose page unit is {@code unit} pixels (mm for PDF); qi's
   * texts as text elements when {@code textAsText} (SVG), else as outlines.
   */
  private byte[] vector(
      de.erichseifert.vectorgraphics2d.Processor processor, double unit, boolean textAsText) {
    return vector(processor, unit, width, height, this::paint, textAsText);
  }

  /** {@code font} in the physical family behind {@link Text#FONT} (see {@link #PHYSICAL_FONTS}). */
  private static Font physical(Font font) {
    return PhysicalFamily.FONT.deriveFont(font.getStyle(), font.getSize2D());
  }

  /** The physical font behind {@link Text#FONT}, found when first needed. */
  private static final class PhysicalFamily {
    static final Font FONT = GraphicsUtils.getPhysicalFont(new Font(Text.FONT, Font.PLAIN, 12));
  }

  /**
   * A drawing of {@code width} × {@code height} pixels by {@code painter}, through
   * VectorGraphics2D, whose page unit is {@code unit} pixels (mm for PDF); qi's texts as text
   * elements when {@code textAsText} (SVG), else as outlines.
   */
  static byte[] vector(
      de.erichseifert.vectorgraphics2d.Processor processor,
      double unit,
      int width,
      int height,
      java.util.function.Consumer<Graphics2D> painter,
      boolean textAsText) {
    VectorGraphics2D g = new VectorGraphics2D();
    g.scale(unit, unit);
    g.setRenderingHint(Text.AS_TEXT, textAsText);
    painter.accept(g);
    // Outlines draw nothing with a font, so font changes are dropped where no text is written as
    // text: that spares VectorGraphics2D a search of the system fonts at each one (most of its
    // PDF time).
    MutableCommandSequence commands = new MutableCommandSequence();
    for (Command<?> command : g.getCommands()) {
      if (!(command instanceof SetFontCommand font)) {
        commands.add(command);
      } else if (textAsText) {
        commands.add(
            new SetFontCommand(PHYSICAL_FONTS.computeIfAbsent(font.getValue(), Figure::physical)));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    // VectorGraphics2D formats every number of a document through one static DecimalFormat, which
    // is not thread-safe: one document written at a time (drawings are recorded in parallel).
    synchronized (VECTOR_LOCK) {
      Document doc =
          processor.getDocument(commands, new PageSize(0, 0, width * unit, height * unit));
      try {
        doc.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toByteArray();
  }
}
