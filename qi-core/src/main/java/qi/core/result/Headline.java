package qi.core.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import qi.core.rules.Direction;
import qi.core.rules.RunsMethod;

/**
 * The first sentence of the verdict: what a reader should take from the chart, in plain words, and
 * codes for programs. It looks at the latest stretch of the process and what came before it:
 *
 * <ul>
 *   <li>with parts, the last part against the one before: the step between them is a signal when
 *       the last part's values, read against the earlier part's centre line and limits, have a
 *       point beyond those limits or a run on one side of that centre line longer than round(log₂
 *       n) + 3 on the side of the step (Anhøj's longest-run rule; n = the last part's useful
 *       points);
 *   <li>with a frozen baseline, the points after it against the baseline's centre line, and the
 *       signals of the whole part (the rule set reads them against the frozen limits);
 *   <li>otherwise the whole series.
 * </ul>
 *
 * <p>The finding is what the latest episode of signals means (signals of one meaning, back to the
 * first signal of another; sided signals before those without a side; the step before every point
 * of the last part), as the "Making Data Count" icon reads the latest point: {@link
 * Finding#IMPROVEMENT} only when those signals are improvements in the given direction, {@link
 * Finding#CONCERN} only when they are concerns, {@link Finding#CHANGE} when they have no direction
 * to be judged by, {@link Finding#NO_SIGNAL} when there is none, and {@link Finding#NO_DATA} when
 * the last part has no point left to analyze (never a reassuring word then). Earlier signals of the
 * other meaning are named after it. A target adds the assurance of the last part: met consistently,
 * not reliably met, or consistently missed.
 *
 * <pre>
 * Improvement: since 2021-05-01 the rate has been lower (8.04 against 12.7 before); the target of 10
 * is not reliably met (hit and miss).
 * </pre>
 *
 * @param text the sentence, ending with a full stop
 * @param finding what the signals say, as a code
 * @param variation the "Making Data Count" variation the finding stands for; null with {@link
 *     Finding#NO_DATA}
 * @param assurance whether the target is met; null without a target, without a direction, or
 *     without limits to judge it by
 */
public record Headline(String text, Finding finding, Variation variation, Assurance assurance) {

  /** What the signals of the latest stretch say. */
  public enum Finding {
    /** Every signal is an improvement in the given direction. */
    IMPROVEMENT,
    /** Every signal is a concern in the given direction. */
    CONCERN,
    /** Signals without a direction to judge them by (no direction, or a signal without a side). */
    CHANGE,
    /** No signal: only common-cause variation. */
    NO_SIGNAL,
    /** A part has no point left to analyze: no verdict. */
    NO_DATA;

