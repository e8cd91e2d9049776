package qi.core.pdsa;

import qi.core.internal.Checks;

/**
 * The P of PDSA: how the test will be run. Each field is null until written down.
 *
 * @param who who runs the test
 * @param what what is done
 * @param where where (a ward, a shift, a clinic)
 * @param when when (free text: "Monday day shift, week of 3 March")
 * @param data the data to collect, and how
 */
public record Plan(String who, String what, String where, String when, String data) {
  public Plan {
    who = Checks.optionalText(who);
    what = Checks.optionalText(what);
    where = Checks.optionalText(where);
    when = Checks.optionalText(when);
    data = Checks.optionalText(data);
  }

  /** A plan with nothing written yet. */
  public static Plan empty() {
    return new Plan(null, null, null, null, null);
  }

  /** Whether nothing is written. */
  public boolean isEmpty() {
    return who == null && what == null && where == null && when == null && data == null;
  }
}
