package qi.core.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import qi.core.rules.Rule;
import qi.core.rules.Trend;

/**
 * A plain-language reading of an {@link Analysis} for people without a statistician: first the
 * {@link Headline}, then per part its centre line and limits (in the words of the rule set's
 * tradition, see {@link Vocabulary}), the runs analysis where the rule set reads it, which rule
 * fired, where, and what it means given the improvement direction.
 *
 * <pre>
 * Improvement: 10 points from 2021-03-01 to 2021-12-01 signal a change for the better.
 * XmR chart: 24 points in 1 part; rules: nhs.
 * Part 1 (points 1-24): mean 53.18, process limits 44.82 to 61.55.
 *   Special cause (improvement): 10 points above the mean from x 2021-03-01 to 2021-12-01 (rule:
 *   7 points in a row on one side of the mean).
 * </pre>
 */
public final class Verdict {
  private Verdict() {}

  /** The verdict as lines of text, in English, every stretch of special cause listed. */
  public static List<String> lines(Analysis analysis) {
    return lines(analysis, Integer.MAX_VALUE);
  }

  /**
   * The verdict as lines of text, in English, listing at most {@code listed} stretches of special
   * cause per rule and part. Where a rule flags more, a line before its first stretches counts them
   * all (points, stretches, how many above and below the centre line) and says that only the first
   * {@code listed} follow; the CSV and JSON output list every point with its signals. A page or a
   * screen shows the few a reader can take in (a million points may have thousands), and the counts
   * and first stretches read the same as in the full verdict.
   *
   * @throws IllegalArgumentException when {@code listed} is below 1
   */
  public static List<String> lines(Analysis analysis, int listed) {
    if (listed < 1) {
      throw new IllegalArgumentException("listed (" + listed + ") must be >= 1");
    }
    if (analysis.chart().equals("cusum") || analysis.chart().equals("ewma")) {
      return MemoryVerdict.lines(analysis);
    }
    List<String> lines = new ArrayList<>();
    Points points = analysis.readablePoints();
    lines.add(Headline.of(analysis).text());
    lines.add(
        chartName(analysis.chart())
            + ": "
            + plural(points.size(), "point")
            + " in "
            + plural(analysis.parts().size(), "part")
            + "; rules: "
            + analysis.rules().name()
            + ".");
    List<String> gaps = analysis.withoutDenominator();
    if (!gaps.isEmpty()) {
      lines.add(
          "No denominator (n = 0) at "
              + String.join(", ", gaps)
              + ": no value plotted there; those points count in nothing.");
    }
    // One pass over the points: a part's range, whether its limits vary, and its flagged points,
    // the only ones the signal lines look at.
    List<PartPoints> byPart = new ArrayList<>();
    analysis.parts().forEach(part -> byPart.add(new PartPoints()));
    for (int i = 0; i < points.size(); i++) {
      PartPoints mine = byPart.get(points.part(i) - 1);
      mine.add(i, points.ucl(i), points.isSignalled(i));
      // whether the part has a point left to analyze: looked for until one is found
      mine.usable = mine.usable || points.isIncluded(i) && Double.isFinite(points.y(i));
    }
    List<Rule> rules = analysis.rules().rules();
    Vocabulary words = Vocabulary.of(analysis);
    for (PartResult part : analysis.parts()) {
      PartPoints mine = byPart.get(part.part() - 1);
      if (!mine.usable) {
        lines.add(
            "Part "
                + part.part()
                + ": no points left to analyze (every point is excluded or missing).");
        continue;
      }
      lines.add(partLine(part, mine, words));
      if (words.runs()) {
        lines.add("  " + runsLine(part, analysis.chart()));
      }
      boolean any = false;
      for (int r = 0; r < rules.size(); r++) {
        List<int[]> episodes = episodes(points, mine, rules.get(r), r);
        if (episodes.size() > listed) {
          lines.add("  " + countLine(points, rules.get(r), episodes, listed, words));
        }
        for (int[] episode : episodes.subList(0, Math.min(listed, episodes.size()))) {
          lines.add("  " + signalLine(points, rules.get(r), r, episode, words));
          any = true;
        }
      }
      if (!any) {
        lines.add("  No special cause: only common-cause variation in this part.");
      }
      if (part.shortPartWarning()) {
        lines.add("  Note: " + PartResult.SHORT_PART_NOTE + ".");
      }
    }
    icons(analysis).ifPresent(lines::add);
    return lines;
  }

