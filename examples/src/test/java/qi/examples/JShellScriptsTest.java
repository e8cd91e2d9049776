package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> failures = new ArrayList<>();
    try (JShell shell =
        JShell.builder()
            .executionEngine("local")
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = source;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String snippet = info.source() != null ? info.source() : remaining;
        for (SnippetEvent event : shell.eval(snippet)) {
          if (event.status() == Snippet.Status.REJECTED
              || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            failures.add(
                "rejected: "
                    + event.snippet().source().strip()
                    + " "
                    + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
          }
          if (event.exception() != null) {
            failures.add(
                "exception in: " + event.snippet().source().strip() + ": " + event.exception());
          }
        }
        remaining = info.source() != null ? info.remaining() : "";
      }
    }
    assertThat(failures).as(script.toString()).isEmpty();
  }
}
