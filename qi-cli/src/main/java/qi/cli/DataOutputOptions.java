package qi.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import qi.core.io.AnalysisJson;
import qi.core.io.CsvDialect;

/**
 * The options of the commands that write data for other tools ({@code qi analyze}, {@code qi
 * summary}): the JSON layout, the CSV dialect and the output file, with one check that each is
 * given with its format only.
 */
final class DataOutputOptions {
  @Option(
      names = "--pretty",
      description = "With --format json: indented, for people reading it (default: compact).")
  boolean pretty;

  @Option(
      names = "--csv-dialect",
      paramLabel = "DIALECT",
      converter = Converters.CsvDialectConverter.class,
      completionCandidates = Converters.CsvDialectIds.class,
      description =
          "With --format csv: rfc4180 (default: , and decimal point) or excel-eu (; and decimal"
              + " comma, for Excel where the decimal separator is a comma).")
  CsvDialect csvDialect;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      converter = Converters.PathConverter.class,
      description = "Write to FILE (replaced atomically) instead of standard output.")
  Path output;

  /** Refuses {@code --pretty} unless the format is JSON, and {@code --csv-dialect} unless CSV. */
  void checkFormat(boolean json, boolean csv) {
    if (pretty && !json) {
      throw new IllegalArgumentException("--pretty works with --format json only");
    }
    if (csvDialect != null && !csv) {
      throw new IllegalArgumentException("--csv-dialect works with --format csv only");
    }
  }

  AnalysisJson.Layout layout() {
    return pretty ? AnalysisJson.Layout.PRETTY : AnalysisJson.Layout.COMPACT;
  }

  CsvDialect dialect() {
    return csvDialect == null ? CsvDialect.RFC4180 : csvDialect;
  }
}
