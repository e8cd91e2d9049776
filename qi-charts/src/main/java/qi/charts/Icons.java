package qi.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * The NHS "Making Data Count" icons, drawn as vectors: a ring in the category's colour with a small
 * run of dots (variation) or a target line and a letter (assurance), after the icons of the NHS
 * England "Making Data Count" guidance.
 */
final class Icons {
  private static final Color GREY = PointCategory.COMMON_CAUSE.colour();

  private Icons() {}

  /** Draws the variation icon centred at (cx, cy) with radius r. */
  static void variation(Graphics2D g, VariationIcon v, double cx, double cy, double r) {
    Color colour = v.category().colour();
    ring(g, colour, cx, cy, r);
    // A run of seven dots in the lower half: flat for common cause, the last four high or low.
    double dotR = r * 0.09;
    double x0 = cx - r * 0.55;
    double step = r * 1.1 / 6;
    double base = cy + r * 0.28;
    for (int i = 0; i < 7; i++) {
      double dy = (i % 2 == 0 ? -1 : 1) * r * 0.06;
      Color c = GREY;
      if (i >= 3 && v != VariationIcon.COMMON_CAUSE) {
        dy = (v.isHigh() ? -1 : 1) * r * 0.22;
        c = colour;
      }
      g.setColor(c);
      g.fill(new Ellipse2D.Double(x0 + i * step - dotR, base + dy - dotR, 2 * dotR, 2 * dotR));
    }
    String letter = v.isHigh() ? "H" : v.isLow() ? "L" : "";
    if (!letter.isEmpty()) {
      Font font = new Font(Text.FONT, Font.BOLD, (int) Math.round(r * 0.8));
      Text.draw(g, letter, font, colour, cx, cy - r * 0.02, Text.Align.CENTRE);
    }
  }

  /** Draws the assurance icon centred at (cx, cy) with radius r; nothing for NONE. */
  static void assurance(Graphics2D g, AssuranceIcon a, double cx, double cy, double r) {
    if (a == AssuranceIcon.NONE) {
      return;
    }
    Color colour =
        switch (a) {
          case PASS -> PointCategory.IMPROVEMENT.colour();
          case FAIL -> PointCategory.CONCERN.colour();
          default -> GREY;
        };
    ring(g, colour, cx, cy, r);
    g.setColor(GREY);
    g.setStroke(
        new BasicStroke(
            (float) (r * 0.07),
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER,
            10f,
            new float[] {(float) (r * 0.16), (float) (r * 0.1)},
            0f));
    g.draw(new Line2D.Double(cx - r * 0.6, cy + r * 0.38, cx + r * 0.6, cy + r * 0.38));
    String letter =
        switch (a) {
          case PASS -> "P";
          case FAIL -> "F";
          default -> "?";
        };
    Font font = new Font(Text.FONT, Font.BOLD, (int) Math.round(r * 0.95));
    Text.draw(g, letter, font, colour, cx, cy + r * 0.18, Text.Align.CENTRE);
  }

  private static void ring(Graphics2D g, Color colour, double cx, double cy, double r) {
    Ellipse2D circle = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    g.setColor(Color.WHITE);
    g.fill(circle);
    g.setColor(colour);
    g.setStroke(new BasicStroke((float) (r * 0.13)));
    g.draw(circle);
  }
}
