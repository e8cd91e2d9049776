package qi.core.pdsa;

import java.time.LocalDate;
import java.util.List;
import qi.core.ChartType;
import qi.core.rules.Direction;

/** Small projects for the tests of this package. */
final class Fixtures {
  private Fixtures() {}

  static Measure timeToTriage() {
    return new Measure(
        "Time to triage",
        MeasureKind.OUTCOME,
        "time-to-triage.csv",
        "week",
        "minutes_to_triage",
        null,
        ChartType.I,
        Direction.DECREASE,
        15);
  }

  static PdsaCycle cycle(int number, String idea, String start) {
    return PdsaCycle.planned(
        number, idea, "Learn if it works", List.of(), "Faster triage", LocalDate.parse(start));
  }

  /** A project with one measure and two cycles in one ramp. */
  static Project triage() {
    return Project.of("Faster triage", Aim.of("Triage within 15 minutes"))
        .withMeasure(timeToTriage())
        .withCycle(
            cycle(1, "New triage form", "2025-03-03")
                .withRamp("Form")
                .withMeasure("Time to triage"))
        .withCycle(
            cycle(2, "New triage form, all nurses", "2025-03-24")
                .withRamp("Form")
                .withMeasure("Time to triage"));
  }
}
