package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * In a real process, JSON, JSON Lines and CSV go to standard output as UTF-8 bytes written by their
 * writers ({@link Qi.StandardOutput#bytes()}), not through the text writer: the bytes are the same
 * as those of an in-process run, and nothing of the text writer's buffer is lost or reordered.
 */
class StandardOutputTest {
  private static final List<String> FALLS =
      List.of(
          "analyze",
          "../examples/data/falls-by-ward.csv",
          "--chart",
          "u",
          "--x",
          "month",
          "--y",
          "falls",
          "--n",
          "bed_days",
          "--by",
          "ward",
          "--format");

  private static String process(String format) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Qi.class.getName()));
    command.addAll(FALLS);
    command.add(format);
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
    return out;
  }

  @Test
  void jsonJsonLinesAndCsvOnStandardOutputAreTheBytesOfAnInProcessRun()
      throws IOException, InterruptedException {
    for (String format : List.of("json", "jsonl", "csv")) {
      List<String> args = new ArrayList<>(FALLS);
      args.add(format);

      assertThat(process(format)).as(format).isEqualTo(CliRun.of(args).out());
    }
  }
}
