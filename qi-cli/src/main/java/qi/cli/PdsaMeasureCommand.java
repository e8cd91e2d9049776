package qi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.core.ChartType;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.pdsa.Measure;
import qi.core.pdsa.MeasureKind;
import qi.core.rules.Direction;

/** {@code qi pdsa measure}: the project's outcome, process and balancing measures. */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = "The project's measures.",
    subcommands = {PdsaMeasureCommand.Add.class})
final class PdsaMeasureCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a measure (or replace the measure of the same name): its CSV file, columns and chart.",
        "The file is checked now: it must exist and have the columns."
      })
  static final class Add implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name.")
    String name;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "outcome, process or balancing.")
    MeasureKind kind;

    @Option(
        names = "--file",
        required = true,
        paramLabel = "FILE",
        description = "The CSV file (stored relative to the project file's folder).")
    Path file;

    @Option(names = "--x", required = true, paramLabel = "COL", description = "Dates column.")
    String x;

    @Option(names = "--y", required = true, paramLabel = "COL", description = "Values column.")
    String y;

    @Option(names = "--n", paramLabel = "COL", description = "Denominators column.")
    String n;

    @Option(
        names = "--chart",
        required = true,
        paramLabel = "CHART",
        converter = Converters.Chart.class,
        completionCandidates = Converters.ChartIds.class,
        description = "run, i, mr, xbar, s, t, p, pp, c, u, up, g, ip.")
    ChartType chart;

    @Option(
        names = "--direction",
        required = true,
        paramLabel = "DIR",
        description = "Which way is better: increase, decrease or neutral.")
    Direction direction;

    @Option(names = "--target", paramLabel = "V", description = "Target value.")
    Double target;

    @Override
    public Integer call() {
      CsvInput.read(file, new Columns(x, y, n, null));
      Path folder = project.store().folder();
      String stored =
          folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
      Measure measure =
          new Measure(
              name, kind, stored, x, y, n, chart, direction, target == null ? Double.NaN : target);
      project.store().update(p -> p.withMeasure(measure));
      PdsaCommand.print(
          spec, "Measure " + measure.name() + " (" + kind.id() + ") reads " + stored + ".\n");
      return ExitCodes.OK;
    }
  }
}
