package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.core.series.Observation;

/**
 * The CSV reader that splits the text on a second thread ({@link CsvRecords}) against the reader on
 * the calling thread: the same observations and the same error (class, message, reason) for any
 * text, wherever the blocks of records handed from one thread to the other begin and end; and no
 * thread left behind. The oracle is the reader on one thread, in blocks as large as a small text.
 */
class PipelinedCsvReadingTest {
  private static final String SPLITTER = "qi-csv-split";

  /** Cells as files have them: numbers either way, dates, missing, quoted, malformed. */
  private static final String[] CELLS = {
    "1",
    "2",
    "-3",
    "0",
    "2.5",
    "1.234",
    "\"2,5\"",
    "2,5",
    "1e400",
    "",
    "NA",
    " 7 ",
    "\"3\"",
    " \"4\" ",
    "\"a\nb\"",
    "\"a\"\"b\"",
    "abc",
    "2024-01-31",
    "31/01/2024",
    "2024-02-30",
    "Jan 2024",
    "\"unclosed",
    "\"a\"b",
    "\u00e9",
    "\u2028"
  };

  /** What a read gives: observations, or the error's class, message and reason. */
  private record Outcome(List<Observation> observations, String error, InputException.Reason why) {}

  @Provide
  Arbitrary<String> csvText() {
    Arbitrary<Character> delimiter = Arbitraries.of(',', ';');
    Arbitrary<List<List<String>>> rows =
        Arbitraries.of(CELLS).list().ofMaxSize(5).list().ofMaxSize(40);
    Arbitrary<List<String>> ends =
        Arbitraries.of("\n", "\r\n", "\n\n", "\r", "\n \n").list().ofSize(40);
    return Combinators.combine(delimiter, rows, ends)
        .as(
            (d, cells, lineEnds) -> {
              StringBuilder text = new StringBuilder("x" + d + "y" + d + "n" + d + "label\n");
              for (int r = 0; r < cells.size(); r++) {
                text.append(String.join(String.valueOf(d), cells.get(r))).append(lineEnds.get(r));
              }
              return text.toString();
            });
  }

  @Provide
  Arbitrary<Columns> columns() {
    return Arbitraries.of(
        Columns.of("x", "y"),
        Columns.of("x", "y").withN("n"),
        Columns.of("x", "y").withN("n").withLabel("label"),
        new Columns("x", null, null, "label"));
  }

  @Property(seed = "1616", tries = 600)
  void pipelinedReadGivesWhatTheSequentialReadGives(
      @ForAll("csvText") String text,
      @ForAll("columns") Columns columns,
      @ForAll @IntRange(min = 1, max = 4) int blockRecords,
      @ForAll @IntRange(min = 0, max = 6) int pipelineAfter) {
    Outcome sequential = read(text, columns, Integer.MAX_VALUE, RecordBlock.RECORDS);

    assertThat(read(text, columns, pipelineAfter, blockRecords)).isEqualTo(sequential);
    assertThat(read(text, columns, Integer.MAX_VALUE, blockRecords)).isEqualTo(sequential);
  }

  @Test
  void largeFileReadsAsOnOneThreadAcrossManyBlocks(@TempDir Path dir) throws IOException {
    // 100,000 rows: the 65,536 read on the calling thread, then three blocks of up to 16,384
    // records split on the second
    Path file = dir.resolve("large.csv");
    Files.writeString(file, rows(100_000, -1, ""), StandardCharsets.UTF_8);

    List<Observation> twoThreads = CsvInput.read(file, Columns.of("x", "y"));

    assertThat(twoThreads).hasSize(100_000);
    assertThat(twoThreads.get(99_999).y()).isEqualTo(100_000 % 97 + 0.25); // row x = 100,000
    assertThat(twoThreads)
        .isEqualTo(
            read(rows(100_000, -1, ""), Columns.of("x", "y"), Integer.MAX_VALUE, 1 << 20)
                .observations());
  }

