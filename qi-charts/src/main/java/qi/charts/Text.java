package qi.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Text drawn by qi: in SVG as text elements (selectable, searchable, read aloud, and a fraction of
 * the size of outlines), escaped by the SVG writer's XML serializer so that user text cannot inject
 * markup; in PNG and PDF as filled glyph outlines, the same on every machine.
 */
final class Text {
  static final String FONT = Font.SANS_SERIF;

  /**
   * The CSS font list of SVG text: the font Java measured with where it exists (DejaVu Sans on
   * Linux), then fonts of about the same width elsewhere.
   */
  static final String CSS_FONTS =
      "'DejaVu Sans', Verdana, 'Segoe UI', Arial, Helvetica, sans-serif";

  /** A rendering hint: with value {@code TRUE}, text is drawn as text, not outlines (SVG). */
  static final RenderingHints.Key AS_TEXT =
      new RenderingHints.Key(0x71) {
        @Override
        public boolean isCompatibleValue(Object value) {
          return value instanceof Boolean;
        }
      };

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
    g.setColor(colour);
    if (Boolean.TRUE.equals(g.getRenderingHint(AS_TEXT))) {
      g.setFont(font);
      g.drawString(text, (float) left, (float) y);
    } else {
      Shape shape = layout.getOutline(AffineTransform.getTranslateInstance(left, y));
      g.fill(shape);
    }
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
