package qi.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.core.ChartAdvisor;
import qi.core.series.Aggregation;
import qi.core.series.Series;

/** {@code qi recommend}: which chart suits the data, and why. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    description = "Suggest a chart type for the data, with the reason in one sentence.")
final class RecommendCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  AnalyzeCommand.Format format = AnalyzeCommand.Format.TEXT;

  @Override
  public Integer call() {
    var observations = input.read(null);
    Series series =
        input.hasDenominator()
            ? Series.ofRatios(observations)
            : Series.of(observations, Aggregation.MEAN);
    ChartAdvisor.Recommendation advice = ChartAdvisor.recommend(series, input.n);
    PrintWriter out = spec.commandLine().getOut();
    if (format == AnalyzeCommand.Format.JSON) {
      out.println(
          new tools.jackson.databind.json.JsonMapper()
              .writeValueAsString(
                  java.util.Map.of("chart", advice.chart().id(), "reason", advice.reason())));
    } else {
      out.println("Recommended chart: " + advice.chart().id());
      out.println(Messages.text(advice.reason()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
