package qi.core.limits;

import qi.core.internal.SpcConstants;

/**
 * T chart: time between rare events, charted through the transform y^(1/3.6) that makes exponential
 * times nearly normal.
 *
 * <p>On the transformed scale: an I chart (mean, σ̂ = screened AMR / 1.128, limits ± k·σ̂). Centre
 * line and limits are raised back to the power 3.6; the plotted value is (y^(1/3.6))^3.6, which can
 * differ from y in its last bits. A lower control limit that is negative on the transformed scale
 * is 0; the lower warning limit is then undefined (qicharts2 clips only the control limit).
 *
 * <p>A given centre line is in the data's units and is transformed like the data. (qicharts2 0.8.1
 * uses it on the transformed scale unchanged, which draws cl^3.6; qi does not reproduce that.)
 *
 * <h2>Missing values</h2>
 *
 * As for the I chart. Every value must be > 0; {@code ControlChart} rejects others.
 *
 * <p>Source: Nelson (1994), J. Qual. Technol. 26(3); Provost and Murray, The Health Care Data Guide
 * (2011), ch. 7. Reproduces qicharts2 0.8.1 {@code qic.t}; checked by case t_exp_24pts.
 */
public final class TLimits implements Limits {
  private static final double EXPONENT = SpcConstants.T_EXPONENT;

  @Override
  public Basis basis(PartData part) {
    double[] transformed = new double[part.size()];
    for (int i = 0; i < transformed.length; i++) {
      transformed[i] = Math.pow(part.value()[i], 1 / EXPONENT);
    }
    double[] base = part.atBase(transformed);
    if (part.hasGivenCl()) {
      double cl = Math.pow(part.givenCl(), 1 / EXPONENT);
      return Basis.centred(transformed, cl, ILimits.sigma(base, cl, part));
    }
    MovingRanges.Centred centred = MovingRanges.centred(base, part.screenMovingRanges());
    return Basis.centred(transformed, centred.mean(), centred.sigma());
  }

  @Override
  public PartLimits limits(PartData part) {
    PartLimits t = PartLimits.band(basis(part), lowerBound(), upperBound());
    double[] lcl = back(t.lcl());
    for (int i = 0; i < lcl.length; i++) {
      if (Double.isNaN(lcl[i]) || lcl[i] < 0) {
        lcl[i] = 0;
      }
    }
    return new PartLimits(
        back(t.y()), Math.pow(t.cl(), EXPONENT), lcl, back(t.ucl()), back(t.lwl()), back(t.uwl()));
  }

  private static double[] back(double[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Math.pow(values[i], EXPONENT);
    }
    return result;
  }
}
