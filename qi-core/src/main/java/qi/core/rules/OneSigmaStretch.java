package qi.core.rules;

import qi.core.internal.Checks;

/**
 * At least {@code length} points in a row all within 1σ of the centre line ({@code within}:
 * stratification, less variation than the limits expect, often limits computed from mixed streams),
 * or all beyond 1σ on either side (not {@code within}: a mixture of two processes). Flagged without
 * a side. Needs limits: never fires on a run chart.
 *
 * <p>Source: Nelson (1984), J. Qual. Technol. 16(4): 237–239, tests 7 (15 points within) and 8 (8
 * points beyond).
 *
 * @param id the identifier written in {@code signals}
 * @param length the fewest points that signal
 * @param within whether the points must lie within 1σ (else beyond it)
 */
public record OneSigmaStretch(String id, int length, boolean within) implements Rule {
  public OneSigmaStretch {
    Checks.atLeast("length", length, 2);
  }

  @Override
  public boolean sided() {
    return false;
  }

  @Override
  public String description() {
    return length
        + " points in a row "
        + (within ? "within 1 sigma of the centre line" : "beyond 1 sigma on either side");
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
          return hasZones && (part.beyond(i, 1) == 0) == within ? 1 : 0;
        },
        k -> Rules.UNSIDED);
  }
}
