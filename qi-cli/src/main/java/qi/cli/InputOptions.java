package qi.cli;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.series.Observation;

/** Where the observations come from: the input file and its columns (shared by commands). */
final class InputOptions {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV file with a header row, or - for standard input.")
  String file;

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

  boolean hasDenominator() {
    return n != null;
  }

  /** Reads the observations, with part labels from {@code labelColumn} (null: none). */
  List<Observation> read(String labelColumn) {
    Columns columns = new Columns(x, y, n, labelColumn);
    return file.equals("-")
        ? CsvInput.read(
            new InputStreamReader(System.in, StandardCharsets.UTF_8), "<stdin>", columns)
        : CsvInput.read(Path.of(file), columns);
  }
}
