package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shell command of the README works as written, run with bash from the repository root as a
 * new user would, with {@code bin/} on the path so that {@code qi} is the launcher:
 *
 * <ul>
 *   <li>each {@code ```sh} block runs as one script that must exit 0; its {@code mvn} commands are
 *       left out (what follows {@code mvn ... &&} is kept), because CI runs them itself ({@code
 *       .ci/run}: {@code mvn -B verify} builds what {@code mvn -q -B package} does, then install
 *       and the consumer build), and so is the reference check of {@code ../shared}, which {@code
 *       .ci/run} runs where it exists;
 *   <li>each {@code $ command} line of a plain {@code ```} block must exit 0 and print exactly the
 *       lines that follow it.
 * </ul>
 *
 * Needs {@code qi-cli/target/qi.jar}: {@code mvn -B verify} packages qi-cli before this module.
 */
class ReadmeCommandsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  record Command(String script, String expected) {
    @Override
    public String toString() {
      return script.lines().filter(l -> !l.startsWith("set ")).findFirst().orElse(script);
    }
  }

  static List<Command> commands() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    List<Command> commands = new ArrayList<>();
    boolean ownTest = false;
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i);
      if (fence.startsWith("## ")) {
        // qi-cli's PdsaExampleTest runs this walkthrough in a folder of its own.
        ownTest = fence.equals("## Tracking PDSA cycles");
      }
      if (!fence.startsWith("```") || ownTest) {
        continue;
      }
      String language = fence.substring(3).strip();
      List<String> block = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        block.add(lines.get(i));
      }
      if (language.equals("sh")) {
        StringBuilder script = new StringBuilder();
        for (String line : joinContinuations(block)) {
          String command = line.strip();
          if (command.startsWith("mvn ") && command.contains(" && ")) {
            // "mvn ... && qi ...": CI builds; the rest must work as written.
            command = command.substring(command.indexOf(" && ") + 4);
          }
          if (!command.isEmpty()
              && !command.startsWith("#")
              && !command.startsWith("mvn ")
              && !command.contains("../shared/")) {
            script.append(command).append('\n');
          }
        }
        if (script.length() > 0) {
          commands.add(new Command(script.toString(), null));
        }
      } else if (language.isEmpty()) {
        for (int k = 0; k < block.size(); k++) {
          if (!block.get(k).startsWith("$ ")) {
            continue;
          }
          StringBuilder expected = new StringBuilder();
          int next = k + 1;
          for (; next < block.size() && !block.get(next).startsWith("$ "); next++) {
            expected.append(block.get(next)).append('\n');
          }
          commands.add(new Command(block.get(k).substring(2) + "\n", expected.toString()));
          k = next - 1;
        }
      }
    }
    assertThat(commands).hasSizeGreaterThan(3);
    return commands;
  }

  private static List<String> joinContinuations(List<String> block) {
    List<String> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : block) {
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        joined.add(current.append(line).toString());
        current.setLength(0);
      }
    }
    return joined;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void commandWorksAsWritten(Command command) throws IOException, InterruptedException {
    assertThat(ROOT.resolve("qi-cli/target/qi.jar")).exists();
    Path log = Files.createTempFile("readme-command", ".err");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + command.script())
            .directory(ROOT.toFile())
            .redirectError(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder
        .environment()
        .put("PATH", ROOT.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(log);
    Files.delete(log);

    assertThat(process.exitValue()).as("exit code; stderr: %s", err).isZero();
    if (command.expected() != null) {
      assertThat(out).isEqualTo(command.expected());
    }
  }
}
