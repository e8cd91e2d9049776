package qi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Stats#mean}, {@link Stats#sum}, {@link Stats#sd} and {@link Stats#median} give the very
 * double R 4.2.2 gives on x86-64, bit for bit. Expected values: {@code
 * qi-core/src/test/r/r-arithmetic.R}, which prints R's {@code mean(x)}, {@code sum(x)}, {@code
 * sd(x)} and {@code median(x)} of random vectors in C99 hex ({@code sprintf("%a", ...)}):
 *
 * <ul>
 *   <li>{@code seed14-700.txt}: {@code Rscript r-arithmetic.R 14 700}, 100 vectors of each kind
 *       (integers 0–2, twentieths, hundredths, normal rounded to 0.01, magnitudes 1e-8 to 1e8, two
 *       to four values, 10⁶ plus thousandths);
 *   <li>{@code double-rounding.txt}: the six vectors among 23,000 ({@code r-arithmetic.R 1 3000}
 *       and {@code 2 20000}) where R's mean is not the exactly rounded mean Σx/n.
 * </ul>
 */
class RArithmeticTest {
  @Test
  void meanSumSdAndMedianAreRsBitForBit() throws IOException {
    List<RCase> cases = read("seed14-700.txt");

    assertThat(cases).hasSize(700);
    for (RCase c : cases) {
      assertThat(Stats.mean(c.values())).as("mean %s", c).isEqualTo(c.mean());
      assertThat(Stats.sum(c.values())).as("sum %s", c).isEqualTo(c.sum());
      assertThat(Stats.sd(c.values())).as("sd %s", c).isEqualTo(c.sd());
      assertThat(Stats.median(c.values())).as("median %s", c).isEqualTo(c.median());
    }
  }

  @Test
  void whereRsMeanIsNotTheExactlyRoundedMeanQiFollowsR() throws IOException {
    List<RCase> cases = read("double-rounding.txt");

    assertThat(cases).hasSize(6);
    for (RCase c : cases) {
      assertThat(exactlyRoundedMean(c.values())).as("exact %s", c).isNotEqualTo(c.mean());
      assertThat(Stats.mean(c.values())).as("mean %s", c).isEqualTo(c.mean());
    }
  }

  private static double exactlyRoundedMean(double[] values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : values) {
      sum = sum.add(new BigDecimal(v));
    }
    return sum.divide(BigDecimal.valueOf(values.length), new MathContext(80)).doubleValue();
  }

  /** One vector and R's four statistics of it. */
  private record RCase(
      String kind, double[] values, double mean, double sum, double sd, double median) {
    @Override
    public String toString() {
      return kind + " " + Arrays.toString(values);
    }
  }

  private static List<RCase> read(String file) throws IOException {
    try (InputStream in = RArithmeticTest.class.getResourceAsStream("/r-arithmetic/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(
              line -> {
                String[] f = line.trim().split(";");
                double[] values =
                    Arrays.stream(f[1].split(",")).mapToDouble(Double::parseDouble).toArray();
                return new RCase(
                    f[0],
                    values,
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]));
              })
          .toList();
    }
  }
}
