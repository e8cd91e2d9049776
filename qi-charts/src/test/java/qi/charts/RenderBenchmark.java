package qi.charts;

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
 * JMH: rendering a 24-point I chart (two parts, a note) in a warmed JVM. Goal for PNG: under 150
 * ms. Not run by the build; run it with {@code java -cp <test classpath> org.openjdk.jmh.Main
 * RenderBenchmark} (see README, Building).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class RenderBenchmark {
  @Param({"PNG", "SVG", "PDF", "HTML"})
  public OutputFormat format;

  private Analysis analysis;
  private ChartStyle style;

  @Setup
  public void setUp() {
    double[] v = new double[24];
    for (int i = 0; i < 24; i++) {
      v[i] = 20 + 3 * Math.sin(i * 1.7) + (i >= 12 ? -4 : 0);
    }
    analysis = ControlChart.of(ChartType.I, Series.ofValues(v)).parts(12).analyze();
    style = ChartStyle.withDefaults().title("Benchmark").yLabel("Minutes").note("6", "PDSA 1");
  }

  @Benchmark
  public byte[] render() {
    return ChartRenderer.render(analysis, style, format);
  }
}
