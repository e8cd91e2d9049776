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
    int[] positions = part.usefulSequence();
    return Patterns.stretches(
        part.size(),
        positions,
        threshold,
        k -> part.side(positions[k]),
        k -> part.side(positions[k]));
  }
}
