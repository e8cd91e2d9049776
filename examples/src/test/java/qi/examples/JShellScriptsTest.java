package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates every {@code examples/jshell/*.jsh} script with the {@code jdk.jshell} API (local
 * execution engine, this module's class path), from the repository root as the README runs them. A
 * rejected snippet or an exception fails the script; JShell commands ({@code /exit}) are skipped.
 */
class JShellScriptsTest {
  static List<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples", "jshell"))) {
      List<Path> scripts = files.filter(f -> f.toString().endsWith(".jsh")).sorted().toList();
      assertThat(scripts).isNotEmpty();
      return scripts;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptRunsWithoutRejectedSnippetsOrExceptions(Path script) throws IOException {
    String source =
        Files.readAllLines(script).stream()
            .filter(line -> !line.startsWith("/"))
            .collect(Collectors.joining("\n"));
    assertThat(Snippets.evaluate(source).failures()).as(script.toString()).isEmpty();
  }
}
