package qi.core.pdsa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import qi.core.internal.Checks;

/**
 * A quality-improvement project: its aim, its measures, its driver diagram, and the PDSA cycles
 * that test its change ideas, grouped in ramps. Immutable: every {@code with} method returns a new
 * project, checked as a whole.
 *
 * <p>A project holds together: measure and ramp names are unique, cycles are numbered 1, 2, 3, … in
 * order, a cycle names only measures and ramps of the project, and within a ramp each cycle starts
 * no earlier than the one it builds on (the previous cycle of the ramp).
 *
 * @param title the project's title (not blank)
 * @param aim what, how much, by when
 * @param measures outcome, process and balancing measures; names unique
 * @param driverDiagram the theory of change
 * @param ramps the ramps of cycles; names unique
 * @param cycles the cycles, numbered from 1 in order
 */
public record Project(
    String title,
    Aim aim,
    List<Measure> measures,
    DriverDiagram driverDiagram,
    List<Ramp> ramps,
    List<PdsaCycle> cycles) {
  public Project {
    title = Checks.notBlank("title", title);
    Checks.notNull("aim", aim);
    measures = List.copyOf(Checks.notNull("measures", measures));
    Checks.notNull("driver diagram", driverDiagram);
    ramps = List.copyOf(Checks.notNull("ramps", ramps));
    cycles = List.copyOf(Checks.notNull("cycles", cycles));
    Names.unique("measure", measures.stream().map(Measure::name).toList());
    Names.unique("ramp", ramps.stream().map(Ramp::name).toList());
    List<String> measureNames = measures.stream().map(Measure::name).toList();
    List<String> rampNames = ramps.stream().map(Ramp::name).toList();
    Map<String, PdsaCycle> lastOfRamp = new HashMap<>();
    for (int i = 0; i < cycles.size(); i++) {
      PdsaCycle cycle = cycles.get(i);
      if (cycle.number() != i + 1) {
        throw new IllegalArgumentException(
            "cycle number (" + cycle.number() + ") must be " + (i + 1) + ": cycles count from 1");
      }
      if (cycle.measure() != null && !measureNames.contains(cycle.measure())) {
        throw new IllegalArgumentException(
            "measure of PDSA "
                + cycle.number()
                + " ("
                + cycle.measure()
                + ") must be one of the project's measures"
                + list(measureNames));
      }
      if (cycle.ramp() != null) {
        if (!rampNames.contains(cycle.ramp())) {
          throw new IllegalArgumentException(
              "ramp of PDSA "
                  + cycle.number()
                  + " ("
                  + cycle.ramp()
                  + ") must be one of the project's ramps"
                  + list(rampNames));
        }
        PdsaCycle previous = lastOfRamp.put(cycle.ramp(), cycle);
        if (previous != null) {
          Checks.notBefore(
              "start of PDSA " + cycle.number(),
              cycle.start(),
              "start of PDSA "
                  + previous.number()
                  + ", the cycle it builds on in ramp "
                  + cycle.ramp(),
              previous.start());
        }
      }
    }
  }

  /** A new project with only a title and an aim. */
  public static Project of(String title, Aim aim) {
    return new Project(title, aim, List.of(), DriverDiagram.empty(), List.of(), List.of());
  }

  /** The number the next cycle added gets. */
  public int nextCycleNumber() {
    return cycles.size() + 1;
  }

  /**
   * The cycle numbered {@code number}.
   *
   * @throws IllegalArgumentException naming the number and the cycles there are
   */
  public PdsaCycle cycle(int number) {
    if (number < 1 || number > cycles.size()) {
      throw new IllegalArgumentException(
          "cycle ("
              + number
              + ") must be "
              + (cycles.isEmpty()
                  ? "a cycle of the project, which has none yet"
                  : "between 1 and " + cycles.size()));
    }
    return cycles.get(number - 1);
  }

  /**
   * The measure named {@code name}.
   *
   * @throws IllegalArgumentException naming the name and the measures there are
   */
  public Measure measure(String name) {
    return measures.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "measure ("
                        + name
                        + ") must be one of the project's measures"
                        + list(measures.stream().map(Measure::name).toList())));
  }

  /** The ramp named {@code name}, if there is one. */
  public Optional<Ramp> ramp(String name) {
    return ramps.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The cycles of ramp {@code name}, each building on the one before. */
  public List<PdsaCycle> cyclesOfRamp(String name) {
    return cycles.stream().filter(c -> name.equals(c.ramp())).toList();
  }

  /** The first outcome measure, the default measure of new cycles, if there is one. */
  public Optional<Measure> firstOutcomeMeasure() {
    return measures.stream().filter(m -> m.kind() == MeasureKind.OUTCOME).findFirst();
  }

  /** This project with another title and aim. */
  public Project withAim(String newTitle, Aim newAim) {
    return new Project(newTitle, newAim, measures, driverDiagram, ramps, cycles);
  }

  /**
   * This project with {@code measure} added, or replacing the measure of the same name.
   *
   * <p>A measure is replaced rather than removed so that the cycles linked to it stay linked.
   */
  public Project withMeasure(Measure measure) {
    Checks.notNull("measure", measure);
    List<Measure> list = new ArrayList<>(measures);
    int i = list.stream().map(Measure::name).toList().indexOf(measure.name());
    if (i < 0) {
      list.add(measure);
    } else {
      list.set(i, measure);
    }
    return new Project(title, aim, list, driverDiagram, ramps, cycles);
  }

  /** This project with another driver diagram. */
  public Project withDriverDiagram(DriverDiagram diagram) {
    return new Project(title, aim, measures, diagram, ramps, cycles);
  }

  /** This project with {@code ramp} added (its name must be new). */
  public Project withRamp(Ramp ramp) {
    List<Ramp> list = new ArrayList<>(ramps);
    list.add(Checks.notNull("ramp", ramp));
    return new Project(title, aim, measures, driverDiagram, list, cycles);
  }

  /**
   * This project with {@code cycle} added at the end; its number must be {@link
   * #nextCycleNumber()}. If the cycle names a ramp the project does not have yet, the ramp is
   * created, testing the cycle's change idea.
   */
  public Project withCycle(PdsaCycle cycle) {
    Checks.notNull("cycle", cycle);
    if (cycle.number() != nextCycleNumber()) {
      throw new IllegalArgumentException(
          "cycle number ("
              + cycle.number()
              + ") must be the next number ("
              + nextCycleNumber()
              + ")");
    }
    Project project = this;
    if (cycle.ramp() != null && ramp(cycle.ramp()).isEmpty()) {
      project = withRamp(new Ramp(cycle.ramp(), cycle.changeIdea()));
    }
    List<PdsaCycle> list = new ArrayList<>(cycles);
    list.add(cycle);
    return new Project(title, aim, measures, driverDiagram, project.ramps(), list);
  }

  /** This project with the cycle of the same number replaced by {@code cycle}. */
  public Project withCycleReplaced(PdsaCycle cycle) {
    cycle(Checks.notNull("cycle", cycle).number());
    List<PdsaCycle> list = new ArrayList<>(cycles);
    list.set(cycle.number() - 1, cycle);
    return new Project(title, aim, measures, driverDiagram, ramps, list);
  }

  /**
   * The start of every cycle as a chart annotation, {@code PDSA 3: new triage form}, in cycle
   * order.
   */
  public List<Annotation> annotations() {
    return cycles.stream().map(c -> new Annotation(c.start(), c.label())).toList();
  }

  /**
   * The start of each cycle linked to measure {@code name} as a chart annotation, in cycle order:
   * what to draw on that measure's chart.
   *
   * @throws IllegalArgumentException when the project has no such measure
   */
  public List<Annotation> annotations(String measureName) {
    measure(measureName);
    return cycles.stream()
        .filter(c -> measureName.equals(c.measure()))
        .map(c -> new Annotation(c.start(), c.label()))
        .toList();
  }

  private static String list(List<String> names) {
    return names.isEmpty()
        ? ", which has none yet"
        : " (" + names.stream().collect(Collectors.joining(", ")) + ")";
  }
}
