package qi.core.shift;

/**
 * The tabular (two-sided) CUSUM of standardised points (Page 1954, Biometrika 41(1/2): 100–115;
 * Montgomery, Introduction to Statistical Quality Control, 6th ed., §9.1), computed as qcc 2.7's
 * {@code cusum()} ({@code R/cusum.R}), operation for operation.
 *
 * <p>Each point is standardised by the standard error of its subgroup, zᵢ = (x̄ᵢ − μ₀) / (σ/√nᵢ),
 * and with k = shift/2 (the reference value, half the shift to detect, in standard errors):
 *
 * <pre>
 * C⁺ᵢ = max(0, C⁺ᵢ₋₁ + zᵢ − k)       C⁺₀ = head start
 * C⁻ᵢ = −max(0, −C⁻ᵢ₋₁ − zᵢ − k)     C⁻₀ = −head start
 * </pre>
 *
 * A point signals when C⁺ᵢ &gt; h (upward) or C⁻ᵢ &lt; −h (downward), strictly. As in qcc the sums
 * are not reset after a signal, and C⁻ is −0.0 where qcc's is −0.
 */
public final class Cusum {
  private Cusum() {}

  /**
   * The upper and lower sums, in standard errors.
   *
   * @param upper C⁺ᵢ ≥ 0
   * @param lower C⁻ᵢ ≤ 0
   */
  public record Sums(double[] upper, double[] lower) {}

  /**
   * The sums of the points {@code values} (subgroup means) of {@code sizes} values each.
   *
   * @param center μ₀, the target or in-control mean
   * @param sd σ, the standard deviation of one value
   * @param shift the shift to detect quickly, in standard errors (k = shift/2)
   * @param headStart C⁺₀ = −C⁻₀ (fast initial response; 0 for none)
   */
  public static Sums of(
      double[] values, double[] sizes, double center, double sd, double shift, double headStart) {
    int n = values.length;
    double[] upper = new double[n];
    double[] lower = new double[n];
    double k = shift / 2;
    double up = headStart;
    double down = headStart;
    for (int i = 0; i < n; i++) {
      double z = (values[i] - center) / (sd / Math.sqrt(sizes[i]));
      up = Math.max(0, up + (z - k));
      down = Math.max(0, down - (z + k));
      upper[i] = up;
      lower[i] = -down;
    }
    return new Sums(upper, lower);
  }

  /**
   * Per point: 1 where C⁺ᵢ &gt; h, 2 where C⁻ᵢ &lt; −h, 3 where both (possible when the shift to
   * detect is small and the mean jumps from one side to the other), else 0.
   */
  public static int[] signals(Sums sums, double h) {
    int[] flags = new int[sums.upper().length];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = (sums.upper()[i] > h ? UPPER : 0) | (sums.lower()[i] < -h ? LOWER : 0);
    }
    return flags;
  }

  /** The signal bit of the upper sum. */
  public static final int UPPER = 1;

  /** The signal bit of the lower sum. */
  public static final int LOWER = 2;
}
