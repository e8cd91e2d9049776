package qi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qi.core.pdsa.DriverDiagram;
import qi.core.pdsa.Measure;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Plan;
import qi.core.pdsa.Project;
import qi.core.pdsa.Ramp;

/** The text of {@code qi pdsa list} and {@code qi pdsa show}. */
final class PdsaText {
  private PdsaText() {}

  static String project(Project p) {
    StringBuilder t = new StringBuilder();
    t.append(p.title()).append('\n');
    t.append("Aim: ").append(p.aim().statement());
    List<String> detail = new ArrayList<>();
    if (p.aim().howMuch() != null) {
      detail.add(p.aim().howMuch());
    }
    if (p.aim().byWhen() != null) {
      detail.add("by " + p.aim().byWhen());
    }
    t.append(detail.isEmpty() ? "" : " (" + String.join(", ", detail) + ")").append('\n');
    t.append("Measures:").append(p.measures().isEmpty() ? " none yet\n" : "\n");
    for (Measure m : p.measures()) {
      t.append("  ")
          .append(m.name())
          .append(": ")
          .append(m.kind().id())
          .append(", ")
          .append(m.chart().id())
          .append(" chart of ")
          .append(m.y())
          .append(m.n() == null ? "" : "/" + m.n())
          .append(" by ")
          .append(m.x())
          .append(" in ")
          .append(m.file())
          .append(", better: ")
          .append(m.direction().id())
          .append(m.hasTarget() ? ", target " + number(m.target()) : "")
          .append('\n');
    }
    if (!p.driverDiagram().primaryDrivers().isEmpty()) {
      t.append("Driver diagram:\n");
      for (DriverDiagram.PrimaryDriver primary : p.driverDiagram().primaryDrivers()) {
        t.append("  ").append(primary.name()).append('\n');
        for (DriverDiagram.SecondaryDriver secondary : primary.secondaryDrivers()) {
          t.append("    ").append(secondary.name()).append('\n');
          for (String idea : secondary.changeIdeas()) {
            t.append("      - ").append(idea).append('\n');
          }
        }
      }
    }
    if (!p.ramps().isEmpty()) {
      t.append("Ramps:\n");
      for (Ramp r : p.ramps()) {
        t.append("  ")
            .append(r.name())
            .append(" (")
            .append(r.changeIdea())
            .append("): PDSA ")
            .append(
                String.join(
                    " > ",
                    p.cyclesOfRamp(r.name()).stream()
                        .map(c -> Integer.toString(c.number()))
                        .toList()))
            .append('\n');
      }
    }
    t.append("Cycles:").append(p.cycles().isEmpty() ? " none yet\n" : "\n");
    for (PdsaCycle c : p.cycles()) {
      t.append(
          String.format(
              Locale.ROOT,
              "  %3d  %s to %-10s  %-8s  %s%n",
              c.number(),
              c.start(),
              c.end() == null ? "" : c.end().toString(),
              c.status(),
              c.changeIdea() + (c.ramp() == null ? "" : " [" + c.ramp() + "]")));
    }
    return t.toString().replace(System.lineSeparator(), "\n");
  }

  static String cycle(PdsaCycle c) {
    StringBuilder t = new StringBuilder();
    t.append(c.label()).append('\n');
    line(t, "Status", c.status());
    line(t, "Ramp", c.ramp());
    line(t, "Measure", c.measure());
    line(t, "Dates", c.start() + " to " + (c.end() == null ? "(not ended)" : c.end().toString()));
    line(t, "Objective", c.objective());
    for (String q : c.questions()) {
      line(t, "Question", q);
    }
    line(t, "Prediction", c.prediction());
    Plan plan = c.plan();
    t.append("Plan\n");
    line(t, "  Who", plan.who());
    line(t, "  What", plan.what());
    line(t, "  Where", plan.where());
    line(t, "  When", plan.when());
    line(t, "  Data", plan.data());
    t.append("Do\n");
    line(t, "  Happened", c.doing().happened());
    line(t, "  Observations", c.doing().observations());
    line(t, "  Problems", c.doing().problems());
    t.append("Study\n");
    line(t, "  Comparison", c.study().comparison());
    line(t, "  Analysis", c.study().analysis() == null ? null : c.study().analysis().summary());
    t.append("Act\n");
    line(t, "  Decision", c.decision() == null ? null : c.decision().act().id());
    line(t, "  Next", c.decision() == null ? null : c.decision().next());
    return t.toString();
  }

  private static void line(StringBuilder t, String label, String value) {
    t.append(label).append(": ").append(value == null ? "-" : value).append('\n');
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
