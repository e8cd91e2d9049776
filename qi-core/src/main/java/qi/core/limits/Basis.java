package qi.core.limits;

/**
 * What a chart type computes for one part, before limits are drawn: the plotted values, the centre
 * line, and the centre and σ̂ᵢ from which the limits centre ± k·σ̂ᵢ are made. The limit centre
 * differs from the drawn centre line only for the G chart (median drawn, limits from the mean) and
 * the MR chart (limits 0 ± k·(D₄/3)·MR̄, so that the upper limit is D₄·MR̄).
 *
 * @param y the plotted value of each point
 * @param cl the centre line drawn
 * @param limitCentre the centre of the limits
 * @param sigma σ̂ᵢ of each point; NaN where the chart has no limits
 */
public record Basis(double[] y, double cl, double limitCentre, double[] sigma) {

  /** A basis whose limits are centred on the drawn centre line, with one σ̂ for every point. */
  public static Basis centred(double[] y, double cl, double sigma) {
    double[] sigmas = new double[y.length];
    java.util.Arrays.fill(sigmas, sigma);
    return new Basis(y, cl, cl, sigmas);
  }
}
