package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The outcome of one {@code qi} command line run in-process: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
  /**
   * Bad input: exit code 2, nothing on stdout, and one line on stderr starting {@code qi: }, with
   * no exception name, that contains every fragment.
   */
  static void assertBadInput(CliRun run, String... fragments) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .startsWith("qi: ");
    assertThat(run.err()).contains(fragments);
  }

  static CliRun of(List<String> args) {
    return of(args.toArray(new String[0]));
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Qi.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
