package qi.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qi} command: statistical process control for quality improvement teams. */
@Command(
    name = "qi",
    mixinStandardHelpOptions = true,
    versionProvider = Qi.Version.class,
    description = "Run charts and control charts that tell real change from noise.",
    subcommands = {AnalyzeCommand.class, ChartCommand.class, CommandLine.HelpCommand.class},
    footer = {
      "",
      "Examples:",
      "  qi analyze examples/data/waiting-times.csv --chart i --x week --y minutes",
      "  qi analyze infections.csv --chart u --x month --y infections --n patient_days --format json",
      "  qi chart examples/data/falls.csv --chart u --x month --y falls --n bed_days --output falls.png",
      "",
      "Exit codes: 0 success, 2 bad input or option, 1 anything else."
    })
public final class Qi implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code; only {@link #main} exits. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Qi());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println("qi: " + oneLine(e.getMessage()) + " (see qi " + commandName(e) + "--help)");
          err.flush();
          return ExitCodes.BAD_INPUT;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) {
            err.println("qi: " + oneLine(e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
          }
          err.println("qi: internal error: " + e + " (please report it)");
          err.flush();
          return ExitCodes.FAILURE;
        });
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String commandName(CommandLine.ParameterException e) {
    CommandLine command = e.getCommandLine();
    return command.getParent() == null ? "" : command.getCommandName() + " ";
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Qi.class.getPackage().getImplementationVersion();
      return new String[] {"qi " + (version == null ? "(development build)" : version)};
    }
  }
}
