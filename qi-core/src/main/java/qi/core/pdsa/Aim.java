package qi.core.pdsa;

import java.time.LocalDate;
import qi.core.internal.Checks;

/**
 * What the project will accomplish: what, how much, by when ("reduce median time to triage from 24
 * to 15 minutes by 31 December 2025").
 *
 * @param statement the aim in the team's words (not blank)
 * @param howMuch the size of the improvement aimed for; null when not stated
 * @param byWhen the date by which it should be reached; null when not stated
 */
public record Aim(String statement, String howMuch, LocalDate byWhen) {
  public Aim {
    statement = Checks.notBlank("aim", statement);
    howMuch = Checks.optionalText(howMuch);
  }

  /** An aim given as one statement. */
  public static Aim of(String statement) {
    return new Aim(statement, null, null);
  }
}
