package qi.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a CUSUM or EWMA chart estimates the process standard deviation σ from its calibration points
 * (all points, or the first k with {@code freeze(k)}), as qcc 2.7's {@code sd.xbar.one} and {@code
 * sd.xbar} do. Sums run over the calibration points in order; xᵢ are individual values, and for
 * subgroup i of nᵢ values Rᵢ is its range and sᵢ its standard deviation. d₂ and d₃ are qcc's tables
 * ({@code exp.R.unscaled}, 3 decimals, n ≤ 25; {@code se.R.unscaled}); c₄(n) =
 * √(2/(n−1))·Γ(n/2)/Γ((n−1)/2). Source: Montgomery, Introduction to Statistical Quality Control,
 * 6th ed., §6.2 and §6.4; qcc 2.7 {@code R/qcc.R}.
 *
 * <p>Default, as qcc: {@link #MR} for individual values, {@link #UWAVE_R} for subgroups, {@link
 * #RMSDF} when a subgroup has more than 25 values.
 */
public enum SdMethod {
  /** Individual values: σ̂ = (Σᵢ₌₂ᵐ |xᵢ − xᵢ₋₁| / (m − 1)) / 1.128 (average moving range / d₂). */
  MR("mr", false),
  /** Individual values: σ̂ = s / c₄(m), s the sample standard deviation of the m values. */
  SD("sd", false),
  /** Subgroups, unweighted average of ranges: σ̂ = (1/m)·Σ Rᵢ / d₂(nᵢ); sizes ≤ 25. */
  UWAVE_R("uwave-r", true),
  /** Subgroups, unweighted average of standard deviations: σ̂ = (1/m)·Σ sᵢ / c₄(nᵢ). */
  UWAVE_SD("uwave-sd", true),
  /**
   * Subgroups, minimum-variance linear unbiased estimate from ranges: σ̂ = Σ wᵢRᵢ/d₂(nᵢ) / Σ wᵢ, wᵢ
   * = (d₂(nᵢ)/d₃(nᵢ))²; sizes ≤ 25.
   */
  MVLUE_R("mvlue-r", true),
  /**
   * Subgroups, minimum-variance linear unbiased estimate from standard deviations: σ̂ = Σ
   * wᵢsᵢ/c₄(nᵢ) / Σ wᵢ, wᵢ = c₄(nᵢ)²/(1 − c₄(nᵢ)²).
   */
  MVLUE_SD("mvlue-sd", true),
  /**
   * Subgroups, root-mean-square with degrees-of-freedom weights (pooled): σ̂ = √(Σ(nᵢ−1)sᵢ² /
   * Σ(nᵢ−1)) / c₄(Σ(nᵢ−1) + 1).
   */
  RMSDF("rmsdf", true);

  private final String id;
  private final boolean forSubgroups;

  SdMethod(String id, boolean forSubgroups) {
    this.id = id;
    this.forSubgroups = forSubgroups;
  }

  /** The identifier in the CLI and in output: {@code mr}, {@code uwave-r}, … */
  public String id() {
    return id;
  }

  /** Whether the method needs subgroups of two or more values (false: individual values). */
  public boolean forSubgroups() {
    return forSubgroups;
  }

  /**
   * The method with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static SdMethod fromId(String id) {
    for (SdMethod method : values()) {
      if (method.id.equalsIgnoreCase(id.trim())) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "sdMethod ("
            + id
            + ") must be one of "
            + Arrays.stream(values()).map(SdMethod::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id.toUpperCase(Locale.ROOT);
  }
}
