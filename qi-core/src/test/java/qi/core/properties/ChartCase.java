package qi.core.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import qi.core.ChartType;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * A valid input for one chart type: what the chart needs (denominators for p, pp, u and up; several
 * rows per x for xbar and s; values &gt; 0 for t; whole counts for c, u and g), with missing values
 * and, for charts of measurements, any scale from 1e-300 to 1e300. Built from a seed so that jqwik
 * can shrink the size and the seed.
 *
 * @param type the chart type
 * @param rows the observations, in x order
 */
record ChartCase(ChartType type, List<Observation> rows) {

  Series series() {
    return hasDenominator() ? Series.ofRatios(rows) : Series.of(rows);
  }

  boolean hasDenominator() {
    return type.needsDenominator();
  }

  @Override
  public String toString() {
    return type.id() + " " + rows;
  }

  /**
   * Every Shewhart chart type and the run chart, 1 to 60 points. CUSUM and EWMA are left out: they
   * refuse missing values, parts and multiply (QccReferenceTest and the shift package test them).
   */
  static Arbitrary<ChartCase> any() {
    return of(
        Arbitraries.of(
            java.util.Arrays.stream(ChartType.values()).filter(t -> !t.hasMemory()).toList()));
  }

  static Arbitrary<ChartCase> of(Arbitrary<ChartType> types) {
    return Combinators.combine(
            types,
            Arbitraries.integers().between(1, 60),
            Arbitraries.longs(),
            Arbitraries.integers().between(-300, 307),
            Arbitraries.doubles().between(0, 0.3))
        .as(ChartCase::build);
  }

  /** Measurements (no denominator) on 2 to 60 points, scale 10^exponent, no missing values. */
  static Arbitrary<double[]> measurements() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 60),
            Arbitraries.longs(),
            Arbitraries.integers().between(-6, 6))
        .as(
            (size, seed, exponent) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] values = new double[size];
              for (int i = 0; i < size; i++) {
                values[i] = Math.scalb(random.nextDouble(-1, 1), exponent * 3);
              }
              return values;
            });
  }

  private static ChartCase build(
      ChartType type, int size, long seed, int exponent, double missingRate) {
    SplittableRandom random = new SplittableRandom(seed);
    double scale = Math.pow(10, exponent);
    List<Observation> rows = new ArrayList<>();
    for (int x = 1; x <= size; x++) {
      XValue at = XValue.of(x);
      boolean missing = random.nextDouble() < missingRate;
      switch (type) {
        case P, PP -> {
          double n = 1 + random.nextInt(500);
          double y = missing ? Double.NaN : Math.floor(n * random.nextDouble());
          rows.add(Observation.ofRatio(at, y, n));
        }
        case U, UP -> {
          double n = 1 + 1000 * random.nextDouble();
          double y = missing ? Double.NaN : random.nextInt(0, 40);
          rows.add(Observation.ofRatio(at, y, n));
        }
        case XBAR, S -> {
          int count = 2 + random.nextInt(6);
          for (int k = 0; k < count; k++) {
            rows.add(Observation.of(at, scale * (1 + random.nextDouble())));
          }
          if (missing) {
            rows.add(Observation.of(at, Double.NaN));
          }
        }
        case C, G -> rows.add(Observation.of(at, missing ? Double.NaN : random.nextInt(0, 50)));
        case T -> rows.add(Observation.of(at, missing ? Double.NaN : scale * random.nextDouble()));
        default ->
            rows.add(Observation.of(at, missing ? Double.NaN : scale * random.nextGaussian()));
      }
    }
    // T needs every present value > 0: a draw of exactly 0 is moved off it.
    if (type == ChartType.T) {
      rows.replaceAll(o -> o.y() == 0 ? Observation.of(o.x(), scale) : o);
    }
    return new ChartCase(type, List.copyOf(rows));
  }
}
