package qi.core;

import qi.core.internal.SpcConstants;

/**
 * The control-chart factors for subgroups of size n (Montgomery, Introduction to Statistical
 * Quality Control, 6th ed., Appendix VI), each computed from its definition in {@link
 * SpcConstants}, the one place that holds them:
 *
 * <ul>
 *   <li>d₂ = E[R]/σ and d₃ = sd(R)/σ for the range of n normal values;
 *   <li>c₄ = E[s]/σ = √(2/(n−1))·Γ(n/2)/Γ((n−1)/2), c₅ = √(1 − c₄²);
 *   <li>A₂ = 3/(d₂√n) (X̄ with R̄), A₃ = 3/(c₄√n) (X̄ with s̄);
 *   <li>B₃ = max(0, 1 − 3c₅/c₄), B₄ = 1 + 3c₅/c₄ (S chart);
 *   <li>D₃ = max(0, 1 − 3d₃/d₂), D₄ = 1 + 3d₃/d₂ (R chart).
 * </ul>
 *
 * The charts themselves use the literals of the reference implementation where it has them (d₂ =
 * 1.128, D₄ = 3.267 for moving ranges of two), so that they agree with qicharts2 to 1e-9.
 *
 * @param n the subgroup size (2 to 25)
 */
public record Factors(
    int n,
    double d2,
    double d3,
    double c4,
    double c5,
    double a2,
    double a3,
    double b3,
    double b4,
    double bigD3,
    double bigD4) {

  /** The factors for subgroups of size {@code n}, 2 ≤ n ≤ 25. */
  public static Factors of(int n) {
    if (n < 2 || n > 25) {
      throw new IllegalArgumentException("n (" + n + ") must be between 2 and 25");
    }
    double d2 = SpcConstants.d2(n);
    double d3 = SpcConstants.d3(n);
    double c4 = SpcConstants.c4(n);
    double c5 = SpcConstants.c5(n);
    return new Factors(
        n,
        d2,
        d3,
        c4,
        c5,
        3 / (d2 * Math.sqrt(n)),
        3 / (c4 * Math.sqrt(n)),
        Math.max(0, 1 - 3 * c5 / c4),
        1 + 3 * c5 / c4,
        Math.max(0, 1 - 3 * d3 / d2),
        1 + 3 * d3 / d2);
  }
}
