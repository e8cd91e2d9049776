package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example project {@code examples/pdsa/qi-project.json} is what the commands of {@code
 * examples/pdsa/create-project.sh} make, and the commands of the README's "Tracking PDSA cycles"
 * walkthrough all work.
 */
class PdsaExampleTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir Path root;

  /** The {@code qi ...} commands of a shell text, continuation lines joined, quotes removed. */
  static List<List<String>> commands(String shell) {
    List<List<String>> commands = new ArrayList<>();
    for (String line : shell.replace("\\\n", " ").split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("qi ")) {
        commands.add(words(trimmed.substring(3)));
      }
    }
    return commands;
  }

  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Runs {@code commands} as if from {@code root/folderName}, with the example data at {@code
   * root/data}: {@code --file} paths are resolved from the folder, and {@code --project} points at
   * {@code qi-project.json} in it.
   */
  private Path run(List<List<String>> commands, String folderName, String data) throws IOException {
    Path folder = Files.createDirectories(root.resolve(folderName));
    Path csv = root.resolve(data);
    Files.createDirectories(csv.getParent());
    Files.copy(EXAMPLES.resolve("data/time-to-triage.csv"), csv);
    Path project = folder.resolve("qi-project.json");
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      int file = args.indexOf("--file");
      if (file >= 0) {
        args.set(file + 1, folder.resolve(args.get(file + 1)).normalize().toString());
      }
      args.add("--project");
      args.add(project.toString());
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as("qi " + String.join(" ", command) + ": " + run.err()).isZero();
    }
    return project;
  }

  @Test
  void exampleProjectIsWhatItsScriptMakes() throws IOException {
    List<List<String>> commands =
        commands(Files.readString(EXAMPLES.resolve("pdsa/create-project.sh")));
    assertThat(commands).hasSizeGreaterThan(30);

    Path project = run(commands, "pdsa", "data/time-to-triage.csv");

    assertThat(Files.readString(project))
        .isEqualTo(Files.readString(EXAMPLES.resolve("pdsa/qi-project.json")));
  }

  @Test
  void readmeWalkthroughCommandsWork() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("## Tracking PDSA cycles");
    assertThat(section).isPositive();
    String walkthrough = readme.substring(section, readme.indexOf("\n## ", section + 1));
    List<List<String>> commands = new ArrayList<>();
    String[] blocks = walkthrough.split("```sh\n");
    for (int i = 1; i < blocks.length; i++) {
      commands.addAll(commands(blocks[i].substring(0, blocks[i].indexOf("```"))));
    }
    assertThat(commands).hasSizeGreaterThan(8);

    // the walkthrough runs in a new folder "target/triage" of the repository root
    run(commands, "target/triage", "examples/data/time-to-triage.csv");
  }
}
