package qi.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/** A round marker, filled, or hollow (white inside) for an excluded point. */
final class Dot extends Marker {
  private final boolean hollow;

  Dot(boolean hollow) {
    this.hollow = hollow;
  }

  @Override
  public void paint(Graphics2D g, double x, double y, int size) {
    Ellipse2D circle = new Ellipse2D.Double(x - size / 2.0, y - size / 2.0, size, size);
    Color colour = g.getColor();
    if (hollow) {
      g.setColor(Color.WHITE);
      g.fill(circle);
      g.setColor(colour);
      g.setStroke(new BasicStroke(Math.max(1.5f, size / 5f)));
      g.draw(circle);
    } else {
      g.fill(circle);
    }
  }
}
