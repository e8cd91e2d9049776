package qi.core.rules;

import qi.core.internal.Checks;

/**
 * k of m: at least {@code count} of {@code window} consecutive points beyond {@code sigmas}·σ on
 * the same side; those points are flagged (not the others of the window).
 *
 * <p>Variants: with {@code windowSameSide} every point of the window must lie on that side of the
 * centre line (NHS); with {@code countsBeyondLimits} false, points beyond the 3σ limits do not
 * count (NHS: they are not "close to the limits"). Excluded points are skipped; a window with a
 * missing point never signals when {@code missingBreaks} (NHS: NHSRplotthedots 0.2.2 looks at 3
 * consecutive rows, and a sum with a missing value is unknown), and missing points are skipped
 * otherwise.
 *
 * <p>Sources: NHS Making Data Count, 2 of 3 beyond the 2σ band, all 3 on one side (NHSRplotthedots
 * 0.2.2 {@code ptd_two_in_three}); Western Electric Handbook (1956) tests 2 (2 of 3 beyond 2σ) and
 * 3 (4 of 5 beyond 1σ); Nelson (1984) tests 5 and 6.
 *
 * @param id the identifier written in {@code signals}
 * @param count the points beyond the zone that signal (k)
 * @param window the consecutive points looked at (m)
 * @param sigmas the zone: 1 or 2 (σ)
 * @param windowSameSide whether every point of the window must be on the same side
 * @param countsBeyondLimits whether points beyond the 3σ limits count
 * @param missingBreaks whether a window with a missing point is passed over (else they are skipped)
 */
public record ZoneCount(
    String id,
    int count,
    int window,
    int sigmas,
    boolean windowSameSide,
    boolean countsBeyondLimits,
    boolean missingBreaks)
    implements Rule {
  public ZoneCount {
    Checks.atLeast("count", count, 1);
    if (window < count) {
      throw new IllegalArgumentException(
          "window (" + window + ") must be >= count (" + count + ")");
    }
    if (sigmas != 1 && sigmas != 2) {
      throw new IllegalArgumentException("sigmas (" + sigmas + ") must be 1 or 2");
    }
  }

  /** A rule that skips missing points. */
  public ZoneCount(
      String id,
      int count,
      int window,
      int sigmas,
      boolean windowSameSide,
      boolean countsBeyondLimits) {
    this(id, count, window, sigmas, windowSameSide, countsBeyondLimits, false);
  }

  @Override
  public String description() {
    return count + " of " + window + " points in a row beyond " + sigmas + " sigma on one side";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = part.sequence(missingBreaks);
    int[] flags = new int[part.size()];
    for (int start = 0; start + window <= positions.length; start++) {
      for (int side : new int[] {1, -1}) {
        int beyond = 0;
        boolean sameSide = true;
        boolean complete = true;
        for (int k = start; k < start + window; k++) {
          int i = positions[k];
          beyond += counts(part, i, side) ? 1 : 0;
          sameSide &= part.side(i) == side;
          complete &= !Double.isNaN(part.y()[i]);
        }
        if (beyond >= count && (sameSide || !windowSameSide) && complete) {
          for (int k = start; k < start + window; k++) {
            if (counts(part, positions[k], side)) {
              flags[positions[k]] = side;
            }
          }
        }
      }
    }
    return flags;
  }

  private boolean counts(RuleInput part, int i, int side) {
    return part.beyond(i, sigmas) == side && (countsBeyondLimits || part.beyond(i, 3) == 0);
  }
}
