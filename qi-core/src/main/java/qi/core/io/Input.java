package qi.core.io;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import qi.core.internal.Delimiters;
import qi.core.series.Observation;

/**
 * Reads observations from a file in any format qi knows, chosen by its extension ({@link
 * InputFormat#of}): CSV, JSON or Excel. Every format gives the same observations for the same data
 * and names file, row and column in every error.
 *
 * <pre>{@code
 * List<Observation> rows = Input.read(Path.of("falls.xlsx"), Columns.of("month", "falls"),
 *     ReadOptions.defaults().withSheet("2024"));
 * }</pre>
 */
public final class Input {
  private Input() {}

  /**
   * The field delimiter qi's CSV readers take for {@code text}: the one of {@code ,}, {@code ;},
   * tab or {@code |} that occurs most often outside quotes in its first line ({@code ,} on a tie or
   * when none occurs), as spreadsheets export CSV in different locales. For other CSV files read
   * next to the data (settings, lists), so that they follow the same rule.
   */
  public static char delimiterOf(CharSequence text) {
    return Delimiters.sniff(text);
  }

  /** Reads a file, detecting everything {@link ReadOptions} can detect. */
  public static List<Observation> read(Path file, Columns columns) {
    return read(file, columns, ReadOptions.defaults());
  }

  /** Reads a file in the format of its extension. */
  public static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    return switch (InputFormat.of(file)) {
      case CSV -> CsvInput.read(file, columns, options);
      case JSON -> JsonInput.read(file, columns, options);
      case EXCEL -> ExcelInput.read(file, columns, options);
    };
  }

  /**
   * Reads a stream (UTF-8 text for CSV and JSON) in {@code format}.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<Observation> read(
      InputStream in, String source, InputFormat format, Columns columns, ReadOptions options) {
    return switch (format) {
      case CSV ->
          CsvInput.read(new Utf8Reader(in, CodingErrorAction.REPLACE), source, columns, options);
      case JSON ->
          JsonInput.read(
              new InputStreamReader(in, StandardCharsets.UTF_8), source, columns, options);
      case EXCEL -> ExcelInput.read(in, source, columns, options);
    };
  }
}
