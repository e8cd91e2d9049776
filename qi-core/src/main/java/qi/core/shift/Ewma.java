package qi.core.shift;

/**
 * The exponentially weighted moving average of the points and its exact, time-varying limits
 * (Roberts 1959, Technometrics 1(3): 239–250; Montgomery, Introduction to Statistical Quality
 * Control, 6th ed., §9.2), computed as qcc 2.7's {@code ewma()} ({@code R/ewma.R}), operation for
 * operation:
 *
 * <pre>
 * zᵢ = λ·x̄ᵢ + (1 − λ)·zᵢ₋₁        z₀ = μ₀
 * σᵢ = √(σ²/nᵢ · λ/(2 − λ) · (1 − (1 − λ)^(2i)))
 * limits μ₀ ± L·σᵢ
 * </pre>
 *
 * with i counting from 1 over all points, calibration and new alike (the limits widen towards their
 * asymptote and never restart). A point signals when zᵢ is strictly outside its limits.
 */
public final class Ewma {
  private Ewma() {}

  /**
   * The smoothed statistic, its standard deviation and its limits at each point.
   *
   * @param ewma zᵢ
   * @param sigma σᵢ
   * @param lcl μ₀ − L·σᵢ
   * @param ucl μ₀ + L·σᵢ
   */
  public record Line(double[] ewma, double[] sigma, double[] lcl, double[] ucl) {}

  /**
   * The EWMA of the points {@code values} (subgroup means) of {@code sizes} values each.
   *
   * @param center μ₀, the start of the average and the centre line
   * @param sd σ, the standard deviation of one value
   * @param lambda λ in (0, 1], the weight of the newest point
   * @param nsigmas L, the width of the limits in σᵢ
   */
  public static Line of(
      double[] values, double[] sizes, double center, double sd, double lambda, double nsigmas) {
    int n = values.length;
    double[] ewma = new double[n];
    double[] sigma = new double[n];
    double[] lcl = new double[n];
    double[] ucl = new double[n];
    double previous = center;
    double variance = sd * sd;
    double weight = lambda / (2 - lambda);
    for (int i = 0; i < n; i++) {
      previous = lambda * values[i] + (1 - lambda) * previous;
      ewma[i] = previous;
      sigma[i] =
          Math.sqrt(variance / sizes[i] * (weight * (1 - Math.pow(1 - lambda, 2.0 * (i + 1)))));
      lcl[i] = center - nsigmas * sigma[i];
      ucl[i] = center + nsigmas * sigma[i];
    }
    return new Line(ewma, sigma, lcl, ucl);
  }

  /**
   * Per point: {@link Cusum#UPPER} where zᵢ &gt; UCLᵢ, {@link Cusum#LOWER} where zᵢ &lt; LCLᵢ, else
   * 0.
   */
  public static int[] signals(Line line) {
    int[] flags = new int[line.ewma().length];
    for (int i = 0; i < flags.length; i++) {
      flags[i] =
          line.ewma()[i] > line.ucl()[i]
              ? Cusum.UPPER
              : line.ewma()[i] < line.lcl()[i] ? Cusum.LOWER : 0;
    }
    return flags;
  }
}
