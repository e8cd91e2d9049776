package qi.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the examples find their data and write their output, from the root or from examples/. */
final class ExampleData {
  private ExampleData() {}

  /** The bundled data file {@code name}, under {@code examples/data/}. */
  static Path data(String name) {
    Path here = Path.of("data", name);
    return Files.exists(here) ? here : Path.of("examples", "data", name);
  }

  /** The output file {@code name}, under {@code examples/target/}, its folder created. */
  static Path output(String name) throws IOException {
    Path dir = Files.exists(Path.of("data")) ? Path.of("target") : Path.of("examples", "target");
    Files.createDirectories(dir);
    return dir.resolve(name);
  }
}
