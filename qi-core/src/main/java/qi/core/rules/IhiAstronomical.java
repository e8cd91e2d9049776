package qi.core.rules;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * An astronomical data point: one obviously different from the rest. The IHI rule leaves this to
 * judgement; qi makes it a number: a point outside the 3σ control limits where the chart has them,
 * and on a run chart a point farther than 3σ̂ from the median, σ̂ = AMR / 1.128 from the moving
 * ranges of the part's included points (as an I chart would estimate it).
 *
 * <p>Source: Provost and Murray, The Health Care Data Guide (2011), ch. 3 (rule 4); Perla, Provost
 * and Murray (2011), BMJ Qual Saf 20: 46–51. The numeric threshold is qi's choice.
 */
public record IhiAstronomical() implements Rule {
  @Override
  public String id() {
    return "ihi_astronomical";
  }

  @Override
  public String description() {
    return "an astronomical data point";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] flags = new int[part.size()];
    int[] sequence = part.sequence();
    double[] values = new double[sequence.length];
    for (int k = 0; k < values.length; k++) {
      values[k] = part.y()[sequence[k]];
    }
    double amr = 0;
    for (int k = 1; k < values.length; k++) {
      amr += Math.abs(values[k] - values[k - 1]);
    }
    double sigma = values.length > 1 ? amr / (values.length - 1) / SpcConstants.D2 : Double.NaN;
    double median = Stats.median(values);
    for (int i = 0; i < flags.length; i++) {
      boolean hasLimits = !Double.isNaN(part.ucl()[i]) || !Double.isNaN(part.lcl()[i]);
      boolean astronomical =
          hasLimits ? part.beyond(i, 3) != 0 : Math.abs(part.y()[i] - median) > 3 * sigma;
      if (astronomical) {
        flags[i] = part.side(i) != 0 ? part.side(i) : Rules.UNSIDED;
      }
    }
    return flags;
  }
}
