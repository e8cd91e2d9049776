package qi.core.rules;

import qi.core.internal.Checks;

/**
 * A shift: at least {@code length} consecutive points on the same side of the centre line; every
 * point of the run is flagged, on its side.
 *
 * <p>A point exactly on the centre line breaks the run when {@code centreBreaks} (NHS, Western
 * Electric, Nelson); otherwise it neither breaks nor extends it (IHI, whose rule skips points on
 * the median). Excluded points are skipped; a missing point breaks the run when {@code
 * missingBreaks} (NHS: NHSRplotthedots 0.2.2 looks at 7 consecutive rows, and a row without a value
 * is on neither side), and is skipped otherwise.
 *
 * <p>Sources: NHS Making Data Count, 7 points (NHSRplotthedots 0.2.2 {@code
 * ptd_seven_point_one_side_mean}); Western Electric Handbook (1956) test 4, 8 points; Nelson (1984)
 * test 2, 9 points; Provost and Murray, The Health Care Data Guide (2011), ch. 3, 6 points.
 *
 * @param id the identifier written in {@code signals}
 * @param length the shortest run that signals
 * @param centreBreaks whether a point on the centre line breaks a run
 * @param missingBreaks whether a missing point breaks a run (else it is skipped)
 */
public record SameSide(String id, int length, boolean centreBreaks, boolean missingBreaks)
    implements Rule {
  public SameSide {
    Checks.atLeast("length", length, 2);
  }

  /** A rule that skips missing points. */
  public SameSide(String id, int length, boolean centreBreaks) {
    this(id, length, centreBreaks, false);
  }

  @Override
  public String description() {
    return length + " points in a row on one side of the centre line";
  }

  @Override
  public int[] flags(RuleInput part) {
    // a missing point has side 0, so with centreBreaks it breaks a run as a point on the line does
    int[] positions =
        missingBreaks
            ? part.sequence(true)
            : centreBreaks ? part.sequence() : part.usefulSequence();
    return Patterns.stretches(
        part.size(), positions, length, k -> part.side(positions[k]), k -> part.side(positions[k]));
  }
}
