package qi.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qi.core.pdsa.Act;
import qi.core.pdsa.ChangeAnalysis;
import qi.core.pdsa.CycleStudy;
import qi.core.pdsa.Decision;
import qi.core.pdsa.Doing;
import qi.core.pdsa.Measure;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Plan;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectJson;
import qi.core.pdsa.ProjectStore;
import qi.core.pdsa.Study;
import qi.core.pdsa.StudyMethod;

/** {@code qi pdsa cycle}: plan, do, study and act on the project's PDSA cycles. */
@Command(
    name = "cycle",
    mixinStandardHelpOptions = true,
    description = "Plan, do, study and act on PDSA cycles.",
    subcommands = {
      PdsaCycleCommand.Add.class,
      PdsaCycleCommand.PlanCommand.class,
      PdsaCycleCommand.DoCommand.class,
      PdsaCycleCommand.StudyCommand.class,
      PdsaCycleCommand.ActCommand.class
    })
final class PdsaCycleCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The P of a cycle, as options shared by {@code add} and {@code plan}. */
  static final class PlanOptions {
    @Option(names = "--who", paramLabel = "TEXT", description = "Plan: who runs the test.")
    String who;

    @Option(names = "--what", paramLabel = "TEXT", description = "Plan: what is done.")
    String what;

    @Option(names = "--where", paramLabel = "TEXT", description = "Plan: where.")
    String where;

    @Option(names = "--when", paramLabel = "TEXT", description = "Plan: when.")
    String when;

    @Option(names = "--data", paramLabel = "TEXT", description = "Plan: the data to collect.")
    String data;

    /** {@code plan} with the fields given here replaced. */
    Plan over(Plan plan) {
      return new Plan(
          who == null ? plan.who() : who,
          what == null ? plan.what() : what,
          where == null ? plan.where() : where,
          when == null ? plan.when() : when,
          data == null ? plan.data() : data);
    }
  }

  /** Updates cycle {@code number} under the project's lock and prints a confirmation. */
  static PdsaCycle update(
      ProjectStore store, int number, java.util.function.UnaryOperator<PdsaCycle> change) {
    Project project = store.update(p -> p.withCycleReplaced(change.apply(p.cycle(number))));
    return project.cycle(number);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Plan a new cycle; it gets the next number.",
        "Its measure is --measure, or else the project's first outcome measure."
      })
  static final class Add implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;
    @Mixin PlanOptions plan;

    @Option(
        names = "--change-idea",
        required = true,
        paramLabel = "TEXT",
        description = "The change idea tested.")
    String changeIdea;

    @Option(
        names = "--objective",
        required = true,
        paramLabel = "TEXT",
        description = "What the cycle is for.")
    String objective;

    @Option(
        names = "--question",
        paramLabel = "TEXT",
        description = "A question the test should answer (repeatable).")
    List<String> questions = List.of();

    @Option(
        names = "--prediction",
        required = true,
        paramLabel = "TEXT",
        description = "What the team expects to happen.")
    String prediction;

    @Option(
        names = "--start",
        required = true,
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "First day of the test (YYYY-MM-DD).")
    LocalDate start;

    @Option(
        names = "--end",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "Last day of the test (YYYY-MM-DD).")
    LocalDate end;

    @Option(
        names = "--ramp",
        paramLabel = "NAME",
        description = "The ramp the cycle builds on (created if new).")
    String ramp;

    @Option(
        names = "--measure",
        paramLabel = "NAME",
        description = "The measure that shows the effect (default: first outcome measure).")
    String measure;

    @Option(
        names = "--allow-duplicate",
        description =
            "Add the cycle even when one with the same change idea, objective, questions,"
                + " prediction, dates, ramp, measure and plan exists (by default refused: a retried"
                + " add would record the cycle twice).")
    boolean allowDuplicate;

    @Override
    public Integer call() {
      Project written =
          project
              .store()
              .update(
                  p -> {
                    String linked =
                        measure != null
                            ? p.measure(measure).name()
                            : p.firstOutcomeMeasure().map(Measure::name).orElse(null);
                    PdsaCycle cycle =
                        PdsaCycle.planned(
                                p.nextCycleNumber(),
                                changeIdea,
                                objective,
                                questions,
                                prediction,
                                start)
                            .withEnd(end)
                            .withRamp(ramp)
                            .withMeasure(linked)
                            .withPlan(plan.over(Plan.empty()));
                    if (!allowDuplicate) {
                      refuseDuplicate(p, cycle);
                    }
                    return p.withCycle(cycle);
                  });
      PdsaCycle added = written.cycles().get(written.cycles().size() - 1);
      PdsaCommand.print(
          spec,
          "PDSA "
              + added.number()
              + " added: "
              + added.changeIdea()
              + (added.ramp() == null ? "" : " (ramp " + added.ramp() + ")")
              + ", starting "
              + added.start()
              + ".\n");
      return ExitCodes.OK;
    }

    /**
     * Refuses a cycle whose planned fields (all that {@code add} writes) equal those of a cycle of
     * the project: most likely a retry of an add that was written but not answered.
     */
    private static void refuseDuplicate(Project project, PdsaCycle cycle) {
      for (PdsaCycle c : project.cycles()) {
        PdsaCycle asPlanned =
            PdsaCycle.planned(
                    cycle.number(),
                    c.changeIdea(),
                    c.objective(),
                    c.questions(),
                    c.prediction(),
                    c.start())
                .withEnd(c.end())
                .withRamp(c.ramp())
                .withMeasure(c.measure())
                .withPlan(c.plan());
        if (asPlanned.equals(cycle)) {
          throw new IllegalArgumentException(
              "cycle add: PDSA "
                  + c.number()
                  + " ("
                  + c.changeIdea()
                  + ") exists already with exactly these fields, so nothing was added (was an"
                  + " earlier add answered?); give --allow-duplicate to add it again");
        }
      }
    }
  }

  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = "Write the plan of a cycle: who, what, where, when, data to collect.")
  static final class PlanCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;
    @Mixin PlanOptions plan;

    @Parameters(index = "0", paramLabel = "CYCLE", description = "The cycle's number.")
    int number;

    @Override
    public Integer call() {
      PdsaCycle cycle = update(project.store(), number, c -> c.withPlan(plan.over(c.plan())));
      PdsaCommand.print(spec, "Planned " + cycle.label() + ".\n");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "do",
      mixinStandardHelpOptions = true,
      description = "Write what happened when the cycle was run.")
  static final class DoCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Parameters(index = "0", paramLabel = "CYCLE", description = "The cycle's number.")
    int number;

    @Option(names = "--happened", paramLabel = "TEXT", description = "What was carried out.")
    String happened;

    @Option(names = "--observations", paramLabel = "TEXT", description = "What was observed.")
    String observations;

    @Option(names = "--problems", paramLabel = "TEXT", description = "Problems, surprises.")
    String problems;

    @Option(
        names = "--end",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "Last day of the test (YYYY-MM-DD).")
    LocalDate end;

    @Override
    public Integer call() {
      if (happened == null && observations == null && problems == null && end == null) {
        throw new IllegalArgumentException(
            "cycle do: give at least one of --happened, --observations, --problems, --end");
      }
      PdsaCycle cycle =
          update(
              project.store(),
              number,
              c -> {
                Doing d = c.doing();
                PdsaCycle changed =
                    c.withDoing(
                        new Doing(
                            happened == null ? d.happened() : happened,
                            observations == null ? d.observations() : observations,
                            problems == null ? d.problems() : problems));
                return end == null ? changed : changed.withEnd(end);
              });
      PdsaCommand.print(spec, "Recorded what happened in " + cycle.label() + ".\n");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "study",
      mixinStandardHelpOptions = true,
      description = {
        "Compare the data with the prediction.",
        "--analyze analyzes the cycle's measure with the cycle's start as a freeze point (the",
        "points before it are the baseline; or --method phase: a new part from the start) and",
        "reports any special cause after it; --accept writes it into the cycle's study."
      })
  static final class StudyCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Parameters(index = "0", paramLabel = "CYCLE", description = "The cycle's number.")
    int number;

    @Option(
        names = "--comparison",
        paramLabel = "TEXT",
        description = "The team's comparison of the data with the prediction.")
    String comparison;

    @Option(
        names = {"--analyze", "--analyse"},
        description = "Analyze the cycle's measure around its start (--analyse: the same).")
    boolean analyze;

    @Option(
        names = "--method",
        paramLabel = "METHOD",
        description =
            "freeze (default: judge the points after the start against the baseline before it)"
                + " or phase (a new part from the start, with its own limits).")
    StudyMethod method = StudyMethod.FREEZE;

    @Option(
        names = "--baseline-from",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description =
            "Leave out the points before DATE (e.g. before an earlier change that shifted the"
                + " process), so the baseline is the process as it is now.")
    LocalDate baselineFrom;

    @Option(names = "--accept", description = "Write the analysis into the cycle's study.")
    boolean accept;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default) or json, for the analysis.")
    PdsaCommand.Format format = PdsaCommand.Format.TEXT;

    @Override
    public Integer call() {
      if (accept && !analyze) {
        throw new IllegalArgumentException("--accept needs --analyze: there is nothing to accept");
      }
      if (!analyze && comparison == null) {
        throw new IllegalArgumentException("cycle study: give --comparison TEXT or --analyze");
      }
      ProjectStore store = project.store();
      ChangeAnalysis[] analyzed = new ChangeAnalysis[1];
      PdsaCycle cycle = null;
      if (comparison != null || accept) {
        // analyzed under the lock, from the cycle as it is written
        cycle =
            update(
                store,
                number,
                c -> {
                  if (accept) {
                    analyzed[0] = analyze(store);
                  }
                  return c.withStudy(
                      new Study(
                          comparison == null ? c.study().comparison() : comparison,
                          accept ? analyzed[0] : c.study().analysis()));
                });
      }
      ChangeAnalysis analysis = accept ? analyzed[0] : analyze ? analyze(store) : null;
      StringBuilder text = new StringBuilder();
      if (analysis != null) {
        if (format == PdsaCommand.Format.JSON) {
          text.append(ProjectJson.write(analysis));
        } else {
          text.append(analysis.summary()).append('\n');
          text.append(
              accept
                  ? "Accepted: written into the study of PDSA " + number + ".\n"
                  : "Not saved: add --accept to write it into the study of PDSA " + number + ".\n");
        }
      }
      if (comparison != null && format == PdsaCommand.Format.TEXT) {
        text.append("Recorded the comparison in ").append(cycle.label()).append(".\n");
      }
      PdsaCommand.print(spec, text.toString());
      return ExitCodes.OK;
    }

    private ChangeAnalysis analyze(ProjectStore store) {
      Project project = store.read();
      if (project.cycle(number).measure() == null) {
        throw new IllegalArgumentException(
            "PDSA " + number + " has no measure to study; link one with --measure");
      }
      return CycleStudy.analyze(project, number, store.folder(), baselineFrom, method);
    }
  }

  @Command(
      name = "act",
      mixinStandardHelpOptions = true,
      description = "Decide: adopt, adapt or abandon the change, and what comes next.")
  static final class ActCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Parameters(index = "0", paramLabel = "CYCLE", description = "The cycle's number.")
    int number;

    @Option(
        names = "--decision",
        required = true,
        paramLabel = "ACT",
        description = "adopt, adapt or abandon.")
    Act decision;

    @Option(names = "--next", paramLabel = "TEXT", description = "What comes next.")
    String next;

    @Option(
        names = "--end",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "Last day of the test, if not recorded yet (YYYY-MM-DD).")
    LocalDate end;

    @Override
    public Integer call() {
      PdsaCycle cycle =
          update(
              project.store(),
              number,
              c -> {
                PdsaCycle changed = c.withDecision(new Decision(decision, next));
                return end == null ? changed : changed.withEnd(end);
              });
      PdsaCommand.print(spec, cycle.label() + ": " + decision.id() + ".\n");
      return ExitCodes.OK;
    }
  }
}
