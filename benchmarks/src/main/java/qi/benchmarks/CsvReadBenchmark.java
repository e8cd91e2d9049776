package qi.benchmarks;

import java.nio.file.Path;
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
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.series.Observation;

/**
 * {@link CsvInput#read(Path, Columns)} of the benchmark files ({@link BenchmarkData}, written under
 * {@code target/data} once): {@code rows} is the million-row file (x, y) of the I chart workload,
 * {@code facets} the 240,000 rows (unit, month, y) of the {@code --by} workload. The JVM runs as
 * {@code bin/qi} runs it, C1 only and the serial collector, so the figure is the one a run of the
 * command line gets once warm. Past their first 65,536 records, both files are split into fields on
 * a second thread while the calling thread reads the cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CsvReadBenchmark {
  @Param({"rows", "facets"})
  public String file;

  private Path path;
  private Columns columns;

  @Setup
  public void setUp() {
    Path dir = Path.of("target", "data");
    if (file.equals("rows")) {
      path = BenchmarkData.largeCsv(dir);
      columns = Columns.of("x", "y");
    } else {
      path = BenchmarkData.facetsCsv(dir);
      columns = Columns.of("month", "y").withLabel("unit");
    }
  }

  @Benchmark
  public List<Observation> read() {
    return CsvInput.read(path, columns);
  }
}
