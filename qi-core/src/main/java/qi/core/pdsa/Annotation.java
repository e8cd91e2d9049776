package qi.core.pdsa;

import java.time.LocalDate;
import qi.core.internal.Checks;

/**
 * A note on a chart at a date, e.g. the start of a PDSA cycle: {@code 2025-03-03} "PDSA 1: new
 * triage form".
 *
 * @param date where on the x axis
 * @param label the text to show (not blank)
 */
public record Annotation(LocalDate date, String label) {
  public Annotation {
    Checks.notNull("date", date);
    label = Checks.notBlank("label", label);
  }

  /** As the value of {@code qi chart --annotate}: {@code 2025-03-03=PDSA 1: new triage form}. */
  public String asOption() {
    return date + "=" + label;
  }
}
