package qi.benchmarks;

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
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.series.Series;

/**
 * One run chart or I chart over a long series, 10⁴ … 10⁷ points: the time per point should not grow
 * with n (no quadratic step). {@code analyze} times the engine on a series of values at x = 1 … n.
 * Target: 10⁶ points under 100 ms (warm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class LargeSeriesBenchmark {
  @Param({"10000", "100000", "1000000", "10000000"})
  public int size;

  @Param({"run", "i"})
  public String chart;

  private ChartType type;
  private Series series;

  @Setup
  public void setUp() {
    type = ChartType.fromId(chart);
    series = Series.ofValues(BenchmarkData.values(size));
  }

  @Benchmark
  public Analysis analyze() {
    return ControlChart.of(type, series).analyze();
  }
}
