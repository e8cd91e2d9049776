package qi.core.shift;

import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/**
 * The estimates of σ behind {@code SdMethod} (in {@code qi.core}), each computed in qcc 2.7's order
 * ({@code sd.xbar.one}, {@code sd.xbar} in {@code R/qcc.R}) so that results agree with qcc to 1e-9
 * relative. Each method checks that the calibration points suit it and names the method, the point
 * and what is wrong otherwise; qcc itself stops or returns NA there.
 */
public final class SigmaEstimates {
  private SigmaEstimates() {}

  /** Average moving range of consecutive values / d₂(2) (1.128, qcc's literal). */
  public static double movingRange(Calibration c, String method) {
    individuals(c, method);
    double sum = 0;
    for (int j = 1; j < c.size(); j++) {
      sum += Math.abs(c.values()[j] - c.values()[j - 1]);
    }
    return checked(sum / (c.size() - 1) / QccTables.d2(2), method);
  }

  /** Sample standard deviation of the values / c₄(m), m values. */
  public static double standardDeviation(Calibration c, String method) {
    individuals(c, method);
    return checked(Stats.sd(c.values()) / SpcConstants.c4(c.size()), method);
  }

  /** Unweighted average of Rᵢ / d₂(nᵢ). */
  public static double averageRange(Calibration c, String method) {
    subgroups(c, method, true);
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      sum += c.ranges()[i] / QccTables.d2((int) c.sizes()[i]);
    }
    return checked(sum / c.size(), method);
  }

  /** Unweighted average of sᵢ / c₄(nᵢ). */
  public static double averageSd(Calibration c, String method) {
    subgroups(c, method, false);
    double sum = 0;
    for (int i = 0; i < c.size(); i++) {
      sum += c.sds()[i] / SpcConstants.c4(c.sizes()[i]);
    }
    return checked(sum / c.size(), method);
  }

  /** Σ wᵢ·Rᵢ/d₂(nᵢ) / Σ wᵢ with wᵢ = (d₂(nᵢ)/d₃(nᵢ))². */
  public static double weightedRange(Calibration c, String method) {
    subgroups(c, method, true);
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < c.size(); i++) {
      int n = (int) c.sizes()[i];
      double d2 = QccTables.d2(n);
      double ratio = d2 / QccTables.d3(n);
      double w = ratio * ratio;
      sum += c.ranges()[i] / d2 * w;
      weights += w;
    }
    return checked(sum / weights, method);
  }

  /** Σ wᵢ·sᵢ/c₄(nᵢ) / Σ wᵢ with wᵢ = c₄(nᵢ)²/(1 − c₄(nᵢ)²). */
  public static double weightedSd(Calibration c, String method) {
    subgroups(c, method, false);
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < c.size(); i++) {
      double c4 = SpcConstants.c4(c.sizes()[i]);
      double w = c4 * c4 / (1 - c4 * c4);
      sum += c.sds()[i] / c4 * w;
      weights += w;
    }
    return checked(sum / weights, method);
  }

  /** √(Σ(nᵢ−1)sᵢ² / Σ(nᵢ−1)) / c₄(Σ(nᵢ−1) + 1). */
  public static double pooled(Calibration c, String method) {
    subgroups(c, method, false);
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < c.size(); i++) {
      double w = c.sizes()[i] - 1;
      double s = c.sds()[i];
      sum += s * s * w;
      weights += w;
    }
    return checked(Math.sqrt(sum / weights) / SpcConstants.c4(weights + 1), method);
  }

  private static void individuals(Calibration c, String method) {
    for (int i = 0; i < c.size(); i++) {
      if (c.sizes()[i] != 1) {
        throw new IllegalArgumentException(
            "sdMethod ("
                + method
                + ") is for individual values; the point at x = "
                + c.x().apply(i)
                + " has "
                + count(c.sizes()[i])
                + ": choose uwave-r, uwave-sd, mvlue-r, mvlue-sd or rmsdf, or give sd");
      }
    }
    if (c.size() < 2) {
      throw new IllegalArgumentException(
          "sdMethod ("
              + method
              + ") needs at least 2 calibration points; there is "
              + c.size()
              + ": give sd");
    }
  }

  private static void subgroups(Calibration c, String method, boolean byRange) {
    for (int i = 0; i < c.size(); i++) {
      double n = c.sizes()[i];
      if (n < 2) {
        throw new IllegalArgumentException(
            "sdMethod ("
                + method
                + ") needs subgroups of 2 or more values; the point at x = "
                + c.x().apply(i)
                + " has "
                + count(n)
                + ": choose mr or sd for individual values, or give sd");
      }
      if (byRange && n > QccTables.MAX_RANGE_SIZE) {
        throw new IllegalArgumentException(
            "sdMethod ("
                + method
                + ") needs subgroups of at most "
                + QccTables.MAX_RANGE_SIZE
                + " values (the d2 table); the point at x = "
                + c.x().apply(i)
                + " has "
                + count(n)
                + ": choose uwave-sd, mvlue-sd or rmsdf");
      }
    }
  }

  private static String count(double n) {
    return (long) n + (n == 1 ? " value" : " values");
  }

  private static double checked(double sd, String method) {
    if (!(sd > 0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException(
          "the sd estimated by "
              + method
              + " ("
              + sd
              + ") must be > 0 and finite: the calibration values do not vary; give sd");
    }
    return sd;
  }
}
