package qi.core.pdsa;

import java.util.Locale;

/** Which way a measure moves when things get better. */
public enum Direction {
  /** Higher is better (e.g. the percentage of patients triaged within 15 minutes). */
  INCREASE,
  /** Lower is better (e.g. minutes to triage, falls per 1,000 bed days). */
  DECREASE,
  /** No preferred direction (e.g. a balancing measure watched for any change). */
  NEUTRAL;

  /** The name in JSON and in the CLI: {@code increase}, {@code decrease}, {@code neutral}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static Direction fromId(String id) {
    return Ids.fromId(Direction.class, "direction", id);
  }
}
