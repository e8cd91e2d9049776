package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive the build writes beside the shaded jar ({@code qi.jsa}, see qi-cli's pom)
 * holds picocli and qi's converters: picocli's class files are Java 5, and the dump leaves such a
 * class out once anything links it while dumping (a lambda of a picocli interface in the class list
 * did), and with it every class that implements it. Runs in {@code verify}, after the jar and the
 * archive are built.
 */
class ClassDataArchiveProcessTest {
  @TempDir Path dir;

  @Test
  void picocliAndTheConvertersAreMappedFromTheArchive() throws Exception {
    Path jar = Path.of(System.getProperty("qi.jar"));
    Path log = dir.resolve("classes.log");
    Process qi =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=" + jar.resolveSibling("qi.jsa"),
                "-Xshare:on", // fails to start rather than run without the archive
                "-XX:+UseSerialGC",
                "-Xlog:class+load:file=" + log,
                "-jar",
                jar.toString(),
                "analyze",
                Path.of("..", "examples", "data", "falls.csv").toString(),
                "--chart",
                "u",
                "--x",
                "month",
                "--y",
                "falls",
                "--n",
                "bed_days",
                "--format",
                "json")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(qi.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(qi.exitValue()).isZero();

    List<String> lines = Files.readAllLines(log);
    for (String type :
        List.of(
            "picocli.CommandLine",
            "picocli.CommandLine$ITypeConverter",
            "qi.cli.Converters$Chart")) {
      assertThat(lines)
          .as(type)
          .anySatisfy(
              line -> assertThat(line).endsWith(" " + type + " source: shared objects file"));
    }
  }
}
