package qi.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import qi.core.result.Analysis;
import qi.core.result.Facet;

/**
 * Draws an {@link Analysis} as a run or control chart: PNG, SVG, PDF, or a self-contained HTML
 * report. It computes no statistic; everything drawn comes from the analysis and the {@link
 * ChartStyle}.
 *
 * <pre>{@code
 * Analysis a = ControlChart.of(ChartType.I, series).parts(24).analyze();
 * byte[] png = ChartRenderer.render(a, ChartStyle.withDefaults().title("Time to triage"),
 *     OutputFormat.PNG);
 * ChartRenderer.write(a, style, Path.of("target/triage.html"));   // format from the extension
 * }</pre>
 *
 * <p>What the chart shows: the data line with a marker per point; the centre line (the median of a
 * run chart), drawn dashed orange in a part whose runs analysis signals a shift; the 3σ control
 * limits, and the 2σ warning limits when {@link ChartStyle#warningLimits} asks, as step lines that
 * follow per-point limits; a break in every line between parts and a label per part; a dashed line
 * where the frozen baseline ends; excluded points hollow; points coloured by {@link
 * PointCategory#of}; the target; the notes; the last part's centre line and limits as numbers; x
 * labels formatted by the period of the dates; and, when set, the NHS icons.
 *
 * <p>Rendering needs no display ({@code java.awt.headless=true} works) and is thread-safe: each
 * call builds its own chart (SVG, PDF and HTML are encoded one at a time, as the vector library
 * shares a number formatter).
 *
 * <p>Performance: a 24-point chart renders to PNG in tens of milliseconds in a warm JVM; SVG and
 * PDF take longer (every glyph is written as an outline).
 */
public final class ChartRenderer {
  private ChartRenderer() {}

  /**
   * The chart of {@code analysis} in {@code format}: image bytes, or the UTF-8 bytes of the SVG or
   * HTML text.
   *
   * @throws IllegalArgumentException when a note's x cannot be placed on the chart
   */
  public static byte[] render(Analysis analysis, ChartStyle style, OutputFormat format) {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(format, "format");
    Model model = Model.of(analysis, style);
    return encode(
        (s, key) -> Figure.single(model, s, key), style, format, List.of(new Facet("", analysis)));
  }

  /**
   * Writes the chart to {@code file}, in the format of its extension ({@code .png}, {@code .svg},
   * {@code .pdf}, {@code .html}).
   *
   * @throws IllegalArgumentException when the extension is none of these
   */
  public static void write(Analysis analysis, ChartStyle style, Path file) throws IOException {
    Files.write(file, render(analysis, style, formatOf(file)));
  }

  static OutputFormat formatOf(Path file) {
    return OutputFormat.of(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "file ("
                        + file
                        + ") must end in .png, .svg, .pdf or .html to choose the format"));
  }

  /** The model a chart draws: for tests. */
  static Model model(Analysis analysis, ChartStyle style) {
    return Model.of(analysis, style);
  }

  /**
   * Encodes the figure that {@code figureOf} draws for a style, with or without its key; in HTML
   * the page's heading carries the title and subtitle, and its caption the key, so the figure is
   * drawn without them.
   */
  static byte[] encode(
      BiFunction<ChartStyle, Boolean, Figure> figureOf,
      ChartStyle style,
      OutputFormat format,
      List<Facet> facets) {
    // The SVG's accessible name: the title, and the icons in words for readers who cannot see them.
    StringBuilder alt = new StringBuilder(style.title().isEmpty() ? "Chart" : style.title());
    style.variation().ifPresent(v -> alt.append(". ").append(v.describe()));
    style
        .assurance()
        .filter(a -> a != AssuranceIcon.NONE)
        .ifPresent(a -> alt.append(". ").append(a.describe()));
    String name = alt.toString();
    return switch (format) {
      case PNG -> figureOf.apply(style, true).png();
      case PDF -> figureOf.apply(style, true).pdf();
      case SVG ->
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + figureOf.apply(style, true).svg(name))
              .getBytes(StandardCharsets.UTF_8);
      case HTML -> {
        Figure bare = figureOf.apply(style.title("").subtitle(""), false);
        yield Report.html(style, bare.svg(name), bare.models(), facets)
            .getBytes(StandardCharsets.UTF_8);
      }
    };
  }
}