    /** The identifier in output: {@code improvement}, {@code no_signal}, … */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The headline of an analysis. */
  public static Headline of(Analysis analysis) {
    Points points = analysis.readablePoints();
    int size = points.size();
    List<PartResult> parts = analysis.parts();
    Assurance assurance = null;
    if (parts.isEmpty() || size == 0) {
      return new Headline(
          "No verdict: there are no points to analyze.", Finding.NO_DATA, null, null);
    }
    // Whether each part has a point left to analyze: the search stops once every part has one.
    boolean[] usable = new boolean[parts.size()];
    int partsLeft = usable.length;
    for (int i = 0; i < size && partsLeft > 0; i++) {
      int p = points.part(i) - 1;
      if (!usable[p] && points.isIncluded(i) && Double.isFinite(points.y(i))) {
        usable[p] = true;
        partsLeft--;
      }
    }
    List<String> empty = new ArrayList<>();
    for (int p = 0; p < usable.length; p++) {
      if (!usable[p]) {
        empty.add(Integer.toString(p + 1));
      }
    }
    if (!usable[usable.length - 1]) {
      return new Headline(
          "No verdict: no points left to analyze in "
              + (empty.size() == 1 ? "part " : "parts ")
              + and(empty)
              + " (every point is excluded or missing).",
          Finding.NO_DATA,
          null,
          null);
    }

    // The latest stretch [from, size) and what came before it [0 or the previous part, from).
    int from = 0;
    int beforeFrom = -1;
    // An empty part before the last is said in words; no step is read from it.
    boolean byParts = parts.size() > 1 && usable[parts.size() - 2];
    if (parts.size() > 1) {
      int lastPart = parts.size();
      from = size;
      while (from > 0 && points.part(from - 1) == lastPart) {
        from--;
      }
      if (byParts) {
        beforeFrom = from;
        while (beforeFrom > 0 && points.part(beforeFrom - 1) == lastPart - 1) {
          beforeFrom--;
        }
      }
    } else if (!points.isBaseline(size - 1)) {
      while (from < size && points.isBaseline(from)) {
        from++;
      }
      beforeFrom = 0;
    }

    Direction direction = analysis.direction();
    // Every signal of the last part counts, those of a frozen baseline too: a shift that began
    // before the end of the baseline is one shift.
    int lastPartFrom = parts.size() > 1 ? from : 0;
    Tally tally = new Tally();
    for (int i = lastPartFrom; i < size; i++) {
      if (points.isSignalled(i)) {
        tally.add(points.pointType(i), i);
      }
    }

    List<String> clauses = new ArrayList<>();
    String noun = measure(analysis.chart());
    int stepSide = 0;
    boolean stepSignal = false;
    if (beforeFrom >= 0 && from > beforeFrom) {
      double before;
      double after;
      if (byParts) {
        PartResult previous = parts.get(parts.size() - 2);
        PartResult last = parts.get(parts.size() - 1);
        before = previous.cl();
        after = last.cl();
        stepSide = side(after, before);
        stepSignal = stepSide != 0 && stepSignals(points, from, size, previous, stepSide);
      } else {
        // A CUSUM's centre line is the sums' zero: the values' level before is its centre.
        before = analysis.chart().equals("cusum") ? parts.get(0).center() : points.cl(from - 1);
        after = level(points, from, size, analysis.chart());
        stepSide = side(after, before);
        for (int i = from; i < size && !stepSignal; i++) {
          stepSignal = points.isSignalled(i) && points.side(i) == stepSide && stepSide != 0;
        }
      }
      if (Double.isFinite(before) && Double.isFinite(after)) {
        String since = "since " + at(points.x(from)) + " the " + noun;
        String clause =
            stepSide == 0
                ? since + " has stayed at " + number(after)
                : since
                    + " has been "
                    + (stepSide > 0 ? "higher" : "lower")
                    + " ("
                    + number(after)
                    + " against "
                    + number(before)
                    + " before)";
        if (stepSide != 0 && !stepSignal) {
          clause += ", a difference within common-cause variation so far";
        }
        clauses.add(clause);
      }
      if (byParts && stepSignal) {
        tally.step(PointType.of(stepSide, direction, stepSide));
      }
    }

    Finding finding = tally.finding();
    String signals = tally.clause(points, byParts);
    if (!signals.isEmpty()) {
      clauses.add(signals);
    } else if (clauses.isEmpty()) {
      clauses.add("only common-cause variation: no sign that the process has changed");
    }

    if (!empty.isEmpty()) {
      clauses.add(
          (empty.size() == 1 ? "part " : "parts ")
              + and(empty)
              + " "
              + (empty.size() == 1 ? "has" : "have")
              + " no points left to analyze");
    }

    // The target, judged by the last part's limits.
    PartResult last = parts.get(parts.size() - 1);
    double target = points.target(size - 1);
    if (Double.isFinite(target)) {
      String t = "the target of " + number(target);
      if (direction == Direction.NEUTRAL) {
        clauses.add(t + " cannot be judged without an improvement direction");
      } else if (Double.isNaN(last.lcl()) && Double.isNaN(last.ucl())) {
        clauses.add(t + " cannot be judged without limits");
      } else {
        assurance = Assurance.of(target, last.lcl(), last.ucl(), direction);
        clauses.add(
            switch (assurance) {
              case PASS -> t + " is met consistently";
              case FAIL -> t + " is consistently missed: it needs a change to the process";
              case INCONSISTENT -> t + " is not reliably met (hit and miss)";
            });
      }
    }
    return new Headline(
        label(finding) + ": " + String.join("; ", clauses) + ".",
        finding,
        finding == Finding.NO_DATA ? null : tally.variation(direction),
        assurance);
  }

