package qi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qi pdsa driver}: the project's driver diagram. */
@Command(
    name = "driver",
    mixinStandardHelpOptions = true,
    description = "The project's driver diagram.",
    subcommands = {PdsaDriverCommand.Add.class})
final class PdsaDriverCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a primary driver, a secondary driver under it, or a change idea under that.",
        "Drivers that exist already are kept; only what is new is added."
      })
  static final class Add implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ProjectOption project;

    @Option(
        names = "--primary",
        required = true,
        paramLabel = "TEXT",
        description = "Primary driver.")
    String primary;

    @Option(names = "--secondary", paramLabel = "TEXT", description = "Secondary driver.")
    String secondary;

    @Option(names = "--change-idea", paramLabel = "TEXT", description = "Change idea.")
    String changeIdea;

    @Override
    public Integer call() {
      project
          .store()
          .update(p -> p.withDriverDiagram(p.driverDiagram().with(primary, secondary, changeIdea)));
      PdsaCommand.print(spec, "Driver diagram updated.\n");
      return ExitCodes.OK;
    }
  }
}
