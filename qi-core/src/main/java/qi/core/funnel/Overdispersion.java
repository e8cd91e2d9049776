package qi.core.funnel;

import java.util.Arrays;

/**
 * The z-scores of the units and the overdispersion estimates φ and τ² (Spiegelhalter 2005, section
 * 6; Spiegelhalter et al. 2012, section 3.3), as FunnelPlotR 0.5.0's {@code transformed_zscore},
 * {@code truncation}, {@code winsorisation}, {@code phi_func} and {@code tau_func}.
 *
 * @param z each unit's unadjusted z-score (−∞ for SHMI with O = 0)
 * @param phi φ = Σz²/n over the n units kept after trimming (NaN when none is kept)
 * @param tau2 τ² = max(0, (nφ − (n − 1)) / (Σw − Σw²/Σw)), w = 1/s² of those units; 0 when nφ &lt;
 *     n − 1 or none is kept
 * @param used n, the units kept
 */
record Overdispersion(double[] z, double phi, double tau2, int used) {

  static Overdispersion of(
      FunnelType type, SrMethod method, double[] o, double[] n, double target, double trim) {
    int size = o.length;
    double[] z = new double[size];
    double[] s = new double[size];
    boolean shmi = type == FunnelType.SR && method == SrMethod.SHMI;
    for (int i = 0; i < size; i++) {
      switch (type) {
        case SR -> {
          if (shmi) {
            s[i] = 1 / Math.sqrt(n[i]);
            z[i] = Math.sqrt(n[i]) * Math.log(o[i] / n[i]);
          } else {
            s[i] = 1 / (2 * Math.sqrt(n[i]));
            z[i] = (Math.sqrt(o[i] / n[i]) - 1) / s[i];
          }
        }
        case PR -> {
          s[i] = 1 / (2 * Math.sqrt(n[i]));
          z[i] = (Math.asin(Math.sqrt(o[i] / n[i])) - Math.asin(Math.sqrt(target))) / s[i];
        }
        case RC -> {
          s[i] =
              Math.sqrt(
                  o[i] / ((o[i] + 0.5) * (o[i] + 0.5)) + n[i] / ((n[i] + 0.5) * (n[i] + 0.5)));
          z[i] = (Math.log((o[i] + 0.5) / (n[i] + 0.5)) - Math.log(target)) / s[i];
        }
      }
    }
    double[] kept = shmi ? truncated(z, trim) : winsorised(z, trim);
    int used = 0;
    double squares = 0;
    double w = 0;
    double w2 = 0;
    for (int i = 0; i < size; i++) {
      if (!Double.isNaN(kept[i])) {
        used++;
        squares += kept[i] * kept[i];
        double wi = 1 / (s[i] * s[i]);
        w += wi;
        w2 += wi * wi;
      }
    }
    double phi = (1.0 / used) * squares;
    double tau2;
    if (used == 0 || used * phi < used - 1) {
      tau2 = 0;
    } else {
      tau2 = Math.max(0, (used * phi - (used - 1)) / (w - w2 / w));
    }
    return new Overdispersion(z, phi, tau2, used);
  }

  /**
   * SHMI truncation: with k = 1/trim, rank r (ties averaged) and group ⌊r·k/(N + 1)⌋, a unit is
   * kept when its group is above 0 and below k − 1; the others become NaN.
   */
  private static double[] truncated(double[] z, double trim) {
    double k = 1 / trim;
    double[] rank = RNumerics.rank(z);
    double[] kept = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      double group = Math.floor(rank[i] * k / (z.length + 1));
      kept[i] = group > 0 && group < k - 1 ? z[i] : Double.NaN;
    }
    return kept;
  }

  /** Winsorisation at the type-7 quantiles {@code trim} and 1 − {@code trim}. */
  private static double[] winsorised(double[] z, double trim) {
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double lower = RNumerics.quantile7(sorted, trim);
    double upper = RNumerics.quantile7(sorted, 1 - trim);
    double[] kept = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      kept[i] = z[i] < lower ? lower : z[i] > upper ? upper : z[i];
    }
    return kept;
  }
}
