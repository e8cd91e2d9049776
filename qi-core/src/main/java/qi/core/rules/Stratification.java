package qi.core.rules;

import qi.core.internal.Checks;

/**
 * Stratification: at least {@code length} points in a row within 1σ of the centre line, on either
 * side: less variation than the limits expect (often limits computed from mixed streams). Flagged
 * without a side. Needs limits: never fires on a run chart.
 *
 * <p>Source: Nelson (1984), J. Qual. Technol. 16(4): 237–239, test 7 (15 points).
 *
 * @param id the identifier written in {@code signals}
 * @param length the fewest points that signal
 */
public record Stratification(String id, int length) implements Rule {
  public Stratification {
    Checks.atLeast("length", length, 2);
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return length + " points in a row within 1 sigma of the centre line";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = part.sequence();
    return Patterns.stretches(
        part.size(),
        positions,
        length,
        k -> {
          int i = positions[k];
          boolean hasZones = !Double.isNaN(part.uwl()[i]) && !Double.isNaN(part.lwl()[i]);
          return hasZones && part.beyond(i, 1) == 0 ? 1 : 0;
        },
        k -> Rules.UNSIDED);
  }
}
