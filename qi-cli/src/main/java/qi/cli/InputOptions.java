package qi.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qi.core.io.Columns;
import qi.core.io.Input;
import qi.core.io.InputException;
import qi.core.io.InputFormat;
import qi.core.io.ReadOptions;
import qi.core.series.Observation;

/**
 * Where the observations come from: the input file, its format options and its columns (shared by
 * commands). y is required unless {@code --count} counts the rows.
 */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "CSV (.csv, .txt, .tsv), Excel (.xlsx, .xls) or JSON (.json) file with a header row or field"
              + " names, or - for standard input (CSV, or JSON with --input-format json).")
  String file;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "csv or json: the format of standard input (-; default csv), or of a file whatever its"
              + " extension.")
  String inputFormat;

  /** Standard input, read once: --by with --part-column reads the rows twice. */
  private byte[] stdin;

  @Option(
      names = "--x",
      required = true,
      paramLabel = "COL",
      description =
          "Column of x values: numbers, dates (ISO or day-first), date-times, or periods (2023-01,"
              + " Jan 2023, Jan-23, 2023 Q1, 2025-W05, 2023/24).")
  String x;

  @Option(
      names = "--y",
      paramLabel = "COL",
      description = "Column of values, counts or numerators (required unless --count).")
  String y;

  @Option(
      names = {"--n", "--n-column"},
      paramLabel = "COL",
      description =
          "Column of denominators (p, pp, u, up; optional for run and ip); with --count, summed"
              + " per period.")
  String n;

  @Option(
      names = "--count",
      description =
          "An event log, one row per event: count the rows per x (per --period with dates)"
              + " instead of reading --y.")
  boolean count;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      converter = Converters.Delimiter.class,
      description = "CSV delimiter: , ; | or tab (default: detected from the header line).")
  Character delimiter;

  @Option(
      names = "--decimal",
      paramLabel = "CHAR",
      converter = Converters.Decimal.class,
      description = "Decimal separator: . or , (default: . for ,-CSV, else detected).")
  Character decimal;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "Pattern of x dates, e.g. dd/MM/yyyy or MM/dd/yyyy, or of periods, e.g. yyyy-MM,"
              + " \"MMM yyyy\", MMM-yy, yyyy/yy (financial years) (default: ISO, periods, or"
              + " day-first when the column settles it).")
  String dateFormat;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "Excel sheet to read (default: the first).")
  String sheet;

  boolean hasDenominator() {
    return n != null;
  }

  boolean counts() {
    return count;
  }

  /** The read options these options give, checked. */
  ReadOptions readOptions() {
    ReadOptions options = ReadOptions.defaults();
    if (delimiter != null) {
      options = checked("--delimiter", options, o -> o.withDelimiter(delimiter));
    }
    if (decimal != null) {
      options = checked("--decimal", options, o -> o.withDecimalSeparator(decimal));
    }
    if (dateFormat != null) {
      options = checked("--date-format", options, o -> o.withDateFormat(dateFormat));
    }
    if (sheet != null) {
      options = checked("--sheet", options, o -> o.withSheet(sheet));
    }
    return options;
  }

  private ReadOptions checked(
      String option, ReadOptions options, UnaryOperator<ReadOptions> change) {
    try {
      return change.apply(options);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
    }
  }

  /** The format of {@code --input-format}, or null when not given. */
  private InputFormat inputFormat() {
    if (inputFormat == null) {
      return null;
    }
    return switch (inputFormat.toLowerCase(java.util.Locale.ROOT)) {
      case "csv" -> InputFormat.CSV;
      case "json" -> InputFormat.JSON;
      default ->
          throw new ParameterException(
              spec.commandLine(), "--input-format (" + inputFormat + ") must be csv or json");
    };
  }

  /** Reads the observations, with part labels from {@code labelColumn} (null: none). */
  List<Observation> read(String labelColumn) {
    if (count && y != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--y (" + y + ") cannot be combined with --count, which counts the rows");
    }
    if (!count && y == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--y=COL' (or --count to count rows)");
    }
    return read(new Columns(x, y, n, labelColumn));
  }

  /**
   * Reads x and the text of {@code column} only, one observation per row in the order {@link #read}
   * gives them (y and n are not read): a per-row setting beside the values, such as {@code qi
   * summary --target-column}.
   */
  List<Observation> labels(String column) {
    return read(new Columns(x, null, null, column));
  }

  private List<Observation> read(Columns columns) {
    if (sheet != null && !file.equals("-") && InputFormat.of(Path.of(file)) != InputFormat.EXCEL) {
      throw new ParameterException(
          spec.commandLine(), "--sheet (" + sheet + ") needs an Excel file, not " + file);
    }
    ReadOptions options = readOptions();
    InputFormat chosen = inputFormat();
    if (file.equals("-")) {
      if (stdin == null) {
        try {
          stdin = Progress.watch(System.in, "<stdin>", -1).readAllBytes();
        } catch (IOException e) {
          throw new InputException("<stdin>: cannot be read (" + e.getMessage() + ")", e);
        }
      }
      return Input.read(
          new ByteArrayInputStream(stdin),
          "<stdin>",
          chosen == null ? InputFormat.CSV : chosen,
          columns,
          options);
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new InputException(file + ": is a folder, not a file");
    }
    InputFormat format = chosen == null ? InputFormat.of(path) : chosen;
    if (format == InputFormat.EXCEL) {
      return Input.read(path, columns, options);
    }
    try (InputStream in = Progress.watch(Files.newInputStream(path), file, Files.size(path))) {
      return Input.read(in, file, format, columns, options);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
