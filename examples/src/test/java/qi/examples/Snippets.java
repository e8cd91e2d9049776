package qi.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Java source evaluated as JShell would run it: the {@code jdk.jshell} API with the local execution
 * engine and this module's class path.
 *
 * @param output what the snippets printed
 * @param failures rejected snippets and exceptions, one line each
 */
record Snippets(String output, List<String> failures) {
  static Snippets evaluate(String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> failures = new ArrayList<>();
    // The local execution engine runs snippets in this JVM, printing to System.out.
    PrintStream systemOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
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
    } finally {
      System.setOut(systemOut);
    }
    return new Snippets(out.toString(StandardCharsets.UTF_8), failures);
  }
}
