package qi.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qi.core.result.Facet;

/**
 * A grid of small charts, one panel per {@link Facet} (a unit, a ward, a site), with a shared or a
 * free y scale. An immutable value: every method returns a new one.
 *
 * <pre>{@code
 * byte[] png = SmallMultiples.of(List.of(new Facet("Ward A", a), new Facet("Ward B", b)))
 *     .style(ChartStyle.withDefaults().title("Falls per 1,000 bed days").size(1200, 800))
 *     .columns(2)
 *     .render(OutputFormat.PNG);
 * }</pre>
 *
 * <p>The style's size is that of the whole grid; its title and subtitle head the grid, and its y
 * label, warning limits, target and notes apply to every panel (a note outside a panel's x range is
 * placed at its nearer end). NHS icons are not drawn on panels.
 */
public final class SmallMultiples {
  /** The most panels a grid draws. */
  public static final int MAX_FACETS = 100;

  private final List<Facet> facets;
  private final ChartStyle style;
  private final int columns;
  private final boolean sharedY;

  private SmallMultiples(List<Facet> facets, ChartStyle style, int columns, boolean sharedY) {
    this.facets = List.copyOf(facets);
    this.style = style;
    this.columns = columns;
    this.sharedY = sharedY;
  }

  /**
   * A grid of these facets in order, with the default style, ⌈√n⌉ columns and a shared y scale.
   *
   * @throws IllegalArgumentException when there are no facets or more than {@value #MAX_FACETS}
   */
  public static SmallMultiples of(List<Facet> facets) {
    Objects.requireNonNull(facets, "facets");
    if (facets.isEmpty() || facets.size() > MAX_FACETS) {
      throw new IllegalArgumentException(
          "facets (" + facets.size() + ") must number between 1 and " + MAX_FACETS);
    }
    facets.forEach(f -> Objects.requireNonNull(f.name(), "facet name"));
    return new SmallMultiples(
        facets,
        ChartStyle.withDefaults().size(1200, 800),
        (int) Math.ceil(Math.sqrt(facets.size())),
        true);
  }

  /** The style of the grid (size of the whole image, title, y label, …). */
  public SmallMultiples style(ChartStyle style) {
    return new SmallMultiples(facets, Objects.requireNonNull(style, "style"), columns, sharedY);
  }

  /**
   * The number of columns (≥ 1).
   *
   * @throws IllegalArgumentException when columns is less than 1
   */
  public SmallMultiples columns(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns (" + columns + ") must be >= 1");
    }
    return new SmallMultiples(facets, style, columns, sharedY);
  }

  /** Whether all panels share one y scale (default true) or each fits its own data. */
  public SmallMultiples sharedY(boolean shared) {
    return new SmallMultiples(facets, style, columns, shared);
  }

  public List<Facet> facets() {
    return facets;
  }

  public int columns() {
    return Math.min(columns, facets.size());
  }

  public boolean isSharedY() {
    return sharedY;
  }

  /** The grid in {@code format}; HTML has a verdict and summary table per facet. */
  public byte[] render(OutputFormat format) {
    Objects.requireNonNull(format, "format");
    return ChartRenderer.encode(this::figure, style, format, facets);
  }

  /** Writes the grid to {@code file}, in the format of its extension. */
  public void write(Path file) throws IOException {
    Files.write(file, render(ChartRenderer.formatOf(file)));
  }

  Figure figure() {
    return figure(style, true);
  }

  private Figure figure(ChartStyle style, boolean withKey) {
    int cols = columns();
    int rows = (facets.size() + cols - 1) / cols;
    double scale = XCharts.scale(style.width(), style.height());
    int cellW = style.width() / cols;
    double panelScale = Math.max(0.7, Math.min(scale, 1.2) * 0.85);
    // The models do not depend on the panel size, only the drawing does: build them first, to know
    // whether the header needs a row for the key.
    ChartStyle panelStyle =
        ChartStyle.withDefaults()
            .size(Math.max(cellW, 100), 100)
            .yLabel(style.yLabel())
            .xLabel(style.xLabel())
            .warningLimits(style.hasWarningLimits())
            .notes(style.notes());
    if (!Double.isNaN(style.target())) {
      panelStyle = panelStyle.target(style.target());
    }
    List<Model> models = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Facet f : facets) {
      Model m = Model.of(f.analysis(), panelStyle);
      models.add(m);
      min = Math.min(min, m.yMin());
      max = Math.max(max, m.yMax());
    }
    boolean key = withKey && Figure.needsKey(models);
    int header = Figure.headerHeight(style.title(), style.subtitle(), key, scale);
    int cellH = (style.height() - header) / rows;
    panelStyle = panelStyle.size(Math.max(cellW, 100), Math.max(cellH, 100));
    List<Figure.Cell> panels = new ArrayList<>();
    for (int i = 0; i < facets.size(); i++) {
      Model m = models.get(i);
      int x = (i % cols) * cellW;
      int y = header + (i / cols) * cellH;
      var chart =
          XCharts.chart(
              m,
              panelStyle,
              facets.get(i).name().isBlank() ? "(blank)" : facets.get(i).name(),
              cellW,
              cellH,
              sharedY ? min : m.yMin(),
              sharedY ? max : m.yMax(),
              panelScale);
      panels.add(new Figure.Cell(chart, m, x, y, cellW, cellH));
    }
    return Figure.grid(style, scale, panels, key);
  }
}
