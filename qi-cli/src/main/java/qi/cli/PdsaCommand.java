package qi.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qi.core.pdsa.Aim;
import qi.core.pdsa.Annotation;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectJson;

/**
 * {@code qi pdsa}: a quality-improvement project in one JSON file, its measures, driver diagram and
 * PDSA cycles ({@link qi.core.pdsa}).
 */
@Command(
    name = "pdsa",
    mixinStandardHelpOptions = true,
    description = {
      "Track PDSA cycles linked to the data, in one project file (default qi-project.json)."
    },
    subcommands = {
      PdsaCommand.Init.class,
      PdsaMeasureCommand.class,
      PdsaDriverCommand.class,
      PdsaCycleCommand.class,
      PdsaCommand.ListCycles.class,
      PdsaCommand.Show.class,
      PdsaCommand.Annotations.class,
      PdsaReportCommand.class
    },
    footer = {
      "",
      "Example:",
      "  qi pdsa init --title \"Faster triage\" --aim \"Triage within 15 minutes\"",
      "  qi pdsa measure add --name \"Time to triage\" --kind outcome --file data.csv \\",
      "      --x week --y minutes_to_triage --chart i --direction decrease",
      "  qi pdsa cycle add --change-idea \"Triage form\" --objective \"...\" \\",
      "      --prediction \"...\" --start 2025-03-03 --ramp \"Triage form\"",
      "  qi pdsa cycle study 1 --analyze --accept",
      "  qi pdsa report --output project.html"
    })
final class PdsaCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Writes text to the command's standard output, its control characters escaped. */
  static void print(picocli.CommandLine.Model.CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(Messages.text(text));
    out.flush();
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = "Create a project file with a title and an aim.")
  static final class Init implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Title.")
    String title;

    @Option(
        names = "--aim",
        required = true,
        paramLabel = "TEXT",
        description = "The aim: what will improve, how much, by when.")
    String aim;

    @Option(
        names = "--how-much",
        paramLabel = "TEXT",
        description = "How much improvement (e.g. 'median under 15 minutes').")
    String howMuch;

    @Option(
        names = "--by",
        paramLabel = "DATE",
        converter = Converters.Date.class,
        description = "The date by which the aim should be reached (YYYY-MM-DD).")
    LocalDate by;

    @Override
    public Integer call() {
      project.store().create(Project.of(title, new Aim(aim, howMuch, by)));
      print(spec, "Created " + project.file + ".\n");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The project: aim, measures, driver diagram, ramps and cycles.")
  static final class ListCycles implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Override
    public Integer call() {
      print(spec, PdsaText.project(project.store().read()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "One cycle, all of it.")
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Parameters(index = "0", paramLabel = "CYCLE", description = "The cycle's number.")
    int number;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (default) or json (the cycle as stored in the project file).")
    Format format = Format.TEXT;

    @Override
    public Integer call() {
      PdsaCycle cycle = project.store().read().cycle(number);
      print(spec, format == Format.JSON ? ProjectJson.write(cycle) : PdsaText.cycle(cycle));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "annotations",
      mixinStandardHelpOptions = true,
      description = {
        "Cycle starts as chart annotations, one DATE=LABEL a line (for qi chart --annotate)."
      })
  static final class Annotations implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Option(
        names = "--measure",
        paramLabel = "NAME",
        description = "Only the cycles linked to this measure.")
    String measure;

    @Override
    public Integer call() {
      Project p = project.store().read();
      List<Annotation> annotations = measure == null ? p.annotations() : p.annotations(measure);
      StringBuilder text = new StringBuilder();
      annotations.forEach(a -> text.append(a.asOption()).append('\n'));
      print(spec, text.toString());
      return ExitCodes.OK;
    }
  }

  enum Format {
    TEXT,
    JSON
  }
}
