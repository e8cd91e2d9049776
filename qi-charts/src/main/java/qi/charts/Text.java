package qi.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Text drawn as filled glyph outlines, as XChart draws its own: the same in PNG, SVG and PDF, and
 * in SVG never markup, so user text cannot inject anything.
 */
final class Text {
  static final String FONT = Font.SANS_SERIF;

  private Text() {}

  /** Where x is on the text. */
  enum Align {
    LEFT,
    CENTRE,
    RIGHT
  }

  /**
   * Draws {@code text} with its baseline at y and returns its bounds (empty when text is empty).
   */
  static Rectangle2D draw(
      Graphics2D g, String text, Font font, Color colour, double x, double y, Align align) {
    if (text.isEmpty()) {
      return new Rectangle2D.Double(x, y, 0, 0);
    }
    TextLayout layout = new TextLayout(text, font, frc());
    double width = layout.getAdvance();
    double left =
        switch (align) {
          case LEFT -> x;
          case CENTRE -> x - width / 2;
          case RIGHT -> x - width;
        };
    Shape shape = layout.getOutline(AffineTransform.getTranslateInstance(left, y));
    g.setColor(colour);
    g.fill(shape);
    return new Rectangle2D.Double(
        left, y - layout.getAscent(), width, layout.getAscent() + layout.getDescent());
  }

  /** The advance width of {@code text}. */
  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : new TextLayout(text, font, frc()).getAdvance();
  }

  /** The text cut with an ellipsis to fit {@code width}. */
  static String fit(String text, Font font, double width) {
    if (width(text, font) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && width(cut + "…", font) > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.isEmpty() ? "" : cut.strip() + "…";
  }

  private static FontRenderContext frc() {
    return new FontRenderContext(null, true, true);
  }
}