  private static String label(Finding finding) {
    return switch (finding) {
      case IMPROVEMENT -> "Improvement";
      case CONCERN -> "Concern";
      case CHANGE -> "Signal of a change";
      case NO_SIGNAL -> "No signal";
      case NO_DATA -> "No verdict";
    };
  }

  /**
   * The signals of the latest stretch, read from the latest: the finding is what the latest episode
   * means (signals of one meaning, back to the first signal of another), as the "Making Data Count"
   * icon reads the latest point. Sided signals (improvement, concern) speak before signals without
   * a direction. A step between parts comes before every point of the last part.
   */
  private static final class Tally {
    private static final PointType[] TYPES = PointType.values();
    private static final byte IMPROVEMENT = (byte) PointType.SPECIAL_CAUSE_IMPROVEMENT.ordinal();
    private static final byte CONCERN = (byte) PointType.SPECIAL_CAUSE_CONCERN.ordinal();

    // the signals in order, as positions and PointType ordinals: a million points may signal,
    // so no object per signal
    private int[] positions = new int[16];
    private byte[] types = new byte[16];
    private int count;
    private int sided;
    private PointType step = PointType.COMMON_CAUSE;

    void add(PointType type, int i) {
      if (type != PointType.COMMON_CAUSE) {
        if (count == positions.length) {
          positions = Arrays.copyOf(positions, 2 * count);
          types = Arrays.copyOf(types, 2 * count);
        }
        positions[count] = i;
        types[count++] = (byte) type.ordinal();
        sided += isSided(type) ? 1 : 0;
      }
    }

    void step(PointType type) {
      step = type;
    }

    private static boolean isSided(PointType type) {
      return type == PointType.SPECIAL_CAUSE_IMPROVEMENT || type == PointType.SPECIAL_CAUSE_CONCERN;
    }

    /**
     * Whether the signals that speak are the sided ones only (there are some: the step or a point);
     * else all speak.
     */
    private boolean sidedSpeak() {
      return sided > 0 || isSided(step);
    }

    private boolean speaks(int k, boolean sidedOnly) {
      return !sidedOnly || types[k] == IMPROVEMENT || types[k] == CONCERN;
    }

    /** The type of the latest episode; COMMON_CAUSE without signals. */
    PointType latest() {
      boolean sidedOnly = sidedSpeak();
      for (int k = count - 1; k >= 0; k--) {
        if (speaks(k, sidedOnly)) {
          return TYPES[types[k]];
        }
      }
      return !sidedSpeak() || isSided(step) ? step : PointType.COMMON_CAUSE;
    }

    Finding finding() {
      return switch (latest()) {
        case SPECIAL_CAUSE_IMPROVEMENT -> Finding.IMPROVEMENT;
        case SPECIAL_CAUSE_CONCERN -> Finding.CONCERN;
        case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> Finding.CHANGE;
        case COMMON_CAUSE -> Finding.NO_SIGNAL;
      };
    }

    Variation variation(Direction direction) {
      return Variation.of(latest(), direction);
    }

