package qi.core.pdsa;

import java.util.Locale;

/** How a cycle's start divides the measure's series when its effect is studied. */
public enum StudyMethod {
  /**
   * A new part (phase) starts at the first point on or after the cycle's start: the points after
   * get their own centre line and limits, and their own runs analysis.
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
