package qi.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import qi.core.io.AnalysisJson;
import qi.core.result.Analysis;

/**
 * Where the examples write: {@code examples/target/qi-examples/}, never outside a build folder. The
 * examples run from the repository root, as the README's commands do.
 */
final class Outputs {
  static final Path FOLDER = Path.of("examples", "target", "qi-examples");

  private Outputs() {}

  /** The file {@code name} in {@link #FOLDER}, the folder created. */
  static Path file(String name) {
    try {
      Files.createDirectories(FOLDER);
      return FOLDER.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code analysis} as the CLI's JSON to {@code name} in {@link #FOLDER}. */
  static Path json(String name, Analysis analysis) {
    try {
      Files.createDirectories(FOLDER);
      Path file = FOLDER.resolve(name);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        AnalysisJson.write(analysis, out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