    /**
     * The latest episode's points in words, and the earlier signals of another meaning; empty when
     * the only signal is the step (it speaks for itself).
     */
    String clause(Points points, boolean byParts) {
      // the speaking signals, latest first: the episode of the latest one's type, back to the
      // first of another type or the step
      boolean sidedOnly = sidedSpeak();
      int k = count - 1;
      while (k >= 0 && !speaks(k, sidedOnly)) {
        k--;
      }
      if (k < 0) {
        return "";
      }
      int type = types[k];
      int last = positions[k];
      int first = last;
      int episode = 0;
      for (; k >= 0; k--) {
        if (speaks(k, sidedOnly)) {
          if (types[k] != type) {
            break;
          }
          first = positions[k];
          episode++;
        }
      }
      String where =
          first == last
              ? " at " + at(points.x(first))
              : " from " + at(points.x(first)) + " to " + points.x(last);
      String within = byParts && step != PointType.COMMON_CAUSE ? " within the last part" : "";
      String meaning =
          switch (TYPES[type]) {
            case SPECIAL_CAUSE_IMPROVEMENT -> "a change for the better";
            case SPECIAL_CAUSE_CONCERN -> "a change for the worse";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "a change (higher)";
            default -> "a change (lower)";
          };
      String clause =
          plural(episode, "point")
              + within
              + where
              + (episode == 1 ? " signals " : " signal ")
              + meaning;
      // Earlier points of another meaning: the other side of a shift that a single centre line
      // runs through, or an older episode.
      int earlierFirst = -1;
      int earlierLast = -1;
      for (int j = 0; j <= k; j++) {
        if (speaks(j, sidedOnly)) {
          earlierFirst = earlierFirst < 0 ? positions[j] : earlierFirst;
          earlierLast = positions[j];
        }
      }
      if (earlierFirst >= 0) {
        clause +=
            "; earlier points, "
                + (earlierFirst == earlierLast
                    ? "at " + at(points.x(earlierFirst))
                    : "from " + at(points.x(earlierFirst)) + " to " + points.x(earlierLast))
                + ", signal the other way";
      }
      return clause;
    }
  }

  /**
   * Whether the last part's points [from, to) differ from the previous part: a point beyond the
   * previous part's limits on the side of the step, or a run on that side of its centre line longer
   * than Anhøj's round(log₂ n) + 3. Points on the centre line neither break nor extend a run.
   */
  private static boolean stepSignals(
      Points points, int from, int to, PartResult previous, int stepSide) {
    int useful = 0;
    int run = 0;
    int longest = 0;
    int runSide = 0;
    for (int i = from; i < to; i++) {
      double y = points.y(i);
      if (!points.isIncluded(i) || !Double.isFinite(y)) {
        continue;
      }
      if (stepSide > 0 ? y > previous.ucl() : y < previous.lcl()) {
        return true;
      }
      int side = side(y, previous.cl());
      if (side == 0) {
        continue;
      }
      useful++;
      run = side == runSide ? run + 1 : 1;
      runSide = side;
      if (side == stepSide) {
        longest = Math.max(longest, run);
      }
    }
    return useful > 0 && longest > RunsMethod.longestRunMax(useful);
  }

  /**
   * The level of points [from, to) after a frozen baseline, in the terms of the centre line: the
   * median for a run or G chart, else the mean weighted by n where every point has one (Σyn/Σn, as
   * p̄ and ū), else the plain mean; over included points with a value.
   */
  private static double level(Points points, int from, int to, String chart) {
    double[] values = new double[to - from];
    int count = 0;
    double sum = 0;
    double weighted = 0;
    double weights = 0;
    boolean allN = true;
    for (int i = from; i < to; i++) {
      double y = points.y(i);
      if (points.isIncluded(i) && Double.isFinite(y)) {
        values[count++] = y;
        sum += y;
        double n = points.n(i);
        allN &= Double.isFinite(n) && n > 0;
        weighted += y * n;
        weights += n;
      }
    }
    if (count == 0) {
      return Double.NaN;
    }
    if (chart.equals("run") || chart.equals("g")) {
      double[] sorted = Arrays.copyOf(values, count);
      Arrays.sort(sorted);
      return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }
    return allN ? weighted / weights : sum / count;
  }

  /** What the centre line of a chart type measures, in plain words. */
  static String measure(String chart) {
    return switch (chart) {
      case "run", "g" -> "median";
      case "p", "pp" -> "proportion";
      case "u", "up" -> "rate";
      case "c" -> "average count";
      case "mr" -> "average moving range";
      case "s" -> "average standard deviation";
      case "t" -> "average time between events";
      default -> "average";
    };
  }

  private static int side(double value, double centre) {
    return value > centre ? 1 : value < centre ? -1 : 0;
  }

  /** An x value in a sentence: a date as written, anything else as "x 19". */
  private static String at(String x) {
    return x.matches("\\d{4}-\\d{2}.*") ? x : "x " + x;
  }

  private static String and(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** A number with four significant digits, without trailing zeros. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    String s = String.format(Locale.ROOT, "%.4g", value);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
