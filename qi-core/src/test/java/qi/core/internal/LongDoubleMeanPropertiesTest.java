package qi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Means and sums of generated vectors against a reference written independently of {@link
 * LongDouble}: exact rationals in {@link BigInteger}, rounded to 64 significant bits after every
 * operation exactly where R's C code rounds a {@code long double} (R 4.2.2 {@code
 * src/main/summary.c}: {@code real_mean}, {@code rsum}). Vectors: 2 to 60 values k/d, k in 0…20 and
 * d one of 1, 2, 3, 4, 5, 10, 20, 100 (so that means such as 7/20 and 3/20 come up), and small
 * integer mixes.
 */
class LongDoubleMeanPropertiesTest {
  @Property(seed = "1401", tries = 1000)
  void meanIsRsExtendedPrecisionMean(@ForAll("fractions") List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();

    assertThat(Stats.mean(values)).isEqualTo(referenceMean(values));
  }

  @Property(seed = "1402", tries = 1000)
  void sumIsRsExtendedPrecisionSum(@ForAll("fractions") List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    Exact sum = Exact.ZERO;
    for (double v : values) {
      sum = sum.plus(Exact.of(v)).round(64);
    }

    assertThat(Stats.sum(values)).isEqualTo(sum.round(53).toDouble());
  }

  @Property(seed = "1403", tries = 1000)
  void meanIsWithinHalfAnUlpOfTheExactMean(@ForAll("fractions") List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    BigDecimal exactSum = BigDecimal.ZERO;
    for (double v : values) {
      exactSum = exactSum.add(new BigDecimal(v));
    }
    double mean = Stats.mean(values);
    BigDecimal error =
        new BigDecimal(mean).multiply(BigDecimal.valueOf(values.length)).subtract(exactSum).abs();

    // |mean − Σx/n| ≤ ulp/2 (plus a hair for R's double rounding, at most 2⁻¹¹ ulp more)
    BigDecimal bound =
        new BigDecimal(Math.ulp(mean) * (0.5 + 0x1p-11))
            .multiply(BigDecimal.valueOf(values.length));
    assertThat(error).isLessThanOrEqualTo(bound);
  }

  @Provide
  Arbitrary<List<Double>> fractions() {
    Arbitrary<Double> fraction =
        Arbitraries.integers()
            .between(0, 20)
            .flatMap(k -> Arbitraries.of(1, 2, 3, 4, 5, 10, 20, 100).map(d -> k / (double) d));
    Arbitrary<Double> smallInteger = Arbitraries.integers().between(0, 2).map(Integer::doubleValue);
    return Arbitraries.oneOf(
        fraction.list().ofMinSize(2).ofMaxSize(60), smallInteger.list().ofMinSize(2).ofMaxSize(60));
  }

  /** R's {@code mean()}: Σ, ÷ n, then + Σ(xᵢ − mean) ÷ n, every step rounded at 64 bits. */
  private static double referenceMean(double[] values) {
    Exact sum = Exact.ZERO;
    for (double v : values) {
      sum = sum.plus(Exact.of(v)).round(64);
    }
    Exact mean = sum.over(values.length).round(64);
    Exact correction = Exact.ZERO;
    for (double v : values) {
      correction = correction.plus(Exact.of(v).minus(mean).round(64)).round(64);
    }
    return mean.plus(correction.over(values.length).round(64)).round(64).round(53).toDouble();
  }

  /** An exact rational numerator / denominator · 2^exponent (denominator > 0). */
  private record Exact(BigInteger numerator, BigInteger denominator, int exponent) {
    static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE, 0);

    static Exact of(double v) {
      return new Exact(
          new BigDecimal(v).multiply(BigDecimal.valueOf(2).pow(1100)).toBigIntegerExact(),
          BigInteger.ONE,
          -1100);
    }

    Exact plus(Exact o) {
      int e = Math.min(exponent, o.exponent);
      BigInteger a = numerator.multiply(o.denominator).shiftLeft(exponent - e);
      BigInteger b = o.numerator.multiply(denominator).shiftLeft(o.exponent - e);
      return new Exact(a.add(b), denominator.multiply(o.denominator), e);
    }

    Exact minus(Exact o) {
      return plus(new Exact(o.numerator.negate(), o.denominator, o.exponent));
    }

    Exact over(long n) {
      return new Exact(numerator, denominator.multiply(BigInteger.valueOf(n)), exponent);
    }

    /** Rounded to {@code bits} significant bits, to nearest, ties to even. */
    Exact round(int bits) {
      if (numerator.signum() == 0) {
        return ZERO;
      }
      BigInteger magnitude = numerator.abs();
      // find k with 2^(bits−1) ≤ magnitude·2^k / denominator < 2^bits
      int k = bits - (magnitude.bitLength() - denominator.bitLength());
      BigInteger quotient;
      BigInteger[] qr;
      while (true) {
        BigInteger num = k >= 0 ? magnitude.shiftLeft(k) : magnitude;
        BigInteger den = k >= 0 ? denominator : denominator.shiftLeft(-k);
        qr = num.divideAndRemainder(den);
        quotient = qr[0];
        if (quotient.bitLength() > bits) {
          k--;
        } else if (quotient.bitLength() < bits) {
          k++;
        } else {
          int half = qr[1].shiftLeft(1).compareTo(den);
          if (half > 0 || half == 0 && quotient.testBit(0)) {
            quotient = quotient.add(BigInteger.ONE);
          }
          break;
        }
      }
      return new Exact(
          numerator.signum() < 0 ? quotient.negate() : quotient, BigInteger.ONE, exponent - k);
    }

    /** The value as a double; exact for a value rounded to 53 bits in the normal range. */
    double toDouble() {
      BigDecimal value = new BigDecimal(numerator).divide(new BigDecimal(denominator));
      return (exponent >= 0
              ? value.multiply(BigDecimal.valueOf(2).pow(exponent))
              : value.divide(BigDecimal.valueOf(2).pow(-exponent)))
          .doubleValue();
    }
  }
}
