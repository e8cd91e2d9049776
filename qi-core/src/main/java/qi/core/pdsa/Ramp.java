package qi.core.pdsa;

import qi.core.internal.Checks;

/**
 * A ramp: a sequence of PDSA cycles testing one change idea, each building on the last (from a
 * small test, one clinician on one shift, to the whole department). A cycle joins a ramp by naming
 * it; the ramp's cycles are taken in the order of their start dates.
 *
 * @param name the ramp's name, unique in its project (not blank)
 * @param changeIdea the change idea the ramp tests (not blank)
 */
public record Ramp(String name, String changeIdea) {
  public Ramp {
    name = Checks.notBlank("ramp", name);
    changeIdea = Checks.notBlank("change idea", changeIdea);
  }
}
