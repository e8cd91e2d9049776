package qi.core.pdsa;

import qi.core.internal.Checks;

/**
 * The D of PDSA: what happened when the test was run (written as {@code "do"} in JSON). Each field
 * is null until written down.
 *
 * @param happened what was carried out, and whether as planned
 * @param observations what the team observed
 * @param problems problems and unexpected effects
 */
public record Doing(String happened, String observations, String problems) {
  public Doing {
    happened = Checks.optionalText(happened);
    observations = Checks.optionalText(observations);
    problems = Checks.optionalText(problems);
  }

  /** Nothing written yet. */
  public static Doing empty() {
    return new Doing(null, null, null);
  }

  /** Whether nothing is written. */
  public boolean isEmpty() {
    return happened == null && observations == null && problems == null;
  }
}
