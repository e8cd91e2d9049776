package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/qi} starts the JVM with the class-data archive that qi-cli's build writes beside the
 * jar, and runs just as well, without a word on either stream, when that archive cannot be used.
 *
 * <p>Needs {@code qi-cli/target/qi.jar} and {@code qi.jsa}: {@code mvn -B verify} packages qi-cli
 * before this module.
 */
class LauncherTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir Path copy;

  record Run(int exitCode, String out, String err) {}

  private static Run run(Path launcher, Map<String, String> environment)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("launcher", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toString(), "--version")
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("QI_JAVA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    Run run = new Run(process.exitValue(), out, Files.readString(err));
    Files.delete(err);
    return run;
  }

  @Test
  void classesOfQiComeFromTheArchiveTheBuildWrote() throws IOException, InterruptedException {
    Run run = run(ROOT.resolve("bin/qi"), Map.of("QI_JAVA_OPTS", "-Xlog:class+load=info"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    // only qi's archive holds qi's classes (a static one: no "(top)" layer over the JDK's)
    assertThat(run.out()).contains("qi.cli.Qi source: shared objects file\n");
  }

  @Test
  void collectorChosenInQiJavaOptionsReplacesTheSerialOne()
      throws IOException, InterruptedException {
    Run run = run(ROOT.resolve("bin/qi"), Map.of("QI_JAVA_OPTS", "-XX:+UseParallelGC"));

    assertOnlyTheVersion(run);
  }

  /** The launcher and jar copied elsewhere: the archive names the jar's original path and time. */
  @Test
  void archiveOfAnotherJarIsIgnoredSilently() throws IOException, InterruptedException {
    Path launcher = layout();
    Files.copy(ROOT.resolve("qi-cli/target/qi.jsa"), copy.resolve("qi-cli/target/qi.jsa"));

    Run run = run(launcher, Map.of());

    assertOnlyTheVersion(run);
  }

  @Test
  void fileThatIsNoArchiveIsIgnoredSilently() throws IOException, InterruptedException {
    Path launcher = layout();
    Files.writeString(copy.resolve("qi-cli/target/qi.jsa"), "not a class-data archive\n");

    Run run = run(launcher, Map.of());

    assertOnlyTheVersion(run);
  }

  @Test
  void missingArchiveIsNoError() throws IOException, InterruptedException {
    Run run = run(layout(), Map.of());

    assertOnlyTheVersion(run);
  }

  /** Exit 0, one line of version on stdout (the JVM's own warnings would go there), no stderr. */
  private static void assertOnlyTheVersion(Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches("qi [^\\n]+\\n");
  }

  /** bin/qi and qi-cli/target/qi.jar copied under the temporary folder; returns the launcher. */
  private Path layout() throws IOException {
    Files.createDirectories(copy.resolve("bin"));
    Files.createDirectories(copy.resolve("qi-cli/target"));
    Path launcher = copy.resolve("bin/qi");
    Files.copy(ROOT.resolve("bin/qi"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(ROOT.resolve("qi-cli/target/qi.jar"), copy.resolve("qi-cli/target/qi.jar"));
    return launcher;
  }
}
