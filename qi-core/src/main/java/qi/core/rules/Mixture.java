package qi.core.rules;

import qi.core.internal.Checks;

/**
 * Mixture: at least {@code length} points in a row beyond 1σ, on either side, none within 1σ of the
 * centre line: the data may come from two processes. Flagged without a side.
 *
 * <p>Source: Nelson (1984), J. Qual. Technol. 16(4): 237–239, test 8 (8 points).
 *
 * @param id the identifier written in {@code signals}
 * @param length the fewest points that signal
 */
public record Mixture(String id, int length) implements Rule {
  public Mixture {
    Checks.atLeast("length", length, 2);
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return length + " points in a row beyond 1 sigma on either side";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = part.sequence();
    return Patterns.stretches(
        part.size(),
        positions,
        length,
        k -> part.beyond(positions[k], 1) != 0 ? 1 : 0,
        k -> Rules.UNSIDED);
  }
}