  /**
   * Under the "Making Data Count" rules, the icons of the last part in words (the chart draws them
   * in its corner): variation, and assurance where there is a target and a direction.
   */
  private static java.util.Optional<String> icons(Analysis analysis) {
    List<PartResult> parts = analysis.parts();
    if (parts.isEmpty()
        || !analysis.rules().rules().contains(qi.core.rules.Rules.NHS_BEYOND_LIMITS)) {
      return java.util.Optional.empty();
    }
    PartResult last = parts.get(parts.size() - 1);
    String variation =
        switch (last.variation()) {
          case COMMON_CAUSE -> "common cause variation only";
          case IMPROVEMENT_HIGH -> "special cause of an improving nature, values higher";
          case IMPROVEMENT_LOW -> "special cause of an improving nature, values lower";
          case CONCERN_HIGH -> "special cause of a concerning nature, values higher";
          case CONCERN_LOW -> "special cause of a concerning nature, values lower";
          case NEUTRAL_HIGH -> "special cause, neither improving nor concerning, values higher";
          case NEUTRAL_LOW -> "special cause, neither improving nor concerning, values lower";
        };
    String assurance =
        last.assurance() == null
            ? ""
            : "; assurance: "
                + switch (last.assurance()) {
                  case PASS -> "the process will consistently meet the target";
                  case FAIL -> "the process will consistently miss the target";
                  case INCONSISTENT -> "the target will be met or missed by common-cause variation";
                };
    return java.util.Optional.of(
        "Icons (Making Data Count): variation of the latest point: " + variation + assurance + ".");
  }

  private static String runsLine(PartResult part, String chart) {
    if (part.nUseful() == 0) {
      return "Runs: no useful observations (every value is missing or on the centre line).";
    }
    return "Runs: longest run "
        + part.longestRun().getAsInt()
        + " (a signal above "
        + part.longestRunMax().getAsInt()
        + "), "
        + plural(part.crossings().getAsInt(), "crossing")
        + (part.crossingsMin().getAsInt() > 0
            ? " (a signal below " + part.crossingsMin().getAsInt() + ")"
            : " (too few points for a crossings signal)")
        + (chart.equals("mr") ? "; not used for signals on an MR chart." : ".");
  }

  /** What the verdict needs of one part's points. */
  private static final class PartPoints {
    private int count;
    private int first;
    private int last;
    private double firstUcl;
    private boolean varying;
    private int[] flagged = new int[16];
    private int flaggedCount;
    private boolean usable;

    void add(int i, double ucl, boolean signalled) {
      if (count++ == 0) {
        first = i;
        firstUcl = ucl;
      }
      last = i;
      varying |= Double.compare(ucl, firstUcl) != 0;
      if (signalled) {
        if (flaggedCount == flagged.length) {
          flagged = Arrays.copyOf(flagged, 2 * flaggedCount);
        }
        flagged[flaggedCount++] = i;
      }
    }
  }

  private static String partLine(PartResult part, PartPoints mine, Vocabulary words) {
    String range =
        mine.count == 0 ? "" : " (points " + (mine.first + 1) + "-" + (mine.last + 1) + ")";
    String limits = "";
    if (!Double.isNaN(part.lcl()) || !Double.isNaN(part.ucl())) {
      limits =
          ", "
              + words.limits()
              + " "
              + number(part.lcl())
              + " to "
              + number(part.ucl())
              + (mine.varying ? " on average" : "");
    }
    return "Part "
        + part.part()
        + range
        + ": "
        + words.centre()
        + " "
        + number(part.cl())
        + limits
        + ".";
  }

