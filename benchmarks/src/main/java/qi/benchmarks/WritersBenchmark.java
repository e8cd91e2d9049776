package qi.benchmarks;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.AnalysisCsv;
import qi.core.io.AnalysisJson;
import qi.core.io.AnalysisJsonLines;
import qi.core.io.CsvDialect;
import qi.core.result.Facet;
import qi.core.series.Series;

/**
 * The output writers on the I chart of {@code size} points (the million-row workload's analysis):
 * compact and pretty JSON, JSON Lines and CSV, written as UTF-8 bytes to a stream that only counts
 * them (so the figure is the writer's, not a disk's). The analysis is made once, outside the
 * measurement. Target: writing is not slower than analysing (about 76 ms per 10⁶ points warm,
 * {@link LargeSeriesBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class WritersBenchmark {
  @Param({"1000000"})
  public int size;

  private List<Facet> facets;

  @Setup
  public void setUp() {
    facets =
        List.of(
            new Facet(
                null,
                ControlChart.of(ChartType.I, Series.ofValues(BenchmarkData.values(size)))
                    .analyze()));
  }

  @Benchmark
  public long json(Blackhole hole) {
    Counting out = new Counting(hole);
    AnalysisJson.write(facets, out);
    return out.bytes;
  }

  @Benchmark
  public long jsonPretty(Blackhole hole) {
    Counting out = new Counting(hole);
    AnalysisJson.write(facets, out, AnalysisJson.Layout.PRETTY);
    return out.bytes;
  }

  @Benchmark
  public long jsonLines(Blackhole hole) {
    Counting out = new Counting(hole);
    AnalysisJsonLines.write(facets, out);
    return out.bytes;
  }

  @Benchmark
  public long csv(Blackhole hole) {
    Counting out = new Counting(hole);
    AnalysisCsv.write(facets, out, CsvDialect.RFC4180);
    return out.bytes;
  }

  /**
   * Counts the bytes and hands each buffer to the black hole, so that no write is optimised away.
   */
  private static final class Counting extends OutputStream {
    private final Blackhole hole;
    long bytes;

    Counting(Blackhole hole) {
      this.hole = hole;
    }

    @Override
    public void write(int b) {
      bytes++;
      hole.consume(b);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
      hole.consume(buffer);
    }
  }
}
