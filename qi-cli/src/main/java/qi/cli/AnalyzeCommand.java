package qi.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.core.io.AnalysisCsv;
import qi.core.io.AnalysisJson;
import qi.core.result.Facet;
import qi.core.result.Verdict;

/** {@code qi analyze}: the CLI contract over {@link qi.core.ControlChart}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyze a series from a CSV, Excel or JSON file: centre line, limits, runs analysis and"
          + " signals.",
      "Positions (--part, --exclude, --freeze) count points of the sorted, grouped series from 1."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default: the verdict), json, csv.")
  Format format = Format.TEXT;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      converter = Converters.PathConverter.class,
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    List<Facet> facets = analysis.analyzeFacets(input);
    PrintWriter err = spec.commandLine().getErr();
    analysis.notes.forEach(note -> err.println("qi: note: " + note));
    for (Facet facet : facets) {
      for (String note : facet.analysis().notes()) {
        err.println("qi: note: " + (facet.name() == null ? "" : facet.name() + ": ") + note);
      }
    }
    err.flush();
    // Standard output is written as it is produced (a million points of JSON are hundreds of MB);
    // a file is built in memory first so that it can be replaced atomically.
    PrintWriter out = spec.commandLine().getOut();
    Writer text = output == null ? new KeepOpen(out) : new StringWriter();
    switch (format) {
      case JSON -> {
        AnalysisJson.write(facets, text);
        text.write(System.lineSeparator());
      }
      case CSV -> AnalysisCsv.write(facets, text);
      case TEXT -> {
        // verdicts of many facets are written on every core, then printed in facet order
        List<List<String>> verdicts =
            facets.parallelStream().map(facet -> Verdict.lines(facet.analysis())).toList();
        for (int f = 0; f < facets.size(); f++) {
          if (facets.get(f).name() != null) {
            text.write("== " + facets.get(f).name() + System.lineSeparator());
          }
          for (String line : verdicts.get(f)) {
            text.write(line + System.lineSeparator());
          }
        }
      }
    }
    if (output == null) {
      out.flush();
    } else {
      Outputs.writeAtomically(output, text.toString());
    }
    return ExitCodes.OK;
  }

  /** Standard output for a writer that its user closes: closing only flushes. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  enum Format {
    TEXT,
    JSON,
    CSV
  }
}
