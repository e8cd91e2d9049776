package qi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qi.charts.ChartStyle;
import qi.charts.SummaryPage;
import qi.core.io.SummaryCsv;
import qi.core.io.SummaryJson;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.XValue;
import qi.core.summary.MeasureSettings;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;

/**
 * {@code qi summary}: the board summary across many measures ({@link Summary}), from long-format
 * data with one row per measure and period.
 *
 * <p>Each measure's settings come, field by field, from the settings file ({@code --settings}) when
 * it gives the field, else from the data's columns ({@code --target-column}, {@code
 * --direction-column}, {@code --group}), else from the defaults (XmR chart, NHS rules, neutral
 * direction, no target).
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    modelTransformer = SummaryCommand.CountHidden.class,
    description = {
      "The board summary of many measures (NHS Making Data Count): per measure the latest value,"
          + " its limits, and the variation and assurance icons, with the matrix of variation x"
          + " assurance.",
      "FILE is long format: one row per measure and period. Each measure is analyzed as qi"
          + " analyze would analyze its rows alone: by default an XmR chart (--chart i) with the"
          + " NHS rules.",
      "Settings per measure: the --settings file wins, field by field, over the columns"
          + " (--target-column, --direction-column, --group), which win over the defaults."
    })
final class SummaryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * Leaves {@code --count} of the shared input options out of {@code qi summary --help}, and the
   * words of {@code --y} and {@code --n} about it: a board summary reads each measure's values, and
   * {@link #call} refuses {@code --count} with a line that says so.
   */
  static final class CountHidden implements IModelTransformer {
    private static final Pattern ABOUT_COUNT =
        Pattern.compile(" \\(required unless --count\\)|; with --count, [^.]*");

    @Override
    public CommandSpec transform(CommandSpec command) {
      for (OptionSpec option : List.copyOf(command.options())) {
        OptionSpec.Builder shown = option.toBuilder();
        if (option.longestName().equals("--count")) {
          shown.hidden(true);
        } else {
          shown.description(
              Arrays.stream(option.description())
                  .map(line -> ABOUT_COUNT.matcher(line).replaceAll(""))
                  .toArray(String[]::new));
        }
        command.remove(option);
        command.addOption(shown.build());
      }
      return command;
    }
  }

  @Mixin InputOptions input;

  @Option(
      names = "--measure",
      required = true,
      paramLabel = "COL",
      description = "Column naming each row's measure.")
  String measure;

  @Option(
      names = "--target-column",
      paramLabel = "COL",
      description = "Column of each measure's target (one value per measure; blank: none).")
  String targetColumn;

  @Option(
      names = "--direction-column",
      paramLabel = "COL",
      description = "Column of which way is better: increase, decrease or neutral (per measure).")
  String directionColumn;

  @Option(
      names = "--group",
      paramLabel = "COL",
      description = "Column of the group each measure is shown in (per measure).")
  String groupColumn;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description =
          "CSV or JSON file of per-measure settings: measure, chart, direction, target, multiply,"
              + " rebase, unit, group, rules. It wins over the columns, field by field.")
  String settings;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default: the matrix and a table per group), html (the board page), json, csv.")
  Format format = Format.TEXT;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "With --format html: the page's heading (default: Board summary).")
  String title;

  @Mixin DataOutputOptions data;

  @Override
  public Integer call() throws IOException {
    data.checkFormat(format == Format.JSON, format == Format.CSV);
    if (input.counts()) {
      throw new IllegalArgumentException(
          "--count is not supported by qi summary: give each measure's value in --y");
    }
    if (input.y == null) { // before the input options' own check, which offers --count
      throw new ParameterException(spec.commandLine(), "Missing required option: '--y=COL'");
    }
    if (title != null && format != Format.HTML) {
      throw new IllegalArgumentException("--title works with --format html only");
    }
    Map<String, String> inputs = new HashMap<>();
    inputs.put("the input", input.file);
    inputs.put("--settings", settings);
    Outputs.refuseInputAsOutput(data.output, inputs);
    List<SummarySettings.Entry> entries =
        settings == null ? List.of() : SummarySettings.read(settings);
    List<Observation> rows = input.read(measure);
    Summary summary = Summary.of(rows, settings(rows, entries));
    PrintWriter err = spec.commandLine().getErr();
    for (MeasureSummary m : summary.measures()) {
      for (String note : m.analysis().notes()) {
        err.println("qi: note: " + Messages.line(m.measure() + ": " + note));
      }
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    if (data.output != null) {
      Outputs.write(data.output, stream -> write(summary, stream));
    } else if (format != Format.TEXT && out instanceof Qi.StandardOutput standard) {
      out.flush();
      write(summary, standard.bytes());
    } else {
      write(summary, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Each measure's settings: the defaults, then the data's columns, then the settings file. A
   * settings entry for a measure that is not in the data is an error naming its row.
   */
  private List<MeasureSettings> settings(
      List<Observation> rows, List<SummarySettings.Entry> entries) {
    Map<String, XValue> firstX = new LinkedHashMap<>();
    for (Observation row : rows) {
      if (row.label() == null || row.label().isBlank()) {
        throw new IllegalArgumentException(
            input.file
                + ": column "
                + measure
                + " (--measure) is blank in the row at x "
                + row.x().text()
                + "; every row names its measure");
      }
      firstX.putIfAbsent(row.label(), row.x());
    }
    Map<String, MeasureSettings> byMeasure = new LinkedHashMap<>();
    firstX.keySet().forEach(m -> byMeasure.put(m, MeasureSettings.of(m)));
    column(
        rows,
        "--target-column",
        targetColumn,
        byMeasure,
        (s, v) -> s.withTarget(SummarySettings.number("target", v)));
    column(
        rows,
        "--direction-column",
        directionColumn,
        byMeasure,
        (s, v) -> s.withDirection(Direction.fromId(v)));
    column(rows, "--group", groupColumn, byMeasure, MeasureSettings::withGroup);
    for (SummarySettings.Entry entry : entries) {
      MeasureSettings before = byMeasure.get(entry.measure());
      if (before == null) {
        throw new IllegalArgumentException(
            entry.context()
                + ": measure is not in "
                + input.file
                + " (column "
                + measure
                + " has "
                + some(firstX.keySet())
                + ")");
      }
      byMeasure.put(
          entry.measure(),
          SummarySettings.apply(before, entry, input.dateFormat, firstX.get(entry.measure())));
    }
    return List.copyOf(byMeasure.values());
  }

  /**
   * Applies a per-measure column of the data: every non-blank cell of a measure must hold the same
   * value, which {@code change} applies.
   */
  private void column(
      List<Observation> rows,
      String option,
      String column,
      Map<String, MeasureSettings> byMeasure,
      BiFunction<MeasureSettings, String, MeasureSettings> change) {
    if (column == null) {
      return;
    }
    List<Observation> cells = input.labels(column);
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String m = rows.get(i).label();
      String value = cells.get(i).label();
      if (m == null || value == null || value.isBlank()) {
        continue;
      }
      String before = values.putIfAbsent(m, value.strip());
      if (before != null && !before.equals(value.strip())) {
        throw new IllegalArgumentException(
            input.file
                + ": column "
                + column
                + " ("
                + option
                + ") gives measure "
                + m
                + " more than one value ("
                + before
                + ", "
                + value.strip()
                + "); one per measure");
      }
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      try {
        byMeasure.compute(value.getKey(), (m, s) -> change.apply(s, value.getValue()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            input.file
                + ": column "
                + column
                + " ("
                + option
                + ") of measure "
                + value.getKey()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  /** Up to five names, for a message. */
  private static String some(Set<String> names) {
    List<String> first =
        new ArrayList<>(new LinkedHashSet<>(names)).subList(0, Math.min(5, names.size()));
    return String.join(", ", first) + (names.size() > 5 ? ", …" : "");
  }

  /** Writes the output as UTF-8 bytes. */
  private void write(Summary summary, OutputStream out) throws IOException {
    switch (format) {
      case JSON -> {
        SummaryJson.write(summary, out, data.layout());
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
      }
      case CSV -> SummaryCsv.write(summary, out, data.dialect());
      case HTML -> out.write(page(summary));
      case TEXT -> {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(summary, text);
        text.flush();
      }
    }
    out.flush();
  }

  /** Writes the output as characters (in-process callers of {@link Qi#execute}, and text). */
  private void write(Summary summary, Writer out) throws IOException {
    switch (format) {
      case JSON -> {
        SummaryJson.write(summary, out, data.layout());
        out.write(System.lineSeparator());
      }
      case CSV -> SummaryCsv.write(summary, out, data.dialect());
      case HTML -> out.write(new String(page(summary), StandardCharsets.UTF_8));
      case TEXT -> {
        for (String line : SummaryText.lines(summary)) {
          out.write(Messages.text(line) + System.lineSeparator());
        }
      }
    }
    out.flush();
  }

  /** The board page (qi-charts), with {@code --title} as its heading. */
  private byte[] page(Summary summary) {
    ChartStyle style = ChartStyle.withDefaults();
    return SummaryPage.render(summary, title == null ? style : style.title(title));
  }

  enum Format {
    TEXT,
    HTML,
    JSON,
    CSV
  }
}
