package qi.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-language reading of a CUSUM or EWMA analysis: what was compared with what, where a sum
 * or the average first crossed its limit, and the size of the shift that explains it.
 *
 * <p>The size of a CUSUM shift is estimated as Montgomery (Introduction to Statistical Quality
 * Control, 6th ed., §9.1.3) does: the mean of (x̄ᵢ − μ₀)/σ over the points since the sum was last
 * 0, which for individual values without a head start is k + C⁺ᵢ/N⁺ (in σ). The size of an EWMA
 * shift is (zᵢ − μ₀)/σ at the crossing.
 *
 * <pre>
 * Signal of a change: since x 21 the average has been higher (104.1 against 98.25 before); 24 points
 * from x 27 to 50 signal a change (higher).
 * CUSUM chart: 50 points (20 calibration, 30 new); centre 98.25, sd 6.453 (mr); decision
 * interval 5.000 standard errors.
 *   The upper CUSUM crossed its decision interval at x = 27: a sustained upward shift of about
 *   0.9 σ since x = 22.
 * </pre>
 */
final class MemoryVerdict {
  private MemoryVerdict() {}

  /** Crossings reported one by one; further ones are counted. */
  private static final int LISTED = 5;

  static List<String> lines(Analysis analysis) {
    List<PointResult> points = analysis.points();
    PartResult part = analysis.parts().get(0);
    boolean cusum = analysis.chart().equals("cusum");
    int calibration = 0;
    for (PointResult p : points) {
      calibration += p.baseline() ? 1 : 0;
    }
    List<String> lines = new ArrayList<>();
    // The headline first, as for every chart: the same sentence in text, HTML and JSON.
    lines.add(Headline.of(analysis).text());
    String sizes =
        calibration == points.size()
            ? ""
            : " (" + calibration + " calibration, " + (points.size() - calibration) + " new)";
    lines.add(
        (cusum ? "CUSUM" : "EWMA")
            + " chart: "
            + points.size()
            + (points.size() == 1 ? " point" : " points")
            + sizes
            + "; centre "
            + number(part.center())
            + ", sd "
            + number(part.sd())
            + " ("
            + part.sdMethod()
            + ")"
            + (cusum
                ? "; decision interval " + number(points.get(0).ucl()) + " standard errors"
                : "")
            + ".");
    List<String> crossings = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      for (int side : new int[] {1, -1}) {
        if (crosses(points, i, side, analysis.chart())) {
          crossings.add(
              cusum ? cusumLine(points, i, side, part) : ewmaLine(points.get(i), side, part));
        }
      }
    }
    for (int c = 0; c < Math.min(LISTED, crossings.size()); c++) {
      lines.add("  " + crossings.get(c));
    }
    if (crossings.size() > LISTED) {
      lines.add("  … and " + (crossings.size() - LISTED) + " more crossings.");
    }
    if (crossings.isEmpty()) {
      lines.add(
          cusum
              ? "  Neither CUSUM crossed its decision interval."
              : "  The EWMA stayed within its limits.");
    }
    return lines;
  }

  /** Whether point i signals on this side and point i − 1 did not: the start of a crossing. */
  private static boolean crosses(List<PointResult> points, int i, int side, String chart) {
    String id = chart + (side > 0 ? "_upper" : "_lower");
    return points.get(i).signals().contains(id)
        && (i == 0 || !points.get(i - 1).signals().contains(id));
  }

  private static String cusumLine(List<PointResult> points, int i, int side, PartResult part) {
    int start = i;
    while (start > 0 && sum(points.get(start - 1), side) != 0) {
      start--;
    }
    double sum = 0;
    for (int j = start; j <= i; j++) {
      sum += (points.get(j).y() - part.center()) / part.sd();
    }
    double shift = Math.abs(sum / (i - start + 1));
    return "The "
        + (side > 0 ? "upper" : "lower")
        + " CUSUM crossed its decision interval at x = "
        + points.get(i).x()
        + ": a sustained "
        + (side > 0 ? "upward" : "downward")
        + " shift of about "
        + String.format(Locale.ROOT, "%.2g", shift)
        + " σ since x = "
        + points.get(start).x()
        + ".";
  }

  private static double sum(PointResult p, int side) {
    return side > 0 ? p.cusumUpper() : p.cusumLower();
  }

  private static String ewmaLine(PointResult p, int side, PartResult part) {
    double shift = Math.abs(p.ewma() - part.center()) / part.sd();
    return "The EWMA crossed its "
        + (side > 0 ? "upper" : "lower")
        + " limit at x = "
        + p.x()
        + ": the smoothed mean, "
        + number(p.ewma())
        + ", is about "
        + String.format(Locale.ROOT, "%.2g", shift)
        + " σ "
        + (side > 0 ? "above" : "below")
        + " the centre.";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
