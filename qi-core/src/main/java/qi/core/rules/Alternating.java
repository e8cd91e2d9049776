package qi.core.rules;

import qi.core.internal.Checks;

/**
 * Sawtooth: at least {@code length} points in a row alternating up and down (each step the opposite
 * of the one before; an equal value breaks the pattern). Flagged without a side: it points to
 * systematic alternation (two machines, two shifts), neither improvement nor concern.
 *
 * <p>Source: Nelson (1984), J. Qual. Technol. 16(4): 237–239, test 4 (14 points).
 *
 * @param id the identifier written in {@code signals}
 * @param length the fewest points that signal
 */
public record Alternating(String id, int length) implements Rule {
  public Alternating {
    Checks.atLeast("length", length, 3);
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return length + " points in a row alternating up and down";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = part.sequence();
    double[] y = part.y();
    int n = positions.length;
    // key of step k: +1/-1 alternating with k so that a sawtooth has one constant key
    int[] key = new int[n];
    for (int k = 1; k < n; k++) {
      int step = (int) Math.signum(y[positions[k]] - y[positions[k - 1]]);
      key[k] = step * (k % 2 == 0 ? 1 : -1);
    }
    int[] stepFlags =
        Patterns.stretches(
            n, java.util.stream.IntStream.range(0, n).toArray(), length - 1, k -> key[k], k -> 1);
    int[] flags = new int[part.size()];
    for (int k = 1; k < n; k++) {
      if (stepFlags[k] != 0) {
        flags[positions[k]] = Rules.UNSIDED;
        flags[positions[k - 1]] = Rules.UNSIDED;
      }
    }
    return flags;
  }
}
