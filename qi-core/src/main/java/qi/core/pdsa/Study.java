package qi.core.pdsa;

import qi.core.internal.Checks;

/**
 * The S of PDSA: the data compared with the prediction.
 *
 * @param comparison the team's comparison of what happened with what was predicted; null until
 *     written
 * @param analysis the analysis of the cycle's measure the team accepted ({@link CycleStudy}); null
 *     until accepted
 */
public record Study(String comparison, ChangeAnalysis analysis) {
  public Study {
    comparison = Checks.optionalText(comparison);
  }

  /** Nothing written yet. */
  public static Study empty() {
    return new Study(null, null);
  }

  /** Whether nothing is written. */
  public boolean isEmpty() {
    return comparison == null && analysis == null;
  }
}
