package qi.core.rules;

/**
 * The Anhøj crossings rule, attributed to points: when the part's runs analysis signals because the
 * useful points cross the centre line fewer than qbinom(0.05, n − 1, 0.5) times, every useful point
 * of the part is flagged, without a side (the pattern belongs to the whole part).
 *
 * <p>Source: Anhøj and Olesen (2014), PLoS ONE 9(11): e113825; Chen (2010); qicharts2 0.8.1 {@code
 * runs.analysis}.
 */
public record AnhoejFewCrossings() implements Rule {
  @Override
  public String id() {
    return "few_crossings";
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return "unusually few crossings of the centre line";
  }

  @Override
  public int[] flags(RuleInput part) {
    RunsFigures runs = part.runs();
    int[] flags = new int[part.size()];
    if (runs.signal()
        && runs.crossings().isPresent()
        && runs.crossings().getAsInt() < runs.crossingsMin().getAsInt()) {
      // the useful points: included, with a value (a missing one is on neither side), off the
      // centre line
      boolean[] included = part.included();
      for (int i = 0; i < flags.length; i++) {
        if (included[i] && part.side(i) != 0) {
          flags[i] = Rules.UNSIDED;
        }
      }
    }
    return flags;
  }
}
