package qi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.core.io.AnalysisCsv;
import qi.core.io.AnalysisJson;
import qi.core.io.AnalysisJsonLines;
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
      description =
          "text (default: the verdict), json, jsonl (JSON Lines: one object per point, part and"
              + " note), csv.")
  Format format = Format.TEXT;

  @Mixin DataOutputOptions data;

  @Override
  public Integer call() throws IOException {
    data.checkFormat(format == Format.JSON, format == Format.CSV);
    Outputs.refuseInputAsOutput(data.output, Map.of("the input", input.file));
    List<Facet> facets = analysis.analyzeFacets(input);
    PrintWriter err = spec.commandLine().getErr();
    analysis.notes.forEach(note -> err.println("qi: note: " + Messages.line(note)));
    for (Facet facet : facets) {
      for (String note : facet.analysis().notes()) {
        err.println(
            "qi: note: "
                + Messages.line(
                    (facet.name() == null ? "" : facet.name() + ": ") + OptionNames.of(note)));
      }
    }
    err.flush();
    // Written as it is produced, to standard output or to a temporary file that then replaces
    // --output: a million points of JSON are hundreds of MB, never held in memory. JSON and CSV
    // are UTF-8 bytes; text goes to standard output in the platform's encoding, as all messages.
    PrintWriter out = spec.commandLine().getOut();
    if (data.output != null) {
      Outputs.write(data.output, stream -> write(facets, stream));
    } else if (format != Format.TEXT && out instanceof Qi.StandardOutput standard) {
      out.flush();
      write(facets, standard.bytes());
    } else {
      write(facets, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Writes the output as UTF-8 bytes. */
  private void write(List<Facet> facets, OutputStream out) throws IOException {
    switch (format) {
      case JSON -> {
        AnalysisJson.write(facets, out, data.layout());
        out.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
      }
      case JSONL -> AnalysisJsonLines.write(facets, out);
      case CSV -> AnalysisCsv.write(facets, out, data.dialect());
      case TEXT -> {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(facets, text);
        text.flush();
      }
    }
    out.flush();
  }

  /** Writes the output as text (in-process callers of {@link Qi#execute}, and the verdict). */
  private void write(List<Facet> facets, Writer out) throws IOException {
    switch (format) {
      case JSON -> {
        AnalysisJson.write(facets, out, data.layout());
        out.write(System.lineSeparator());
      }
      case JSONL -> AnalysisJsonLines.write(facets, out);
      case CSV -> AnalysisCsv.write(facets, out, data.dialect());
      case TEXT -> {
        // verdicts of many facets are written on every core, then printed in facet order
        List<List<String>> verdicts =
            facets.parallelStream().map(facet -> Verdict.lines(facet.analysis())).toList();
        for (int f = 0; f < facets.size(); f++) {
          if (facets.get(f).name() != null) {
            out.write("== " + Messages.line(facets.get(f).name()) + System.lineSeparator());
          }
          for (String line : verdicts.get(f)) {
            out.write(Messages.text(line) + System.lineSeparator());
          }
        }
      }
    }
    out.flush();
  }

  enum Format {
    TEXT,
    JSON,
    JSONL,
    CSV
  }
}
