package qi.core.io;

import qi.core.result.PointTable;

/**
 * Tells a writer when the fields that repeat from point to point change: those from {@code n} to
 * {@code uwl} (a part's limits repeat on each of its points, and so does a missing denominator),
 * and those from {@code sigmaSignal} to {@code pointType} of a point no rule flags. A writer
 * formats each run of fields when it changes and copies it as one piece otherwise: most of a
 * point's fields, formatted once per part instead of once per point. One instance per slot of
 * {@link PointBlocks}, in one thread's hands at a time.
 */
final class RepeatedFields {
  private final long[] limits = new long[7];
  private boolean limitsKnown;
  private final long[] unsignalled = new long[2];
  private boolean unsignalledKnown;

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
   * Whether sigmaSignal, runsSignal, target and pointType of point i, which no rule flags (its
   * signals are empty), differ from those of the last such point (remembering them).
   */
  boolean unsignalledChanged(PointTable t, int i) {
    long flagsAndType =
        (t.sigmaSignal(i) ? 512 : 0) + (t.runsSignal(i) ? 256 : 0) + t.pointType(i).ordinal();
    long target = Double.doubleToRawLongBits(t.target(i));
    if (unsignalledKnown && unsignalled[0] == flagsAndType && unsignalled[1] == target) {
      return false;
    }
    unsignalled[0] = flagsAndType;
    unsignalled[1] = target;
    unsignalledKnown = true;
    return true;
  }
}
