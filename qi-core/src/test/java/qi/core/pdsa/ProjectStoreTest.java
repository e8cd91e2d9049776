package qi.core.pdsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store never loses or corrupts a project: atomic writes, a file lock, bad files untouched. */
class ProjectStoreTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("qi-project.json");
  }

  private ProjectStore created() {
    ProjectStore store = ProjectStore.at(file());
    store.create(Project.of("Faster triage", Aim.of("Triage within 15 minutes")));
    return store;
  }

  /** Starts {@link StoreWriterMain} in a new JVM on this test's class path. */
  private static Process writer(Path file, String label, int count, int padding)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            StoreWriterMain.class.getName(),
            file.toString(),
            label,
            Integer.toString(count),
            Integer.toString(padding))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private List<String> folder() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void createWritesAProjectThatReadsBack() throws IOException {
    ProjectStore store = created();

    assertThat(store.read().title()).isEqualTo("Faster triage");
    assertThat(Files.readString(file())).startsWith("{\n  \"schemaVersion\" : 2,");
    // only the project and its lock file: no temporary file is left behind
    assertThat(folder()).containsExactly(".qi-project.json.lock", "qi-project.json");
  }

  @Test
  void createRefusesToOverwriteAProject() throws IOException {
    created();
    String before = Files.readString(file());

    assertThatThrownBy(() -> ProjectStore.at(file()).create(Project.of("Other", Aim.of("A"))))
        .isInstanceOf(ProjectFileException.class)
        // a fact for the library user; the CLI adds "choose another --project file" (InputHints)
        .hasMessageEndingWith("qi-project.json: already exists")
        .satisfies(
            e ->
                assertThat(((ProjectFileException) e).kind())
                    .isEqualTo(ProjectFileException.Kind.EXISTS));
    assertThat(Files.readString(file())).isEqualTo(before);
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> ProjectStore.at(dir.resolve("none.json")).read())
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("none.json: project file not found")
        .hasMessageNotContaining("--")
        .satisfies(
            e ->
                assertThat(((ProjectFileException) e).kind())
                    .isEqualTo(ProjectFileException.Kind.NOT_FOUND));
  }

  @Test
  void updateThatFailsWritesNothing() throws IOException {
    ProjectStore store = created();
    byte[] before = Files.readAllBytes(file());

    assertThatThrownBy(
            () -> store.update(p -> p.withCycle(Fixtures.cycle(5, "Idea", "2025-01-06"))))
        .hasMessage("cycle number (5) must be the next number (1)");
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void invalidJsonIsReportedAndLeftUntouched() throws IOException {
    String broken = "{\"schemaVersion\": 2, \"title\": \"Faster triage\",";
    Files.writeString(file(), broken);
    ProjectStore store = ProjectStore.at(file());

    assertThatThrownBy(() -> store.update(p -> p))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageStartingWith(file() + ": not valid JSON (");
    assertThat(Files.readString(file())).isEqualTo(broken);
  }

  @Test
  void newerSchemaVersionIsReportedAndLeftUntouched() throws IOException {
    String newer = "{\"schemaVersion\": 9, \"title\": \"From the future\"}";
    Files.writeString(file(), newer);

    assertThatThrownBy(() -> ProjectStore.at(file()).update(p -> p))
        .hasMessage(
            file()
                + ": schemaVersion (9) must be between 1 and 2: the file was written by a newer qi;"
                + " upgrade qi");
    assertThat(Files.readString(file())).isEqualTo(newer);
  }

  @Test
  void temporaryFileLeftByAKilledWriterIsRemovedByTheNextWrite() throws IOException {
    ProjectStore store = created();
    Path leftover = dir.resolve(".qi-project.json.12345.tmp");
    Files.writeString(leftover, "{\"half\": ");

    store.update(p -> p.withCycle(Fixtures.cycle(1, "Idea", "2025-01-06")));

    assertThat(folder()).containsExactly(".qi-project.json.lock", "qi-project.json");
  }

  @Test
  void threadsOfOneProcessDoNotLoseUpdates() throws Exception {
    ProjectStore store = created();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      String label = "thread" + t;
      Thread thread =
          new Thread(
              () -> {
                for (int i = 1; i <= 10; i++) {
                  String idea = label + "-" + i;
                  store.update(
                      p -> p.withCycle(Fixtures.cycle(p.nextCycleNumber(), idea, "2025-01-06")));
                }
              });
      thread.setUncaughtExceptionHandler((th, e) -> failures.add(e));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(failures).isEmpty();
    // 4 threads x 10 updates
    assertThat(store.read().cycles()).hasSize(4 * 10);
  }

  @Test
  void twoProcessesAddingCyclesAtOnceLoseNoUpdate() throws Exception {
    ProjectStore store = created();
    int each = 200;

    Process a = writer(file(), "a", each, 0);
    Process b = writer(file(), "b", each, 0);

    assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(a.exitValue()).isZero();
    assertThat(b.exitValue()).isZero();
    List<String> ideas = store.read().cycles().stream().map(PdsaCycle::changeIdea).toList();
    // 2 processes x 200 cycles, each present exactly once, each process's in its own order
    assertThat(ideas).hasSize(2 * each).doesNotHaveDuplicates();
    for (String label : List.of("a", "b")) {
      List<String> mine = ideas.stream().filter(i -> i.startsWith(label + "-")).toList();
      assertThat(mine).hasSize(each);
      assertThat(mine.get(each - 1)).isEqualTo(label + "-" + each);
    }
  }

  @Test
  void writerKilledMidWriteLeavesTheOldOrTheNewFileNeverAPart() throws Exception {
    ProjectStore store = created();
    int previous = 0;
    // Large cycles (20,000 characters each) make every write long enough to be killed inside.
    java.util.Random random = new java.util.Random(6);
    for (int round = 0; round < 4; round++) {
      Process writer = writer(file(), "k" + round, 0, 20_000);
      // Wait until this writer has written once, then kill it at a random moment of a later write.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (store.read().cycles().size() <= previous && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(random.nextInt(60));
      writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      Project project = store.read();
      assertThat(project.cycles().size()).isGreaterThan(previous);
      previous = project.cycles().size();
    }
    store.update(p -> p.withCycle(Fixtures.cycle(p.nextCycleNumber(), "After", "2025-01-06")));
    assertThat(store.read().cycles()).hasSize(previous + 1);
    assertThat(folder()).containsExactly(".qi-project.json.lock", "qi-project.json");
  }
}