  @Test
  void errorDeepInALargeFileIsTheErrorOfTheSequentialRead(@TempDir Path dir) throws IOException {
    // row 90,000 (line 90,001 after the header) lacks its y; rows after it are not read
    String text = rows(100_000, 90_000, "90000\n");
    Path file = dir.resolve("short-row.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CsvInput.read(file, Columns.of("x", "y")))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ": line 90001, column \"y\": missing; the line has 1 field, the header 2");
    assertThat(read(text, Columns.of("x", "y"), Integer.MAX_VALUE, 1 << 20).error())
        .isEqualTo(
            "InputException: x.csv: line 90001, column \"y\": missing; the line has 1 field,"
                + " the header 2");
    assertThat(splitterThreads()).isZero();
  }

  @Test
  void quoteNotClosedDeepInALargeTextIsReportedWhereTheSequentialReadReportsIt() {
    String text = rows(30_000, 29_000, "29000,\"3.5\n");

    Outcome pipelined = read(text, Columns.of("x", "y"), 0, RecordBlock.RECORDS);

    assertThat(pipelined.error())
        .isEqualTo(
            "InputException: x.csv: line 29001, column \"y\": quoted value not closed: no closing"
                + " \" before the end of the file");
    assertThat(pipelined).isEqualTo(read(text, Columns.of("x", "y"), Integer.MAX_VALUE, 1 << 20));
  }

  @Test
  void noThreadOutlivesARead() {
    read(rows(30_000, -1, ""), Columns.of("x", "y"), 0, RecordBlock.RECORDS);
    read(rows(30_000, 10, "x\n"), Columns.of("x", "y"), 0, RecordBlock.RECORDS);

    assertThat(splitterThreads()).isZero();
  }

  @Test
  void interruptedReaderStopsTheSplittingThreadAndSaysSo() throws Exception {
    // the text gives 100,000 chars of rows, then blocks until its thread is interrupted, as a pipe
    // that stays open would
    CountDownLatch blocked = new CountDownLatch(1);
    String start = rows(10_000, -1, "");
    Reader stalled =
        new Reader() {
          private final StringReader rows = new StringReader(start);

          @Override
          public int read(char[] into, int offset, int length) throws IOException {
            int count = rows.read(into, offset, length);
            if (count > 0) {
              return count;
            }
            blocked.countDown();
            try {
              new CountDownLatch(1).await();
            } catch (InterruptedException e) {
              throw new InterruptedIOException("interrupted while reading");
            }
            return -1;
          }

          @Override
          public void close() {}
        };
    FutureTask<List<Observation>> reading =
        new FutureTask<>(
            () ->
                CsvInput.read(
                    stalled, "pipe", Columns.of("x", "y"), ReadOptions.defaults(), 0, 1000));
    Thread caller = new Thread(reading, "caller");
    caller.start();
    assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();

    caller.interrupt();

    assertThatThrownBy(() -> reading.get(30, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(InputException.class)
        .hasMessage("pipe: cannot be read (interrupted)");
    assertThat(splitterThreads()).isZero();
  }

  /**
   * A CSV text of {@code count} rows x = 1 … count, y = x mod 97 + 0.25, whose row {@code broken}
   * (1-based; none when negative) is {@code instead}.
   */
  private static String rows(int count, int broken, String instead) {
    StringBuilder text = new StringBuilder("x,y\n");
    for (int x = 1; x <= count; x++) {
      text.append(x == broken ? instead : x + "," + (x % 97 + 0.25) + "\n");
    }
    return text.toString();
  }

  private static Outcome read(String text, Columns columns, int pipelineFrom, int blockRecords) {
    return outcome(
        () ->
            CsvInput.read(
                new StringReader(text),
                "x.csv",
                columns,
                ReadOptions.defaults(),
                pipelineFrom,
                blockRecords));
  }

  private static Outcome outcome(Supplier<List<Observation>> read) {
    try {
      return new Outcome(List.copyOf(read.get()), null, null);
    } catch (InputException e) {
      return new Outcome(null, "InputException: " + e.getMessage(), e.reason());
    } catch (RuntimeException e) {
      return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }
  }

  private static long splitterThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(SPLITTER) && t.isAlive())
        .count();
  }
}
