package qi.core.pdsa;

import qi.core.internal.Checks;

/**
 * The A of PDSA: the decision and what comes next (written as {@code "act"} in JSON).
 *
 * @param act adopt, adapt or abandon
 * @param next what comes next (the next cycle, spreading, a new idea); null when not written
 */
public record Decision(Act act, String next) {
  public Decision {
    Checks.notNull("act", act);
    next = Checks.optionalText(next);
  }
}
