package qi.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import qi.charts.ChartStyle;
import qi.charts.FunnelChart;
import qi.charts.OutputFormat;
import qi.core.funnel.Funnel;
import qi.core.funnel.FunnelCsv;
import qi.core.funnel.FunnelInput;
import qi.core.funnel.FunnelJson;
import qi.core.funnel.FunnelPlot;
import qi.core.funnel.FunnelRow;
import qi.core.funnel.FunnelType;
import qi.core.funnel.FunnelVerdict;
import qi.core.funnel.LimitLevel;
import qi.core.funnel.SrMethod;
import qi.core.io.InputException;

/** {@code qi funnel}: the CLI contract over {@link FunnelPlot}. */
@Command(
    name = "funnel",
    mixinStandardHelpOptions = true,
    description = {
      "Compare units (hospitals, wards, practices) at one point in time on a funnel plot:"
          + " limits that widen as the denominator shrinks, with the Spiegelhalter overdispersion"
          + " adjustment. Numbers as FunnelPlotR 0.5.0.",
      "Rows of the same unit are summed. --output with .png, .svg, .pdf or .html draws the plot;"
          + " .json and .csv write the numbers."
    },
    footer = {
      "",
      "Examples:",
      "  qi funnel examples/data/trust-mortality.csv --unit trust --y observed_deaths \\",
      "      --n expected_deaths --type sr",
      "  qi funnel examples/data/trust-mortality.csv --unit trust --y observed_deaths \\",
      "      --n expected_deaths --type sr --limit 95 --output mortality.html"
    })
final class FunnelCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV file with a header row, or - for standard input.")
  String file;

  @Option(names = "--unit", required = true, paramLabel = "COL", description = "Unit column.")
  String unit;

  @Option(
      names = "--y",
      required = true,
      paramLabel = "COL",
      description = "Numerator column: observed events (sr), events (pr), counts (rc).")
  String y;

  @Option(
      names = "--n",
      required = true,
      paramLabel = "COL",
      description = "Denominator column: expected events (sr), cases (pr), counts (rc).")
  String n;

  @Option(
      names = "--type",
      required = true,
      paramLabel = "TYPE",
      description =
          "sr: standardised ratio O/E; pr: proportion of events out of n; rc: ratio of counts.")
  FunnelType type;

  @Option(
      names = "--sr-method",
      paramLabel = "METHOD",
      description =
          "For sr: shmi (log scale, truncation; default) or cqc (square-root scale,"
              + " Winsorising).")
  SrMethod srMethod = SrMethod.SHMI;

  @Option(
      names = "--limit",
      paramLabel = "PCT",
      converter = Level.class,
      completionCandidates = Levels.class,
      description = "The limits that flag outliers: 95 or 99.8 (default).")
  LimitLevel limit = LimitLevel.P998;

  @Option(
      names = "--trim",
      paramLabel = "F",
      description =
          "Share of units trimmed at each end before phi is estimated, 0 to 0.5 (default 0.1).")
  double trim = 0.1;

  @Option(
      names = "--no-overdispersion",
      description = "Never widen the limits for overdispersion (default: widened when phi > 1).")
  boolean noOverdispersion;

  @Option(
      names = "--multiply",
      paramLabel = "M",
      description = "Multiply values, target and limits, e.g. 100 for percent (default 1).")
  double multiply = 1;

  @Option(
      names = "--no-shmi-rounding",
      description = "For sr with shmi: keep expected counts unrounded (default: 2 decimals).")
  boolean noShmiRounding;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default: the verdict), json, csv.")
  AnalyzeCommand.Format format = AnalyzeCommand.Format.TEXT;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      converter = Converters.PathConverter.class,
      description =
          "Write to FILE (replaced atomically): .png, .svg, .pdf or .html draw the funnel plot,"
              + " .json or .csv the numbers; any other name gets --format.")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title above the plot.")
  String title = "";

  @Option(names = "--width", paramLabel = "PX", description = "Image width in pixels (1000).")
  int width = ChartStyle.withDefaults().width();

  @Option(names = "--height", paramLabel = "PX", description = "Image height in pixels (560).")
  int height = ChartStyle.withDefaults().height();

  @Override
  public Integer call() throws IOException {
    Outputs.refuseInputAsOutput(output, Map.of("the input", file));
    List<FunnelRow> rows = read();
    Funnel funnel;
    try {
      funnel =
          FunnelPlot.of(type, rows)
              .srMethod(srMethod)
              .limit(limit)
              .trim(trim)
              .overdispersion(!noOverdispersion)
              .multiply(multiply)
              .shmiRounding(!noShmiRounding)
              .analyze();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + cliWords(e.getMessage()), e);
    }
    String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (output != null && OutputFormat.of(output).isPresent()) {
      System.setProperty("java.awt.headless", "true");
      ChartStyle style = checkedStyle();
      Outputs.writeAtomically(
          output, FunnelChart.render(funnel, style, OutputFormat.of(output).get()));
      return ExitCodes.OK;
    }
    AnalyzeCommand.Format chosen =
        name.endsWith(".json")
            ? AnalyzeCommand.Format.JSON
            : name.endsWith(".csv") ? AnalyzeCommand.Format.CSV : format;
    StringWriter text = new StringWriter();
    switch (chosen) {
      case JSON -> {
        FunnelJson.write(funnel, text);
        text.write(System.lineSeparator());
      }
      case CSV -> FunnelCsv.write(funnel, text);
      case TEXT -> {
        for (String line : FunnelVerdict.lines(funnel)) {
          text.write(line + System.lineSeparator());
        }
      }
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Outputs.writeAtomically(output, text.toString());
    }
    return ExitCodes.OK;
  }

  private List<FunnelRow> read() throws IOException {
    if (file.equals("-")) {
      return FunnelInput.read(
          new InputStreamReader(System.in, StandardCharsets.UTF_8), "<stdin>", unit, y, n);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new InputException(file + ": is a folder, not a file");
    }
    return FunnelInput.read(path, unit, y, n);
  }

  /** The core names settings as its API does; the CLI user knows them as options. */
  private static String cliWords(String message) {
    return message
        .replace("multiplier (", "--multiply (")
        .replace("trim (", "--trim (")
        .replace("for a proportion", "for --type pr");
  }

  private ChartStyle checkedStyle() {
    for (int px : new int[] {width, height}) {
      if (px < ChartStyle.MIN_SIZE || px > ChartStyle.MAX_SIZE) {
        throw new IllegalArgumentException(
            (px == width ? "--width" : "--height")
                + " ("
                + px
                + ") must be between "
                + ChartStyle.MIN_SIZE
                + " and "
                + ChartStyle.MAX_SIZE
                + " pixels");
      }
    }
    return ChartStyle.withDefaults().title(title).size(width, height);
  }

  /** {@code --limit}: 95 or 99.8. */
  /** What tab completion offers for {@code --limit}: the percentages that {@link Level} reads. */
  static final class Levels extends java.util.ArrayList<String> {
    Levels() {
      add("95");
      add("99.8");
    }
  }

  static final class Level implements ITypeConverter<LimitLevel> {
    @Override
    public LimitLevel convert(String value) {
      try {
        return LimitLevel.ofPercent(Double.parseDouble(value.trim()));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not one of 95, 99.8");
      }
    }
  }
}
