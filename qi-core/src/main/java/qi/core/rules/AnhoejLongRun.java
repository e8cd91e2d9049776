package qi.core.rules;

/**
 * The Anhøj long-run rule, attributed to points: when the part's runs analysis signals because a
 * run is longer than round(log₂ n) + 3, the points of every such run are flagged, on their side.
 * With the best-box and cut-box methods, a signal that is not due to too few crossings flags the
 * longest run(s). Points on the centre line neither break nor extend a run.
 *
 * <p>Source: Anhøj and Olesen (2014), PLoS ONE 9(11): e113825; qicharts2 0.8.1 {@code
 * runs.analysis}.
 */
public record AnhoejLongRun() implements Rule {
  @Override
  public String id() {
    return "long_run";
  }

  @Override
  public String description() {
    return "an unusually long run on one side of the centre line";
  }

  @Override
  public int[] flags(RuleInput part) {
    RunsFigures runs = part.runs();
    if (!runs.signal() || runs.longestRun().isEmpty()) {
      return new int[part.size()];
    }
    int longest = runs.longestRun().getAsInt();
    int allowed = runs.longestRunMax().getAsInt();
    boolean fewCrossings = runs.crossings().getAsInt() < runs.crossingsMin().getAsInt();
    int threshold;
    if (longest > allowed) {
      threshold = allowed + 1;
    } else if (part.runsMethod() != RunsMethod.ANHOEJ && !fewCrossings) {
      threshold = longest;
    } else {
      return new int[part.size()];
    }
    // One pass over the part, the runs of its useful points (included, off the centre line);
    // a run of at least the threshold is flagged when it ends, skipping the points within it that
    // are not useful. As Patterns.stretches over usefulSequence(), without the positions.
    int size = part.size();
    boolean[] included = part.included();
    int[] flags = new int[size];
    int runSide = 0;
    int runLength = 0;
    int runFirst = 0;
    int runLast = -1;
    for (int i = 0; i < size; i++) {
      int side = included[i] ? part.side(i) : 0;
      if (side == 0) {
        continue;
      }
      if (side != runSide) {
        flagRun(part, flags, runFirst, runLast, runSide, runLength >= threshold);
        runSide = side;
        runLength = 0;
        runFirst = i;
      }
      runLength++;
      runLast = i;
    }
    flagRun(part, flags, runFirst, runLast, runSide, runLength >= threshold);
    return flags;
  }

  /** Flags the useful points of the run from {@code first} to {@code last} if it is long enough. */
  private static void flagRun(
      RuleInput part, int[] flags, int first, int last, int side, boolean isLong) {
    if (!isLong) {
      return;
    }
    for (int i = first; i <= last; i++) {
      if (part.included()[i] && part.side(i) != 0) {
        flags[i] = side;
      }
    }
  }
}
