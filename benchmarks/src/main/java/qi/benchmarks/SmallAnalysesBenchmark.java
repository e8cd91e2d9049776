package qi.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.series.Observation;
import qi.core.series.Series;

/**
 * A dashboard refresh: 1,000 separate analyses of 24 points each, every chart type in turn (run, i,
 * mr, xbar, s, t, p, pp, c, u, up, g, ip, xmr), each grouped from its observations and analyzed.
 * One operation is all 1,000. Target: under 20 ms in total (warm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SmallAnalysesBenchmark {
  static final int ANALYSES = 1_000;

  private ChartType[] types;
  private List<List<Observation>> inputs;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(BenchmarkData.SEED);
    ChartType[] all = ChartType.values();
    types = new ChartType[ANALYSES];
    inputs = new ArrayList<>(ANALYSES);
    for (int k = 0; k < ANALYSES; k++) {
      types[k] = all[k % all.length];
      inputs.add(BenchmarkData.small(types[k], random));
    }
  }

  @Benchmark
  public void thousandAnalyses(Blackhole sink) {
    for (int k = 0; k < ANALYSES; k++) {
      List<Observation> rows = inputs.get(k);
      Series series = Double.isNaN(rows.get(0).n()) ? Series.of(rows) : Series.ofRatios(rows);
      sink.consume(ControlChart.of(types[k], series).analyze());
    }
  }
}
