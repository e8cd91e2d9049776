package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code qi} (the shaded jar, {@code java -jar qi.jar}) while it writes {@code
 * --output}: the target holds its old content or the complete new one, never a part, and the
 * temporary file does not last (SIGTERM: removed by the shutdown hook at once; SIGKILL: removed by
 * the next write to the folder). Runs in {@code verify}, after the jar is built.
 */
class OutputKillProcessTest {
  /** Rows of the input: its CSV output (about 15 MB) takes a while to write and force to disk. */
  private static final int ROWS = 100_000;

  private static final String OLD = "old content\n";

  @TempDir static Path dir;

  private static Path input;

  @BeforeAll
  static void writeInput() throws IOException {
    input = dir.resolve("big.csv");
    Random random = new Random(17);
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write("t,y\n");
      for (int i = 1; i <= ROWS; i++) {
        w.write(i + "," + String.format(Locale.ROOT, "%.3f", 10 + random.nextGaussian()) + "\n");
      }
    }
  }

  @Test
  void sigtermDuringTheWriteLeavesOldOrNewTargetAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("term.csv");
    Files.writeString(target, OLD);

    Process qi = startWriting(target);
    awaitTemporaryFile(qi, target);
    qi.destroy(); // SIGTERM
    assertThat(qi.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertOldOrComplete(target);
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void sigkillDuringTheWriteLeavesOldOrNewTargetAndTheNextWriteRemovesTheLitter() throws Exception {
    Path target = dir.resolve("kill.csv");
    Files.writeString(target, OLD);

    Process qi = startWriting(target);
    awaitTemporaryFile(qi, target);
    qi.destroyForcibly(); // SIGKILL: no hook runs
    assertThat(qi.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertOldOrComplete(target);
    if (Files.readString(target).equals(OLD)) {
      // killed mid-write: the litter is there until the next write (else this test proves nothing)
      assertThat(temporaryFiles()).containsExactly(Outputs.temporaryOf(target));
    }

    // the next write to the folder, of another file, removes what the killed writer left
    Path small = dir.resolve("small.csv");
    Files.writeString(small, "t,y\n1,2\n2,3\n3,4\n");
    Process next =
        new ProcessBuilder(
                command(
                    "analyze",
                    small.toString(),
                    "--chart",
                    "i",
                    "--x",
                    "t",
                    "--y",
                    "y",
                    "--format",
                    "csv",
                    "--output",
                    dir.resolve("small-out.csv").toString()))
            .redirectErrorStream(true)
            .start();
    assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).as(new String(next.getInputStream().readAllBytes())).isZero();
    assertThat(temporaryFiles()).isEmpty();
  }

  private static Process startWriting(Path target) throws IOException {
    return new ProcessBuilder(
            command(
                "analyze",
                input.toString(),
                "--chart",
                "i",
                "--x",
                "t",
                "--y",
                "y",
                "--format",
                "csv",
                "--output",
                target.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<String> command(String... args) {
    Path jar = Path.of(System.getProperty("qi.jar", "target/qi.jar"));
    assertThat(jar).as("the shaded jar (mvn package builds it)").exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return Stream.concat(
            Stream.of(java.toString(), "-XX:+UseSerialGC", "-jar", jar.toString()), Stream.of(args))
        .toList();
  }

  /** Waits until the write has begun: the target's temporary file exists. */
  private static void awaitTemporaryFile(Process qi, Path target) throws InterruptedException {
    Path temporary = Outputs.temporaryOf(target);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(temporary)) {
      assertThat(qi.isAlive()).as("qi ended before its temporary file was seen").isTrue();
      assertThat(System.nanoTime()).as("temporary file never appeared").isLessThan(deadline);
      Thread.sleep(1);
    }
  }

  /** The old content, or the whole new CSV: a header and one line per row. */
  private static void assertOldOrComplete(Path target) throws IOException {
    String text = Files.readString(target);
    if (!text.equals(OLD)) {
      assertThat(text).startsWith("index,").endsWith("\n");
      assertThat(text.lines().count()).isEqualTo(ROWS + 1L);
    }
  }

  private static List<Path> temporaryFiles() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(Outputs.TEMP_SUFFIX)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
