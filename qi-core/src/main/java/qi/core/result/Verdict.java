package qi.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qi.core.internal.PointColumns;
import qi.core.rules.Rule;
import qi.core.rules.Trend;

/**
 * A plain-language reading of an {@link Analysis} for people without a statistician: per part, its
 * centre line and limits, which rule fired, where, and what it means given the improvement
 * direction; then an overall verdict.
 *
 * <pre>
 * XMR chart: 24 points in 1 part; rules: nhs.
 * Part 1 (points 1-24): centre line 53.18, control limits 44.82 to 61.55.
 *   Special cause (improvement): 10 points above the centre line from x 2021-03-01 (rule: 7 points
 *   in a row on one side of the centre line).
 * Verdict: special-cause variation: something changed the process; find out what.
 * </pre>
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
            + plural(points.size(), "point")
            + " in "
            + plural(analysis.parts().size(), "part")
            + "; rules: "
            + analysis.rules().name()
            + ".");
    // One pass over the points: a part's range, whether its limits vary, and its flagged points,
    // the only ones the signal lines need. The engine's points are columns: read them as such,
    // since building a million points (and their x text) costs more than the analysis.
    List<PartPoints> byPart = new ArrayList<>();
    analysis.parts().forEach(part -> byPart.add(new PartPoints()));
    PointColumns columns = points instanceof PointColumns c ? c : null;
    for (int i = 0; i < points.size(); i++) {
      PointResult point = columns == null ? points.get(i) : null;
      int part = point == null ? columns.part(i) : point.part();
      double ucl = point == null ? columns.ucl(i) : point.ucl();
      boolean flagged = point == null ? columns.isSignalled(i) : !point.signals().isEmpty();
      PartPoints mine = byPart.get(part - 1);
      mine.add(i + 1, ucl);
      if (flagged) {
        mine.flagged.add(point == null ? points.get(i) : point);
      }
    }
    for (PhaseResult part : analysis.parts()) {
      PartPoints mine = byPart.get(part.part() - 1);
      lines.add(partLine(part, mine));
      lines.add("  " + runsLine(part, analysis.chart()));
      boolean any = false;
      for (Rule rule : analysis.rules().rules()) {
        for (List<PointResult> episode : episodes(mine.flagged, rule)) {
          lines.add("  " + signalLine(rule, episode));
          any = true;
        }
      }
      if (!any) {
        lines.add("  No special cause: only common-cause variation in this part.");
      }
      if (part.shortPartWarning()) {
        lines.add(
            "  Note: fewer than 13 points, so these are trial limits; they will settle as data"
                + " accrue.");
      }
    }
    lines.add(
        analysis.hasSignal()
            ? "Verdict: special-cause variation: something changed the process; find out what."
            : "Verdict: common-cause variation only: no signal of a change.");
    return lines;
  }

  private static String runsLine(PhaseResult part, String chart) {
    if (part.nUseful() == 0) {
      return "Runs: no useful observations (every value is missing or on the centre line).";
    }
    return "Runs: longest run "
        + part.longestRun().getAsInt()
        + " (a signal above "
        + part.longestRunMax().getAsInt()
        + "), "
        + part.crossings().getAsInt()
        + " crossings (a signal below "
        + part.crossingsMin().getAsInt()
        + ")"
        + (chart.equals("mr") ? "; not used for signals on an MR chart." : ".");
  }

  /** What the verdict needs of one part's points. */
  private static final class PartPoints {
    private int first;
    private int last;
    private double firstUcl;
    private boolean varying;
    private final List<PointResult> flagged = new ArrayList<>();

    void add(int index, double ucl) {
      if (first == 0) {
        first = index;
        firstUcl = ucl;
      }
      last = index;
      varying |= Double.compare(ucl, firstUcl) != 0;
    }
  }

  private static String partLine(PhaseResult part, PartPoints mine) {
    String range = mine.first == 0 ? "" : " (points " + mine.first + "-" + mine.last + ")";
    String limits = "";
    if (!Double.isNaN(part.lcl()) || !Double.isNaN(part.ucl())) {
      limits =
          ", control limits "
              + number(part.lcl())
              + " to "
              + number(part.ucl())
              + (mine.varying ? " on average" : "");
    }
    return "Part " + part.part() + range + ": centre line " + number(part.cl()) + limits + ".";
  }

  /**
   * The stretches of consecutive points that {@code rule} flags, from the part's flagged points in
   * order; for a rule without a side (a pattern of the whole part, such as too few crossings) all
   * its points at once.
   */
  private static List<List<PointResult>> episodes(List<PointResult> flagged, Rule rule) {
    List<List<PointResult>> episodes = new ArrayList<>();
    if (!rule.sided()) {
      List<PointResult> all =
          flagged.stream().filter(p -> p.signals().contains(rule.id())).toList();
      return all.isEmpty() ? episodes : List.of(all);
    }
    List<PointResult> current = new ArrayList<>();
    for (PointResult p : flagged) {
      if (!p.signals().contains(rule.id())) {
        continue;
      }
      if (!current.isEmpty()) {
        PointResult previous = current.get(current.size() - 1);
        // A trend crosses the centre line; other sided patterns stay on one side of it.
        boolean sideChanges = !(rule instanceof Trend) && side(previous) != side(p);
        if (p.index() != previous.index() + 1 || sideChanges) {
          episodes.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(p);
    }
    if (!current.isEmpty()) {
      episodes.add(current);
    }
    return episodes;
  }

  private static String signalLine(Rule rule, List<PointResult> episode) {
    long above = episode.stream().filter(p -> p.y() > p.cl()).count();
    long below = episode.stream().filter(p -> p.y() < p.cl()).count();
    String where = "";
    if (above == episode.size()) {
      where = " above the centre line";
    } else if (below == episode.size()) {
      where = " below the centre line";
    }
    PointResult first = episode.get(0);
    PointResult last = episode.get(episode.size() - 1);
    String at =
        episode.size() == 1 ? " at x " + first.x() : " from x " + first.x() + " to " + last.x();
    return "Special cause"
        + meaning(rule, episode)
        + ": "
        + plural(episode.size(), "point")
        + where
        + at
        + " (rule: "
        + rule.description()
        + ").";
  }

  private static double side(PointResult p) {
    return Math.signum(p.y() - p.cl());
  }

  /** What the episode means: from the point types of the points this rule decides. */
  private static String meaning(Rule rule, List<PointResult> episode) {
    if (!rule.sided()) {
      return "";
    }
    for (PointResult p : episode) {
      if (p.signals().get(0).equals(rule.id())) {
        return switch (p.pointType()) {
          case SPECIAL_CAUSE_IMPROVEMENT -> " (improvement)";
          case SPECIAL_CAUSE_CONCERN -> " (concern)";
          case SPECIAL_CAUSE_NEUTRAL_HIGH -> " (high)";
          case SPECIAL_CAUSE_NEUTRAL_LOW -> " (low)";
          case COMMON_CAUSE -> "";
        };
      }
    }
    return "";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
