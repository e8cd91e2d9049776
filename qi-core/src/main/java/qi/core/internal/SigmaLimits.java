package qi.core.internal;

/**
 * The Shewhart 3σ rule: a point strictly above its upper or strictly below its lower control limit
 * signals special cause. A point on a limit does not signal; where a limit is undefined (NaN) that
 * side never signals.
 *
 * <p>Source: Shewhart (1931); Mohammed, Worthington and Woodall (2008), Qual. Saf. Health Care
 * 17(2): 137–145. Reproduces qicharts2 0.8.1 {@code sigma.signal}.
 */
public final class SigmaLimits {
  private SigmaLimits() {}

  public static boolean signals(double y, double lcl, double ucl) {
    return y > ucl || y < lcl;
  }
}
