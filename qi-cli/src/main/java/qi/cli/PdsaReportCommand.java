package qi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.charts.ProjectReport;
import qi.core.pdsa.Measure;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectReview;
import qi.core.pdsa.ProjectStore;

/**
 * {@code qi pdsa report}: the whole project on one self-contained HTML page ({@link
 * ProjectReport}). A measure whose data cannot be read is shown as such on the page, with one
 * warning line on standard error; the page is written all the same.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "The whole project on one self-contained HTML page (no script, nothing fetched; prints on"
          + " A4): the aim and where the outcome measure stands, the driver diagram with the"
          + " cycles that tested each change idea, each measure's chart with the cycles' starts and"
          + " study results, a timeline of ramps and cycles, and a table of the cycles.",
      "A measure whose data file is missing is shown as missing, with a warning."
    })
final class PdsaReportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin ProjectOption project;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE.html",
      description = "The HTML file to write (replaced atomically).")
  Path output;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Title of the page (default: the project's title).")
  String title;

  @Override
  public Integer call() throws IOException {
    if (!output.toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
      throw new IllegalArgumentException(
          "--output (" + output + ") must end in .html: the report is an HTML page");
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("--project", project.file.toString());
    Outputs.refuseInputAsOutput(output, inputs);
    ProjectStore store = project.store();
    Project read = store.read();
    for (Measure m : read.measures()) {
      inputs.put(
          "the data file of measure " + m.name(), store.folder().resolve(m.file()).toString());
    }
    Outputs.refuseInputAsOutput(output, inputs);
    ProjectReview review = ProjectReview.of(read, store.folder());
    PrintWriter err = spec.commandLine().getErr();
    for (ProjectReview.MeasureReview m : review.measures()) {
      if (m.analysis() == null) {
        err.println(
            "qi: warning: measure "
                + Messages.line(
                    m.measure().name() + ": " + m.problem() + "; the report shows it as missing"));
      }
    }
    err.flush();
    Outputs.writeAtomically(output, ProjectReport.render(review, title));
    PdsaCommand.print(spec, "Wrote " + output + ".\n");
    return ExitCodes.OK;
  }
}
