package qi.core.pdsa;

import java.util.Locale;

/**
 * How a cycle's start divides the measure's series when its effect is studied.
 *
 * <p>{@link #FREEZE} asks "do the points after the start differ from the baseline?", the question
 * of a test of change: a sustained shift shows as a long run on one side of the baseline's centre
 * line. {@link #PHASE} asks "is the process after the start stable on its own?": the new part gets
 * its own centre line, so a clean step change at the start is not a signal within it. Use it once a
 * change is established, to rebase the limits.
 */
public enum StudyMethod {
  /**
   * A new part starts at the first point on or after the cycle's start: the points after get their
   * own centre line and limits, and their own runs analysis.
   */
  PHASE,
  /**
   * The centre line and limits come from the points before the start only (the baseline) and are
   * extended over the points after it, which are judged against them.
   */
  FREEZE;

  /** The name in JSON and in the CLI: {@code phase}, {@code freeze}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static StudyMethod fromId(String id) {
    return Ids.fromId(StudyMethod.class, "method", id);
  }
}
