package qi.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while a large input is read: it appears once more than {@link
 * #ROWS} lines have been read, and only when standard error is a terminal ({@code System.console()
 * != null}), so pipes, files and CI logs never see it. It tracks bytes, so it knows the end of a
 * file; on standard input it only counts.
 */
final class Progress extends FilterInputStream {
  /** Lines read before the bar appears: small inputs finish before anyone would look. */
  static final long ROWS = 1_000_000;

  private static final int MEGABYTE = 1 << 20;

  private final String name;
  private final long size;
  private final PrintStream terminal;
  private long bytes;
  private long lines;
  private ProgressBar bar;

  private Progress(InputStream in, String name, long size, PrintStream terminal) {
    super(in);
    this.name = name;
    this.size = size;
    this.terminal = terminal;
  }

  /** {@code in}, watched when standard error is a terminal. */
  static InputStream watch(InputStream in, String name, long size) {
    return System.console() == null ? in : watch(in, name, size, System.err);
  }

  /** {@code in}, drawing a bar on {@code terminal} once it has passed {@link #ROWS} lines. */
  static InputStream watch(InputStream in, String name, long size, PrintStream terminal) {
    return new Progress(in, name, size, terminal);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int count = super.read(buffer, offset, length);
    if (count > 0) {
      advance(buffer, offset, count);
    }
    return count;
  }

  private void advance(byte[] buffer, int offset, int count) {
    bytes += count;
    for (int i = offset; i < offset + count; i++) {
      if (buffer[i] == '\n') {
        lines++;
      }
    }
    if (bar == null && lines > ROWS) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Reading " + Messages.line(name))
              .setInitialMax(size > 0 ? size / MEGABYTE : -1)
              .setUnit(" MB", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(terminal))
              .build();
    }
    if (bar != null) {
      bar.stepTo(bytes / MEGABYTE);
    }
  }

  @Override
  public void close() throws IOException {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    super.close();
  }
}
