package qi.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.AnalysisCsv;
import qi.core.io.AnalysisJson;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Analysis;
import qi.core.result.Verdict;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.Series;

/** {@code qi analyze}: the CLI contract over {@link ControlChart}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a series from a CSV file: centre line, limits, runs analysis and signals.",
      "Positions (--part, --exclude, --freeze) count points of the sorted, aggregated series from 1."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV file with a header row, or - for standard input.")
  String file;

  @Option(
      names = "--chart",
      paramLabel = "CHART",
      converter = Converters.Chart.class,
      description = "run (default), i, mr, xbar, s, t, p, pp, c, u, up, g, ip.")
  ChartType chart = ChartType.RUN;

  @Option(
      names = "--x",
      required = true,
      paramLabel = "COL",
      description = "Column of x values: numbers, ISO dates or date-times.")
  String x;

  @Option(
      names = "--y",
      required = true,
      paramLabel = "COL",
      description = "Column of values, counts or numerators.")
  String y;

  @Option(
      names = "--n",
      paramLabel = "COL",
      description = "Column of denominators (p, pp, u, up; optional for run and ip).")
  String n;

  @Option(
      names = "--freeze",
      paramLabel = "K",
      description =
          "Centre line and limits from the first K points only (ignored with parts, as qicharts2).")
  Integer freeze;

  @Option(
      names = "--part",
      split = ",",
      paramLabel = "POS",
      description = "New parts start after these positions, e.g. 12,24.")
  List<Integer> parts = List.of();

  @Option(
      names = "--part-column",
      paramLabel = "COL",
      description = "New part wherever a new label first appears in this column.")
  String partColumn;

  @Option(
      names = "--exclude",
      split = ",",
      paramLabel = "POS",
      description = "Leave these positions out of centre line, limits and runs analysis.")
  List<Integer> exclude = List.of();

  @Option(
      names = "--multiply",
      paramLabel = "M",
      description = "Multiply values, centre line and limits (e.g. 100 for percent).")
  Double multiply;

  @Option(
      names = "--agg",
      paramLabel = "FUN",
      converter = Converters.Agg.class,
      description =
          "How rows with the same x are combined without --n: mean (default), median, sum.")
  Aggregation aggregation = Aggregation.MEAN;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = Converters.PeriodConverter.class,
      description = "Bucket dates before grouping: day, week (ISO, Monday), month, quarter, year.")
  Period period;

  @Option(
      names = "--runs-method",
      paramLabel = "METHOD",
      converter = Converters.Runs.class,
      description = "anhoej (default), bestbox, cutbox.")
  RunsMethod runsMethod = RunsMethod.ANHOEJ;

  @Option(
      names = "--no-screen-mr",
      description = "Keep moving ranges >= 3.267 x average when estimating sigma.")
  boolean noScreen;

  @Option(
      names = "--cl",
      paramLabel = "V",
      description = "Use this centre line instead of computing it.")
  Double cl;

  @Option(
      names = "--target",
      paramLabel = "V",
      description = "Target value, carried on every point.")
  Double target;

  @Option(
      names = "--nonnegative",
      description =
          "Negative lower limits become 0 when no value is negative (qicharts2 y.neg = FALSE).")
  boolean nonNegative;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatConverter.class,
      description = "text (default: the verdict), json, csv.")
  Format format = Format.TEXT;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (partColumn != null && !parts.isEmpty()) {
      throw new IllegalArgumentException("--part and --part-column cannot be combined: choose one");
    }
    Columns columns = new Columns(x, y, n, partColumn);
    List<Observation> observations =
        file.equals("-")
            ? CsvInput.read(
                new InputStreamReader(System.in, StandardCharsets.UTF_8), "<stdin>", columns)
            : CsvInput.read(Path.of(file), columns);
    Series series =
        n == null
            ? Series.of(observations, aggregation, period)
            : Series.ofRatios(observations, period);
    ControlChart chart = ControlChart.of(this.chart, series);
    if (freeze != null) {
      chart = chart.freeze(freeze);
    }
    if (partColumn != null) {
      chart = chart.partsByLabel();
    } else if (!parts.isEmpty()) {
      chart = chart.parts(parts.stream().mapToInt(Integer::intValue).toArray());
    }
    if (!exclude.isEmpty()) {
      chart = chart.exclude(exclude.stream().mapToInt(Integer::intValue).toArray());
    }
    if (multiply != null) {
      chart = chart.multiply(multiply);
    }
    if (cl != null) {
      chart = chart.centreLine(cl);
    }
    if (target != null) {
      chart = chart.target(target);
    }
    chart = chart.runsMethod(runsMethod).screenMovingRanges(!noScreen).nonNegative(nonNegative);
    Analysis analysis = chart.analyze();

    PrintWriter err = spec.commandLine().getErr();
    for (String note : analysis.notes()) {
      err.println("qi: note: " + note);
    }
    err.flush();
    StringWriter text = new StringWriter();
    render(analysis, text);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Outputs.writeAtomically(output, text.toString());
    }
    return ExitCodes.OK;
  }

  private void render(Analysis analysis, Writer out) {
    switch (format) {
      case JSON -> {
        AnalysisJson.write(analysis, out);
        new PrintWriter(out).println();
      }
      case CSV -> AnalysisCsv.write(analysis, out);
      case TEXT -> {
        PrintWriter printer = new PrintWriter(out);
        Verdict.lines(analysis).forEach(printer::println);
        printer.flush();
      }
    }
  }

  enum Format {
    TEXT,
    JSON,
    CSV
  }
}
