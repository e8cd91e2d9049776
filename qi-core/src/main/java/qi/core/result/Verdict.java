package qi.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-language reading of an {@link Analysis} for people without a statistician: per part,
 * which rule fired and where, and an overall verdict.
 */
public final class Verdict {
  private Verdict() {}

  /** The verdict as lines of text, in English. */
  public static List<String> lines(Analysis analysis) {
    List<String> lines = new ArrayList<>();
    List<PointResult> points = analysis.points();
    lines.add(
        analysis.chart().toUpperCase(Locale.ROOT)
            + " chart: "
            + points.size()
            + (points.size() == 1 ? " point" : " points")
            + " in "
            + analysis.parts().size()
            + (analysis.parts().size() == 1 ? " part." : " parts."));
    for (PhaseResult part : analysis.parts()) {
      List<PointResult> mine = points.stream().filter(p -> p.part() == part.part()).toList();
      if (mine.isEmpty()) {
        continue;
      }
      lines.add(
          "Part "
              + part.part()
              + " (points "
              + mine.get(0).index()
              + "-"
              + mine.get(mine.size() - 1).index()
              + "): centre line "
              + number(part.cl())
              + (Double.isNaN(part.lcl()) && Double.isNaN(part.ucl())
                  ? ""
                  : ", control limits "
                      + number(part.lcl())
                      + " to "
                      + number(part.ucl())
                      + (mine.stream().map(PointResult::ucl).distinct().count() > 1
                          ? " on average"
                          : ""))
              + ".");
      List<String> outside =
          mine.stream()
              .filter(PointResult::sigmaSignal)
              .map(
                  p ->
                      p.index()
                          + " (x "
                          + p.x()
                          + ", "
                          + (p.y() > p.ucl() ? "above" : "below")
                          + ")")
              .toList();
      if (!outside.isEmpty()) {
        lines.add(
            "  Special cause: "
                + outside.size()
                + (outside.size() == 1 ? " point" : " points")
                + " outside the control limits: "
                + String.join(", ", outside)
                + ".");
      }
      if (part.nUseful() == 0) {
        lines.add("  Runs: no useful observations (every value is missing or on the centre line).");
      } else {
        int longest = part.longestRun().getAsInt();
        int longestMax = part.longestRunMax().getAsInt();
        int crossings = part.crossings().getAsInt();
        int crossingsMin = part.crossingsMin().getAsInt();
        String runs =
            "longest run "
                + longest
                + " (signal above "
                + longestMax
                + "), "
                + crossings
                + " crossings (signal below "
                + crossingsMin
                + ")";
        if (part.runsSignal()) {
          lines.add("  Special cause: the runs analysis signals a shift: " + runs + ".");
        } else if (analysis.chart().equals("mr")) {
          lines.add("  Runs (not used for signals on an MR chart): " + runs + ".");
        } else {
          lines.add("  Runs: no shift signalled: " + runs + ".");
        }
      }
    }
    lines.add(
        analysis.hasSignal()
            ? "Verdict: special-cause variation: something changed the process; find out what."
            : "Verdict: common-cause variation only: no signal of a change.");
    return lines;
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
