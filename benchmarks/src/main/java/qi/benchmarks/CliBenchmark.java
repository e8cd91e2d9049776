package qi.benchmarks;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
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
import qi.cli.Qi;

/**
 * {@code qi analyze} in-process and warm, on the generated CSV files: a 1,000,000-row I chart, and
 * {@code --by unit} over 10,000 facets of 24 points. The targets (under 2 s each) are for the whole
 * process including JVM start; this benchmark shows how much of that is qi's own work. The files
 * are written by {@link BenchmarkData} under {@code benchmarks/target/data} on first use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CliBenchmark {
  @Param({"text"})
  public String format;

  private Path large;
  private Path facets;

  @Setup
  public void setUp() {
    Path dir = Path.of(System.getProperty("qi.benchmarks.data", "benchmarks/target/data"));
    large = BenchmarkData.largeCsv(dir);
    facets = BenchmarkData.facetsCsv(dir);
  }

  @Benchmark
  public int largeCsv() {
    return run("analyze", large.toString(), "--chart", "i", "--x", "x", "--y", "y");
  }

  @Benchmark
  public int tenThousandFacets() {
    return run(
        "analyze", facets.toString(), "--chart", "i", "--x", "month", "--y", "y", "--by", "unit");
  }

  private int run(String... args) {
    String[] withFormat = java.util.Arrays.copyOf(args, args.length + 2);
    withFormat[args.length] = "--format";
    withFormat[args.length + 1] = format;
    PrintWriter out = new PrintWriter(Writer.nullWriter());
    int code = Qi.execute(withFormat, out, out);
    if (code != 0) {
      throw new IllegalStateException("qi exited with " + code);
    }
    return code;
  }
}
