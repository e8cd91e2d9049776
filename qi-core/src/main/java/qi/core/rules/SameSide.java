package qi.core.rules;

import qi.core.internal.Checks;

/**
 * A shift: at least {@code length} consecutive points on the same side of the centre line; every
 * point of the run is flagged, on its side.
 *
 * <p>A point exactly on the centre line breaks the run when {@code centreBreaks} (NHS, Western
 * Electric, Nelson); otherwise it neither breaks nor extends it (IHI, whose rule skips points on
 * the median). Excluded and missing points are skipped.
 *
 * <p>Sources: NHS Making Data Count, 7 points (NHSRplotthedots 0.2.2 {@code
 * ptd_seven_point_one_side_mean}); Western Electric Handbook (1956) test 4, 8 points; Nelson (1984)
 * test 2, 9 points; Provost and Murray, The Health Care Data Guide (2011), ch. 3, 6 points.
 *
 * @param id the identifier written in {@code signals}
 * @param length the shortest run that signals
 * @param centreBreaks whether a point on the centre line breaks a run
 */
public record SameSide(String id, int length, boolean centreBreaks) implements Rule {
  public SameSide {
    Checks.atLeast("length", length, 2);
  }

  @Override
  public String description() {
    return length + " points in a row on one side of the centre line";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = centreBreaks ? part.sequence() : part.usefulSequence();
    return Patterns.stretches(
        part.size(), positions, length, k -> part.side(positions[k]), k -> part.side(positions[k]));
  }
}
