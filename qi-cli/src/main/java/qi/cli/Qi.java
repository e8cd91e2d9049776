package qi.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code qi} command: statistical process control for quality improvement teams. */
@Command(
    name = "qi",
    mixinStandardHelpOptions = true,
    versionProvider = Qi.Version.class,
    description = "Run charts and control charts that tell real change from noise.",
    footer = {
      "",
      "Examples:",
      "  # an I chart of weekly times to triage",
      "  qi analyze examples/data/time-to-triage.csv --chart i \\",
      "      --x week --y minutes_to_triage",
      "  # a U chart of falls per 1,000 bed days, as JSON",
      "  qi analyze examples/data/falls.csv --chart u --x month --y falls \\",
      "      --n bed_days --multiply 1000 --format json",
      "  # an event log in Excel (one row per fall): a C chart of falls per week",
      "  qi analyze incidents.xlsx --sheet 2024 --count --x date --period week \\",
      "      --chart c",
      "  # a European CSV export: semicolons, decimal commas, day-first dates",
      "  qi analyze export.csv --delimiter ';' --decimal , --date-format dd/MM/yyyy \\",
      "      --x dato --y minutter",
      "  # the same as a chart: PNG, SVG, PDF or a self-contained HTML report",
      "  qi chart examples/data/falls.csv --chart u --x month --y falls --n bed_days \\",
      "      --multiply 1000 --output falls.html",
      "  # compare trusts on a funnel plot (observed / expected deaths)",
      "  qi funnel examples/data/trust-mortality.csv --unit trust --y observed_deaths \\",
      "      --n expected_deaths --type sr",
      "  # the board summary of many measures (Making Data Count), as a table",
      "  qi summary examples/data/ed-measures.csv --measure measure --x month --y value \\",
      "      --n n --settings examples/data/ed-measures-settings.csv",
      "  # what did PDSA cycle 3 change? (analyzes its measure, records the study)",
      "  qi pdsa cycle study 3 --analyze --accept --project qi-project.json",
      "  # tab completion in bash and zsh",
      "  source <(qi generate-completion)",
      "",
      "Exit codes: 0 success, 2 bad input or option, 1 anything else."
    })
public final class Qi implements Runnable {
  /** The subcommands, in the order {@code qi --help} lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          AnalyzeCommand.class,
          ChartCommand.class,
          FunnelCommand.class,
          RecommendCommand.class,
          SummaryCommand.class,
          PdsaCommand.class,
          CommandLine.HelpCommand.class,
          AutoComplete.GenerateCompletion.class);

  /** The subcommands that never look at their siblings (help and completion list them all). */
  private static final Set<Class<?>> SELF_CONTAINED =
      Set.of(
          AnalyzeCommand.class,
          ChartCommand.class,
          FunnelCommand.class,
          RecommendCommand.class,
          SummaryCommand.class,
          PdsaCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Apache POI logs through the Log4j API and the qi command has no Log4j implementation: log to
    // nowhere instead of printing "could not find a logging provider" on every Excel read. Set
    // here, not in a log4j2.component.properties of the jar, so that a program with qi-cli on its
    // class path (Spark with log4j-core) keeps its own logging.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
    System.exit(execute(args, new StandardOutput(), new PrintWriter(System.err, true)));
  }

  /**
   * Standard output as text for the verdict and messages, and as bytes for JSON and CSV, which are
   * UTF-8 and encoded by their writers: as text, every character would be encoded a second time.
   */
  static final class StandardOutput extends PrintWriter {
    StandardOutput() {
      super(System.out, true);
    }

    /** The bytes under the text; flush this writer before writing to them. */
    OutputStream bytes() {
      return System.out;
    }
  }

  /** Runs the command line and returns the exit code; only {@link #main} exits. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Qi());
    for (Class<?> command : subcommandsFor(args)) {
      // built on its own, so that picocli applies the command's model transformer, if any
      line.addSubcommand(new CommandLine(command));
    }
    Converters.registerEnums(line);
    shareVersion(line);
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(new BadOption(err));
    line.setExecutionExceptionHandler(new Failure(err));
    return line.execute(args);
  }

  /** Gives every subcommand qi's version, so that {@code qi analyze -V} prints what qi -V does. */
  private static void shareVersion(CommandLine command) {
    for (CommandLine subcommand : command.getSubcommands().values()) {
      subcommand.getCommandSpec().versionProvider(command.getCommandSpec().versionProvider());
      shareVersion(subcommand);
    }
  }

  /*
   * No lambda or method reference here implements or takes a picocli type: picocli's class files
   * are Java 5, and a lambda of a picocli interface in the class list of the class-data archive
   * makes the JVM link picocli's classes when it dumps the archive, which then leaves them (and
   * every converter) out of it (docs/performance.md, "Start-up"). Named classes keep them in.
   */

  /** A bad option or option value: one line naming it, exit code 2. */
  private static final class BadOption implements CommandLine.IParameterExceptionHandler {
    private final PrintWriter err;

    BadOption(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] arguments) {
      err.println("qi: " + Messages.line(e.getMessage()) + " (see " + commandName(e) + " --help)");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
  }

  /** A command that failed: bad input (exit code 2) or an internal error (exit code 1). */
  private static final class Failure implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Failure(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      if (e instanceof IllegalArgumentException) {
        err.println("qi: " + Messages.line(OptionNames.of(e.getMessage()) + InputHints.of(e)));
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.println("qi: internal error: " + Messages.line(e.toString()) + " (please report it)");
      err.flush();
      return ExitCodes.FAILURE;
    }
  }

  /**
   * The subcommands to build for {@code args}. Picocli builds each command's model by reflection
   * over its options when it is added, which is start-up time on every run (the pdsa tree alone has
   * a dozen commands), so a run of one self-contained command builds that command only, {@code qi
   * --version} alone none; anything else (help, completion, an unknown name) builds them all.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    if (args.length > 0) {
      for (Class<?> command : SELF_CONTAINED) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return SUBCOMMANDS;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String commandName(CommandLine.ParameterException e) {
    return e.getCommandLine().getCommandSpec().qualifiedName();
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
