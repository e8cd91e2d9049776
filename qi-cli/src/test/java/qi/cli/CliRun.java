package qi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The outcome of one {@code qi} command line run in-process: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
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
