package qi.core.pdsa;

import java.util.Locale;

/** The three families of measures of the Model for Improvement. */
public enum MeasureKind {
  /** The result the aim is about (e.g. minutes to triage). */
  OUTCOME,
  /** Whether the changes are carried out (e.g. the percentage of triage forms completed). */
  PROCESS,
  /** What might get worse elsewhere (e.g. patients who leave without being seen). */
  BALANCING;

  /** The name in JSON and in the CLI: {@code outcome}, {@code process}, {@code balancing}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static MeasureKind fromId(String id) {
    return Ids.fromId(MeasureKind.class, "kind", id);
  }
}
