package qi.core.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import qi.core.internal.SigmaLimits;
import qi.core.parts.Parts;
import qi.core.rules.Rule;
import qi.core.series.Series;

/**
 * The points of an {@link Analysis} kept as columns, one primitive array per field, each {@link
 * PointResult} built when it is read: a million points cost the engine's arrays (tens of megabytes)
 * instead of a million records, and the x text is made only for points someone reads. Immutable:
 * nothing writes the arrays after the engine hands them over.
 */
final class PointColumns extends Points {
  private static final PointType[] POINT_TYPES = PointType.values();

  private final Series series;
  private final boolean subgrouped;
  private final Parts parts;
  private final double[] y;
  private final double[] cl;
  private final double[] lcl;
  private final double[] ucl;
  private final double[] lwl;
  private final double[] uwl;
  private final boolean[] runsSignalOfPart;
  private final double target;
  private final int[] signalMask;
  private final List<String> ruleIds;
  private final byte[] pointType;

  /** See {@link Analysis#ofColumns}. */
  PointColumns(
      Series series,
      boolean subgrouped,
      Parts parts,
      double[][] lines,
      boolean[] runsSignalOfPart,
      double target,
      int[] signalMask,
      List<String> ruleIds,
      byte[] pointType) {
    this.series = series;
    this.subgrouped = subgrouped;
    this.parts = parts;
    this.y = lines[0];
    this.cl = lines[1];
    this.lcl = lines[2];
    this.ucl = lines[3];
    this.lwl = lines[4];
    this.uwl = lines[5];
    this.runsSignalOfPart = runsSignalOfPart;
    this.target = target;
    this.signalMask = signalMask;
    this.ruleIds = List.copyOf(ruleIds);
    this.pointType = pointType;
  }

  @Override
  public PointResult get(int i) {
    Objects.checkIndex(i, cl.length);
    int part = parts.part(i);
    return new PointResult(
        i + 1,
        x(i),
        y(i),
        n(i),
        part,
        parts.isBaseline(i),
        parts.isIncluded(i),
        cl[i],
        lcl[i],
        ucl[i],
        lwl[i],
        uwl[i],
        sigmaSignal(i),
        runsSignalOfPart[part - 1],
        target,
        signals(i),
        POINT_TYPES[pointType[i]],
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  @Override
  public int size() {
    return cl.length;
  }

  @Override
  boolean hasSignal() {
    for (int mask : signalMask) {
      if (mask != 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  int part(int i) {
    return parts.part(i);
  }

  @Override
  double ucl(int i) {
    return ucl[i];
  }

  @Override
  String x(int i) {
    return series.x(i).text();
  }

  @Override
  PointType pointType(int i) {
    return POINT_TYPES[pointType[i]];
  }

  @Override
  boolean isFlaggedBy(int i, int r, Rule rule) {
    return (signalMask[i] & (1 << r)) != 0;
  }

  @Override
  boolean isFirstSignal(int i, int r, Rule rule) {
    return signalMask[i] != 0 && Integer.numberOfTrailingZeros(signalMask[i]) == r;
  }

  @Override
  boolean isSignalled(int i) {
    return signalMask[i] != 0;
  }

  @Override
  double side(int i) {
    return Math.signum(y(i) - cl[i]);
  }

  @Override
  double y(int i) {
    return y[i];
  }

  @Override
  double cl(int i) {
    return cl[i];
  }

  @Override
  double lcl(int i) {
    return lcl[i];
  }

  @Override
  double lwl(int i) {
    return lwl[i];
  }

  @Override
  double uwl(int i) {
    return uwl[i];
  }

  @Override
  boolean runsSignal(int i) {
    return runsSignalOfPart[parts.part(i) - 1];
  }

  @Override
  double target(int i) {
    return target;
  }

  @Override
  boolean isBaseline(int i) {
    return parts.isBaseline(i);
  }

  @Override
  boolean isIncluded(int i) {
    return parts.isIncluded(i);
  }

  @Override
  double n(int i) {
    if (series.hasDenominator()) {
      return series.n(i);
    }
    return subgrouped ? series.count(i) : Double.NaN;
  }

  @Override
  boolean sigmaSignal(int i) {
    return SigmaLimits.signals(y[i], lcl[i], ucl[i]);
  }

  @Override
  double cusumUpper(int i) {
    return Double.NaN;
  }

  @Override
  double cusumLower(int i) {
    return Double.NaN;
  }

  @Override
  double ewma(int i) {
    return Double.NaN;
  }

  @Override
  List<String> signals(int i) {
    int mask = signalMask[i];
    if (mask == 0) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(Integer.bitCount(mask));
    for (int r = 0; r < ruleIds.size(); r++) {
      if ((mask & (1 << r)) != 0) {
        ids.add(ruleIds.get(r));
      }
    }
    return ids;
  }
}