  /**
   * The stretches of consecutive points that the r-th rule flags, as positions, from the part's
   * flagged points; for a rule without a side (a pattern of the whole part, such as too few
   * crossings) all its points at once.
   */
  private static List<int[]> episodes(Points points, PartPoints part, Rule rule, int r) {
    List<int[]> episodes = new ArrayList<>();
    int[] current = new int[part.flaggedCount];
    int length = 0;
    for (int k = 0; k < part.flaggedCount; k++) {
      int i = part.flagged[k];
      if (!points.isFlaggedBy(i, r, rule)) {
        continue;
      }
      if (length > 0 && rule.sided()) {
        int previous = current[length - 1];
        // A trend crosses the centre line; other sided patterns stay on one side of it.
        boolean sideChanges = !(rule instanceof Trend) && points.side(previous) != points.side(i);
        if (i != previous + 1 || sideChanges) {
          episodes.add(Arrays.copyOf(current, length));
          length = 0;
        }
      }
      current[length++] = i;
    }
    if (length > 0) {
      episodes.add(Arrays.copyOf(current, length));
    }
    return episodes;
  }

  private static String signalLine(
      Points points, Rule rule, int r, int[] episode, Vocabulary words) {
    int above = 0;
    int below = 0;
    for (int i : episode) {
      double side = points.side(i);
      above += side > 0 ? 1 : 0;
      below += side < 0 ? 1 : 0;
    }
    String where = "";
    if (above == episode.length) {
      where = " above the " + words.centre();
    } else if (below == episode.length) {
      where = " below the " + words.centre();
    }
    String first = points.x(episode[0]);
    String at =
        episode.length == 1
            ? " at x " + first
            : " from x " + first + " to " + points.x(episode[episode.length - 1]);
    return "Special cause"
        + meaning(points, rule, r, episode)
        + ": "
        + plural(episode.length, "point")
        + where
        + at
        + " (rule: "
        + words.describe(rule)
        + ").";
  }

  /**
   * The count of a rule's stretches when only the first {@code listed} are listed: "Special cause:
   * 2712 points in 2690 stretches (1350 above the centre line, 1362 below) flagged by rule: 1 point
   * outside the control limits; the first 20 are listed, the CSV and JSON output list every point."
   */
  private static String countLine(
      Points points, Rule rule, List<int[]> episodes, int listed, Vocabulary words) {
    long flagged = 0;
    long above = 0;
    long below = 0;
    for (int[] episode : episodes) {
      flagged += episode.length;
      for (int i : episode) {
        double side = points.side(i);
        above += side > 0 ? 1 : 0;
        below += side < 0 ? 1 : 0;
      }
    }
    return "Special cause: "
        + plural(flagged, "point")
        + " in "
        + episodes.size()
        + " stretches ("
        + above
        + " above the "
        + words.centre()
        + ", "
        + below
        + " below) flagged by rule: "
        + rule.description()
        + "; the first "
        + listed
        + " are listed, the CSV and JSON output list every point.";
  }

  /** What the episode means: from the point types of the points this rule decides. */
  private static String meaning(Points points, Rule rule, int r, int[] episode) {
    if (!rule.sided()) {
      return "";
    }
    for (int i : episode) {
      if (points.isFirstSignal(i, r, rule)) {
        return switch (points.pointType(i)) {
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
    return Headline.plural(count, noun);
  }

  /** The proper name of a chart type: "Run chart", "XmR chart", "P′ chart". */
  static String chartName(String chart) {
    return switch (chart) {
      case "run" -> "Run chart";
      case "xmr" -> "XmR chart";
      case "xbar" -> "Xbar chart";
      case "pp" -> "P′ chart";
      case "up" -> "U′ chart";
      case "ip" -> "I′ chart";
      default -> chart.toUpperCase(Locale.ROOT) + " chart";
    };
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
