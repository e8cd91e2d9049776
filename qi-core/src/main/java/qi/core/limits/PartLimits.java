package qi.core.limits;

/**
 * The plotted values, centre line and limits of one part, on the chart's own scale (before {@code
 * multiply}). Undefined limits are NaN.
 *
 * @param y plotted values
 * @param cl centre line
 * @param lcl lower control limits (k = 3)
 * @param ucl upper control limits (k = 3)
 * @param lwl lower warning limits (k = 2)
 * @param uwl upper warning limits (k = 2)
 */
public record PartLimits(
    double[] y, double cl, double[] lcl, double[] ucl, double[] lwl, double[] uwl) {

  /**
   * The shared step of every chart type: limits centre ± k·σ̂ᵢ with k = 3 (control) and k = 2
   * (warning), each clipped to [lower, upper] where it is finite and beyond them (qicharts2 clips p
   * limits to [0, 1] and c, u, g and s lower limits at 0).
   */
  public static PartLimits band(Basis basis, double lower, double upper) {
    int size = basis.y().length;
    double[] lcl = new double[size];
    double[] ucl = new double[size];
    double[] lwl = new double[size];
    double[] uwl = new double[size];
    double centre = basis.limitCentre();
    for (int i = 0; i < size; i++) {
      double sigma = basis.sigma()[i];
      lcl[i] = clip(centre - 3 * sigma, lower, upper);
      ucl[i] = clip(centre + 3 * sigma, lower, upper);
      lwl[i] = clip(centre - 2 * sigma, lower, upper);
      uwl[i] = clip(centre + 2 * sigma, lower, upper);
    }
    return new PartLimits(basis.y(), basis.cl(), lcl, ucl, lwl, uwl);
  }

  private static double clip(double limit, double lower, double upper) {
    if (limit < lower && Double.isFinite(limit)) {
      return lower;
    }
    if (limit > upper && Double.isFinite(limit)) {
      return upper;
    }
    return limit;
  }
}
