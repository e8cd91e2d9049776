package qi.core.funnel;

/**
 * The coverage of a pair of funnel limits, with FunnelPlotR 0.5.0's normal quantiles (literals in
 * its source, not {@code qnorm}): 95 % (z = 1.959964, about 2σ) and 99.8 % (z = 3.090232, about
 * 3σ).
 */
public enum LimitLevel {
  /** 95 %: two-sided, z = 1.959964. */
  P95(95, 1.959964, 0.025),
  /** 99.8 %: two-sided, z = 3.090232. */
  P998(99.8, 3.090232, 0.001);

  private final double percent;
  private final double z;
  private final double tail;

  LimitLevel(double percent, double z, double tail) {
    this.percent = percent;
    this.z = z;
    this.tail = tail;
  }

  /**
   * The probability beyond each limit for the exact Poisson limits of a standardised ratio: 0.025
   * or 0.001 (FunnelPlotR's literals).
   */
  public double tail() {
    return tail;
  }

  /** 95 or 99.8. */
  public double percent() {
    return percent;
  }

  /** The normal quantile the limits lie at. */
  public double z() {
    return z;
  }

  /** The level of {@code percent} (95 or 99.8), for the CLI's {@code --limit}. */
  public static LimitLevel ofPercent(double percent) {
    for (LimitLevel level : values()) {
      if (level.percent == percent) {
        return level;
      }
    }
    throw new IllegalArgumentException("limit (" + percent + ") must be 95 or 99.8");
  }
}
