package qi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts of R's correction pass give the very bits of the general 80-bit steps they stand
 * for: {@link LongDouble#addDifference} against {@code add(setDifference(x, s))}, and {@link
 * LongDouble#setDifference} of an x below the binade of s against {@code set(x).subtract(s)}. The
 * general steps are checked against exact rationals in {@link LongDoubleMeanPropertiesTest} and
 * against R itself in {@link RArithmeticTest}. Inputs: a mean s with a full 64-bit significand (a
 * sum divided by n), a running correction of any size and sign (huge cancellation: zero and tiny
 * sums; and sums far above s), and values x in the binade of s, just outside it, far below it
 * (subnormal too), of either sign, and equal to s.
 */
class LongDoubleStepsPropertiesTest {
  @Property(seed = "1701", tries = 5000)
  void addDifferenceIsTheGeneralStep(@ForAll("cases") Case c) {
    LongDouble s = c.mean();
    LongDouble shortcut = c.correction().addDifference(c.x(), s, new LongDouble());
    LongDouble general = c.correction().add(new LongDouble().set(c.x()).subtract(s));

    assertSame(shortcut, general);
  }

  @Property(seed = "1702", tries = 5000)
  void setDifferenceIsXMinusS(@ForAll("cases") Case c) {
    LongDouble s = c.mean();
    LongDouble difference = new LongDouble().setDifference(c.x(), s);
    LongDouble general = new LongDouble().set(c.x()).subtract(s);

    assertSame(difference, general);
  }

  @Property(seed = "1703", tries = 300)
  void aLongCorrectionPassIsTheGeneralOne(@ForAll("cases") Case c) {
    // 10,000 steps from the case's start: the shortcut decides each step from the running sum
    LongDouble s = c.mean();
    LongDouble shortcut = c.correction();
    LongDouble general = c.correction();
    LongDouble scratch = new LongDouble();
    java.util.SplittableRandom random = new java.util.SplittableRandom(c.seed());
    double centre = s.toDouble();
    for (int i = 0; i < 10_000; i++) {
      double x =
          random.nextInt(50) == 0
              ? centre * random.nextDouble(-4, 4)
              : centre + Math.abs(centre) * random.nextGaussian() * 0.2;
      shortcut.addDifference(x, s, scratch);
      general.add(new LongDouble().set(x).subtract(s));
    }

    assertSame(shortcut, general);
  }

  @Property(seed = "1704", tries = 300)
  void bothPassesOfAddAllAreTheStepsOneAtATime(@ForAll("cases") Case c) {
    // R's sum and correcting pass as one loop (addAll) against add and addDifference per value,
    // over 2,000 values of either sign around s, in its binade, one above or below it (exact and
    // rounded differences, ties among them) and farther, some subnormal or zero, selected below a
    // limit (or equal to it), or all
    LongDouble s = c.mean();
    java.util.SplittableRandom random = new java.util.SplittableRandom(c.seed());
    double centre = s.toDouble();
    double[] values = new double[2_000];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (random.nextInt(20)) {
            case 0 -> centre * random.nextDouble(-4, 4);
            case 1 -> random.nextBoolean() ? Double.MIN_VALUE * random.nextInt(1000) : 0.0;
            case 2 -> -centre;
            case 3 -> Double.NaN;
            // spread over several binades of the mean's sign, as moving ranges are
            case 4, 5, 6, 7, 8 -> centre * Math.abs(random.nextGaussian()) * 2;
            default -> centre + Math.abs(centre) * random.nextGaussian() * 0.2;
          };
    }
    double limit =
        random.nextBoolean() ? Double.POSITIVE_INFINITY : values[random.nextInt(values.length)];
    boolean orEqual = random.nextBoolean();
    LongDouble sum = c.correction();
    LongDouble sumByStep = c.correction();
    LongDouble correction = c.correction();
    LongDouble correctionByStep = c.correction();
    LongDouble scratch = new LongDouble();
    int count = 0;
    for (double v : values) {
      if (v < limit || orEqual && v == limit) {
        count++;
        sumByStep.add(v);
        correctionByStep.addDifference(v, s, scratch);
      }
    }

    assertThat(sum.addAll(values, 0, values.length, limit, orEqual, null)).isEqualTo(count);
    assertThat(correction.addAll(values, 0, values.length, limit, orEqual, s)).isEqualTo(count);
    assertSame(sum, sumByStep);
    assertSame(correction, correctionByStep);
  }

  private static void assertSame(LongDouble a, LongDouble b) {
    // equal values: the exact difference is zero; and the same sign of a non-zero value
    LongDouble difference = new LongDouble().set(a).subtract(b);
    assertThat(difference.isZero()).as("%s vs %s", a.toDouble(), b.toDouble()).isTrue();
    assertThat(Double.doubleToRawLongBits(a.toDouble()))
        .isEqualTo(Double.doubleToRawLongBits(b.toDouble()));
  }

  /** s = Σ values / n in 80 bits, a correction start, a value x, and a seed for long passes. */
  record Case(double sum, int n, double start, int startScale, double x, long seed) {
    LongDouble mean() {
      return new LongDouble().set(sum).add(0x1p-30 * sum).divide(n);
    }

    LongDouble correction() {
      return new LongDouble().set(start).add(Math.scalb(start, -startScale));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> sum =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e6, 1e6).ofScale(9),
            Arbitraries.doubles().between(1, 100).map(v -> Math.rint(v * 100) / 100),
            Arbitraries.of(1.0, 0.1, 1e-300, Double.MIN_NORMAL, 4e300, -52.0));
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 1_000_000);
    Arbitrary<Double> start =
        Arbitraries.oneOf(
            Arbitraries.of(0.0, Double.MIN_VALUE, -Double.MIN_VALUE),
            Arbitraries.doubles().between(-1, 1).ofScale(6).map(v -> v * 1e-12),
            Arbitraries.doubles().between(-1e9, 1e9).ofScale(6));
    Arbitrary<Integer> startScale = Arbitraries.integers().between(30, 70);
    Arbitrary<Double> factor =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(0.5, 2.0).ofScale(12),
            Arbitraries.doubles().between(-2.0, 2.0).ofScale(12),
            Arbitraries.of(1.0, 0.0, -1.0, 0.5, 2.0, 0.999999999, 1.000000001),
            Arbitraries.doubles().between(-20, -3).ofScale(6).map(e -> Math.pow(10, e)),
            Arbitraries.doubles().between(3, 9).ofScale(6).map(e -> Math.pow(10, e)));
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(sum, n, start, startScale, factor, seed)
        .as(
            (s, count, st, scale, f, sd) -> {
              double mean = new LongDouble().set(s).divide(count).toDouble();
              double x = f == 1.0 ? mean : mean * f;
              List<Double> specials = List.of(Double.MIN_VALUE, -Double.MIN_VALUE, 0.0);
              if (sd % 97 == 0) {
                x = specials.get((int) Math.floorMod(sd, 3L));
              }
              return new Case(s, count, st, scale, x, sd);
            });
  }
}
