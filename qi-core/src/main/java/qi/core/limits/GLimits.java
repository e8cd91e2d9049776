package qi.core.limits;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * G chart: number of opportunities (cases, days) between rare events.
 *
 * <p>Limits from the mean m of the base points: m ± k·√(m(m + 1)), lower limits clipped at 0. The
 * centre line drawn is the median of the base points, since the geometric distribution is skewed.
 * With a given centre line, the limits use it as m and the centre line drawn is 0.693·cl, the
 * geometric median (Provost and Murray 2011, p. 228), as qicharts2 does.
 *
 * <p>Source: Montgomery, 6th ed., p. 319; Benneyan (2001), Qual. Eng. 14(1). Reproduces qicharts2
 * 0.8.1 {@code qic.g}; checked by case g_geom_30pts.
 */
public final class GLimits implements Limits {
  @Override
  public Basis basis(PartData part) {
    double[] base = part.atBase(part.value());
    double mean = part.centre(() -> Stats.mean(base));
    double cl =
        part.hasGivenCl() ? SpcConstants.G_MEDIAN_RATIO * part.givenCl() : Stats.median(base);
    double[] sigma = new double[part.size()];
    java.util.Arrays.fill(sigma, Math.sqrt(mean * (mean + 1)));
    return new Basis(part.value(), cl, mean, sigma);
  }

  @Override
  public double lowerBound() {
    return 0;
  }
}
