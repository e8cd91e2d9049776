package qi.core.reference;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the reference cases' files, and the comparison they all use: 1e-9 relative. */
final class ReferenceFiles {
  static final JsonMapper JSON = new JsonMapper();

  private ReferenceFiles() {}

  /** One case per folder under {@code root/package}, in name order, with its {@code args.json}. */
  static <T> List<T> cases(Path root, String pkg, BiFunction<Path, JsonNode, T> factory)
      throws IOException {
    try (Stream<Path> dirs = Files.list(root.resolve(pkg))) {
      return dirs.filter(Files::isDirectory)
          .sorted()
          .map(dir -> factory.apply(dir, JSON.readTree(dir.resolve("args.json").toFile())))
          .toList();
    }
  }

  /** The rows of a CSV file with a header. */
  static List<Map<String, String>> rows(Path file) throws IOException {
    try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
      return csv.stream().map(NamedCsvRecord::getFieldsAsMap).toList();
    }
  }

  /**
   * Whether qi's JSON value agrees with the reference's text: {@code NA} with null, {@code
   * TRUE}/{@code FALSE} with a boolean, numbers to 1e-9 relative (1e-12 absolute near zero).
   */
  static boolean agrees(String expected, JsonNode actual) {
    if (expected.equals("NA")) {
      return actual == null || actual.isNull();
    }
    if (expected.equals("TRUE") || expected.equals("FALSE")) {
      return actual != null && actual.isBoolean() && actual.asBoolean() == expected.equals("TRUE");
    }
    double e = Double.parseDouble(expected);
    return actual != null
        && actual.isNumber()
        && Math.abs(e - actual.asDouble())
            <= Math.max(1e-12, 1e-9 * Math.max(Math.abs(e), Math.abs(actual.asDouble())));
  }
}
