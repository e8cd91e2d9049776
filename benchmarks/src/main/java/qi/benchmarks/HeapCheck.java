package qi.benchmarks;

import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.series.Series;

/**
 * Whether a run chart and an I chart of n points can be analyzed within the heap this JVM was
 * given, and how many bytes per point the series and the analysis keep:
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar qi.benchmarks.HeapCheck 10000000
 * </pre>
 *
 * Prints one line per chart, or the point at which memory ran out; exit code 0 when both fit.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    int size = Integer.parseInt(args.length > 0 ? args[0] : "10000000");
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("max heap %d MiB, %d points%n", runtime.maxMemory() >> 20, size);
    String stage = "values";
    try {
      double[] values = BenchmarkData.values(size);
      stage = "series";
      Series series = Series.ofValues(values);
      values = null;
      long seriesBytes = used(runtime);
      for (ChartType type : new ChartType[] {ChartType.RUN, ChartType.I}) {
        stage = type.id() + " analysis";
        Analysis analysis = ControlChart.of(type, series).analyze();
        long total = used(runtime);
        // the analysis is still referenced here, so its bytes are counted
        System.out.printf(
            "%s: ok, %d points; series %d B/point, analysis %d B/point, heap in use %d MiB%n",
            type.id(),
            analysis.points().size(),
            seriesBytes / size,
            (total - seriesBytes) / size,
            total >> 20);
      }
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory while building the " + stage);
      System.exit(1);
    }
  }

  private static long used(Runtime runtime) {
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
