package qi.core.pdsa;

import java.time.LocalDate;
import java.util.List;
import qi.core.internal.Checks;

/**
 * One PDSA cycle: a test of a change idea, from its objective and prediction to the decision.
 *
 * <p>A cycle is created when it is planned ({@link #planned}); its {@link Doing}, {@link Study} and
 * {@link Decision} are filled in as the team works through it ({@link #withDoing}, {@link
 * #withStudy}, {@link #withDecision}).
 *
 * <h2>Missing values</h2>
 *
 * {@code ramp}, {@code measure}, {@code end} and {@code decision} are null until set. {@code plan},
 * {@code doing} and {@code study} are never null; their fields are null until written.
 *
 * @param number the cycle's number in its project, from 1 ("PDSA 3")
 * @param changeIdea the change idea tested (not blank)
 * @param ramp the name of the ramp the cycle belongs to; null for none
 * @param measure the name of the measure that shows its effect; null for none
 * @param objective what the cycle is for (not blank)
 * @param questions the questions the test should answer
 * @param prediction what the team expects to happen (not blank)
 * @param start the first day of the test
 * @param end the last day of the test; not before {@code start}
 * @param plan who, what, where, when and the data to collect
 * @param doing what happened (JSON {@code "do"})
 * @param study the data compared with the prediction
 * @param decision adopt, adapt or abandon, and what next (JSON {@code "act"})
 */
public record PdsaCycle(
    int number,
    String changeIdea,
    String ramp,
    String measure,
    String objective,
    List<String> questions,
    String prediction,
    LocalDate start,
    LocalDate end,
    Plan plan,
    Doing doing,
    Study study,
    Decision decision) {
  public PdsaCycle {
    Checks.atLeast("cycle number", number, 1);
    changeIdea = Checks.notBlank("change idea", changeIdea);
    ramp = Checks.optionalText(ramp);
    measure = Checks.optionalText(measure);
    objective = Checks.notBlank("objective", objective);
    questions =
        Checks.notNull("questions", questions).stream()
            .map(q -> Checks.notBlank("question", q))
            .toList();
    prediction = Checks.notBlank("prediction", prediction);
    Checks.notNull("start", start);
    Checks.notBefore("end", end, "start", start);
    Checks.notNull("plan", plan);
    Checks.notNull("do", doing);
    Checks.notNull("study", study);
  }

  /** A cycle as planned: nothing done, studied or decided yet. */
  public static PdsaCycle planned(
      int number,
      String changeIdea,
      String objective,
      List<String> questions,
      String prediction,
      LocalDate start) {
    return new PdsaCycle(
        number,
        changeIdea,
        null,
        null,
        objective,
        questions,
        prediction,
        start,
        null,
        Plan.empty(),
        Doing.empty(),
        Study.empty(),
        null);
  }

  /** The cycle's name on charts and in lists: {@code PDSA 3: new triage form}. */
  public String label() {
    return "PDSA " + number + ": " + changeIdea;
  }

  /** Where the cycle is: {@code planned}, {@code done}, {@code studied} or the decision. */
  public String status() {
    if (decision != null) {
      return decision.act().id();
    }
    if (!study.isEmpty()) {
      return "studied";
    }
    return doing.isEmpty() ? "planned" : "done";
  }

  /** This cycle in ramp {@code name} (null: none). */
  public PdsaCycle withRamp(String name) {
    return new PdsaCycle(
        number,
        changeIdea,
        name,
        measure,
        objective,
        questions,
        prediction,
        start,
        end,
        plan,
        doing,
        study,
        decision);
  }

  /** This cycle linked to measure {@code name} (null: none). */
  public PdsaCycle withMeasure(String name) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        name,
        objective,
        questions,
        prediction,
        start,
        end,
        plan,
        doing,
        study,
        decision);
  }

  /** This cycle ending on {@code date} (null: not ended). */
  public PdsaCycle withEnd(LocalDate date) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        measure,
        objective,
        questions,
        prediction,
        start,
        date,
        plan,
        doing,
        study,
        decision);
  }

  /** This cycle with another plan. */
  public PdsaCycle withPlan(Plan value) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        measure,
        objective,
        questions,
        prediction,
        start,
        end,
        value,
        doing,
        study,
        decision);
  }

  /** This cycle with what happened. */
  public PdsaCycle withDoing(Doing value) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        measure,
        objective,
        questions,
        prediction,
        start,
        end,
        plan,
        value,
        study,
        decision);
  }

  /** This cycle with its study. */
  public PdsaCycle withStudy(Study value) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        measure,
        objective,
        questions,
        prediction,
        start,
        end,
        plan,
        doing,
        value,
        decision);
  }

  /** This cycle with its decision. */
  public PdsaCycle withDecision(Decision value) {
    return new PdsaCycle(
        number,
        changeIdea,
        ramp,
        measure,
        objective,
        questions,
        prediction,
        start,
        end,
        plan,
        doing,
        study,
        value);
  }
}
