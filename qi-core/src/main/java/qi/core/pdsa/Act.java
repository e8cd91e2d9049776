package qi.core.pdsa;

import java.util.Locale;

/** What the team decides after studying a cycle (the A of PDSA). */
public enum Act {
  /** Keep the change as it is and make it standard work. */
  ADOPT,
  /** Keep the change with modifications, tested in a further cycle. */
  ADAPT,
  /** Drop the change. */
  ABANDON;

  /** The name in JSON and in the CLI: {@code adopt}, {@code adapt}, {@code abandon}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static Act fromId(String id) {
    return Ids.fromId(Act.class, "act", id);
  }
}
