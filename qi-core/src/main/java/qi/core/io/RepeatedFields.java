package qi.core.io;

import java.util.List;
import qi.core.result.PointTable;

/**
 * Tells a writer when the fields that repeat from point to point change: those from {@code n} to
 * {@code uwl} (a part's limits repeat on each of its points, and so does a missing denominator),
 * and those from {@code sigmaSignal} to {@code pointType} (most points have no signal, or the same
 * as the point before: a part's runs signal flags all its points). A writer formats each run of
 * fields when it changes and copies it as one piece otherwise: most of a point's fields, formatted
 * once per part instead of once per point. One instance per slot of {@link PointBlocks}, in one
 * thread's hands at a time.
 */
final class RepeatedFields {
  private final long[] limits = new long[7];
  private boolean limitsKnown;
  private final long[] signals = new long[2];
  private List<String> signalIds;

  /**
   * Whether n, part, baseline, included, cl, lcl, ucl, lwl and uwl of point i differ from those of
   * the point asked about before (remembering them), or nothing was asked yet.
   */
  boolean limitsChanged(PointTable t, int i) {
    long n = Double.doubleToRawLongBits(t.n(i));
    long partAndFlags = t.part(i) * 4L + (t.baseline(i) ? 2 : 0) + (t.included(i) ? 1 : 0);
    long cl = Double.doubleToRawLongBits(t.cl(i));
    long lcl = Double.doubleToRawLongBits(t.lcl(i));
    long ucl = Double.doubleToRawLongBits(t.ucl(i));
    long lwl = Double.doubleToRawLongBits(t.lwl(i));
    long uwl = Double.doubleToRawLongBits(t.uwl(i));
    long[] key = limits;
    if (limitsKnown
        && key[0] == n
        && key[1] == partAndFlags
        && key[2] == cl
        && key[3] == lcl
        && key[4] == ucl
        && key[5] == lwl
        && key[6] == uwl) {
      return false;
    }
    key[0] = n;
    key[1] = partAndFlags;
    key[2] = cl;
    key[3] = lcl;
    key[4] = ucl;
    key[5] = lwl;
    key[6] = uwl;
    limitsKnown = true;
    return true;
  }

  /**
   * Whether sigmaSignal, runsSignal, target, signals and pointType of point i differ from those of
   * the point asked about before (remembering them), or nothing was asked yet.
   */
  boolean signalsChanged(PointTable t, int i) {
    long flagsAndType =
        (t.sigmaSignal(i) ? 512 : 0) + (t.runsSignal(i) ? 256 : 0) + t.pointType(i).ordinal();
    long target = Double.doubleToRawLongBits(t.target(i));
    List<String> ids = t.signalled(i) ? t.signals(i) : List.of();
    if (signalIds != null
        && signals[0] == flagsAndType
        && signals[1] == target
        && signalIds.equals(ids)) {
      return false;
    }
    signals[0] = flagsAndType;
    signals[1] = target;
    signalIds = ids;
    return true;
  }
}
