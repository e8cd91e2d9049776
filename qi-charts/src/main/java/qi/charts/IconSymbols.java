package qi.charts;

import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The NHS "Making Data Count" icons of {@link Icons} as SVG symbols for an HTML page: each drawn
 * once, in a hidden {@code <svg>} at the top of the page, and shown wherever it is needed by a
 * same-document reference ({@code <use href="#…">}), so a page with hundreds of icons carries each
 * drawing once and fetches nothing.
 */
final class IconSymbols {
  /** The side of an icon's drawing, in SVG units. */
  private static final int SIDE = 60;

  private IconSymbols() {}

  /** The hidden {@code <svg>} that defines every icon: place it once, before any {@link #use}. */
  static String definitions() {
    StringBuilder s = new StringBuilder(16_384);
    s.append("<svg class=\"qi-icon-defs\" aria-hidden=\"true\" width=\"0\" height=\"0\"")
        .append(" style=\"position:absolute\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for (VariationIcon v : VariationIcon.values()) {
      symbol(s, id(v), g -> Icons.variation(g, v, SIDE / 2.0, SIDE / 2.0, SIDE * 0.45));
    }
    for (AssuranceIcon a : AssuranceIcon.values()) {
      if (a != AssuranceIcon.NONE) {
        symbol(s, id(a), g -> Icons.assurance(g, a, SIDE / 2.0, SIDE / 2.0, SIDE * 0.45));
      }
    }
    return s.append("</svg>\n").toString();
  }

  /** The variation icon, its meaning in words as its accessible name and tooltip. */
  static String use(VariationIcon v) {
    return use(id(v), v.describe());
  }

  /** The assurance icon, its meaning in words as its accessible name and tooltip; none for NONE. */
  static String use(AssuranceIcon a) {
    return a == AssuranceIcon.NONE ? "" : use(id(a), a.describe());
  }

  private static String use(String id, String words) {
    return "<svg class=\"icon\" role=\"img\" viewBox=\"0 0 "
        + SIDE
        + " "
        + SIDE
        + "\"><title>"
        + Markup.escape(words)
        + "</title><use href=\"#"
        + id
        + "\"/></svg>";
  }

  private static String id(VariationIcon v) {
    return "qi-variation-" + v.id();
  }

  private static String id(AssuranceIcon a) {
    return "qi-assurance-" + a.id();
  }

  /** A symbol of the drawing that {@code painter} makes on a SIDE × SIDE canvas. */
  private static void symbol(StringBuilder s, String id, Consumer<Graphics2D> painter) {
    String svg =
        new String(
                Figure.vector(
                    new SVGProcessor(),
                    1,
                    SIDE,
                    SIDE,
                    g -> {
                      g.setRenderingHint(
                          RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                      painter.accept(g);
                    },
                    true),
                StandardCharsets.UTF_8)
            // The letters in the page's font list rather than the one physical font Java used.
            .replaceAll("font-family:&quot;[^&\"]*&quot;;", "font-family:" + Text.CSS_FONTS + ";");
    int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
    s.append("<symbol id=\"")
        .append(id)
        .append("\" viewBox=\"0 0 ")
        .append(SIDE)
        .append(' ')
        .append(SIDE)
        .append("\">")
        .append(SvgIds.scope(svg.substring(open, svg.lastIndexOf("</svg>")), id + "-"))
        .append("</symbol>\n");
  }
}
