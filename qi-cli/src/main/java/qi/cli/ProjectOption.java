package qi.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import qi.core.pdsa.ProjectStore;

/** {@code --project FILE}: the project file of the {@code qi pdsa} commands (shared by them). */
final class ProjectOption {
  static final String DEFAULT = "qi-project.json";

  @Option(
      names = "--project",
      paramLabel = "FILE",
      description = "The project file (default: " + DEFAULT + " in the current folder).")
  Path file = Path.of(DEFAULT);

  ProjectStore store() {
    return ProjectStore.at(file);
  }
}
