package qi.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import qi.core.phases.Phases;
import qi.core.result.PointResult;
import qi.core.result.PointType;
import qi.core.rules.SigmaLimits;

/**
 * The points of an {@link qi.core.result.Analysis} kept as columns, one primitive array per field,
 * each {@link PointResult} built when it is read: a million points cost the engine's arrays (tens
 * of megabytes) instead of a million records, and the x text is made only for points someone reads.
 * Immutable: nothing writes the arrays after the engine hands them over.
 */
public final class PointColumns extends AbstractList<PointResult> implements RandomAccess {
  private static final PointType[] POINT_TYPES = PointType.values();

  private final SeriesColumns series;
  private final NKind nKind;
  private final Phases phases;
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

  /** Which column of the series a point's n is. */
  enum NKind {
    DENOMINATOR,
    SUBGROUP_SIZE,
    NONE
  }

  PointColumns(
      SeriesColumns series,
      NKind nKind,
      Phases phases,
      double[][] lines,
      boolean[] runsSignalOfPart,
      double target,
      int[] signalMask,
      List<String> ruleIds,
      byte[] pointType) {
    this.series = series;
    this.nKind = nKind;
    this.phases = phases;
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
    Objects.checkIndex(i, y.length);
    int part = phases.part(i);
    return new PointResult(
        i + 1,
        series.xText(i),
        y[i],
        n(i),
        part,
        phases.isBaseline(i),
        phases.isIncluded(i),
        cl[i],
        lcl[i],
        ucl[i],
        lwl[i],
        uwl[i],
        SigmaLimits.signals(y[i], lcl[i], ucl[i]),
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
    return y.length;
  }

  /** Whether any point has a signal, without building the points. */
  public boolean hasSignal() {
    for (int mask : signalMask) {
      if (mask != 0) {
        return true;
      }
    }
    return false;
  }

  /** The 1-based part of point i, without building the point. */
  public int part(int i) {
    return phases.part(i);
  }

  /** The upper control limit of point i, without building the point. */
  public double ucl(int i) {
    return ucl[i];
  }

  /** The plotted value of point i, without building the point. */
  public double y(int i) {
    return y[i];
  }

  /** The centre line at point i, without building the point. */
  public double cl(int i) {
    return cl[i];
  }

  /** The x text of point i. */
  public String x(int i) {
    return series.xText(i);
  }

  /** The point type of point i, without building the point. */
  public PointType pointType(int i) {
    return POINT_TYPES[pointType[i]];
  }

  /** Whether the r-th rule of the rule set flags point i. */
  public boolean isFlaggedBy(int i, int r) {
    return (signalMask[i] & (1 << r)) != 0;
  }

  /** The position in the rule set of point i's first signal; -1 when it has none. */
  public int firstSignal(int i) {
    return signalMask[i] == 0 ? -1 : Integer.numberOfTrailingZeros(signalMask[i]);
  }

  /** Whether point i has a signal, without building the point. */
  public boolean isSignalled(int i) {
    return signalMask[i] != 0;
  }

  private double n(int i) {
    return switch (nKind) {
      case DENOMINATOR -> series.n(i);
      case SUBGROUP_SIZE -> series.count(i);
      case NONE -> Double.NaN;
    };
  }

  private List<String> signals(int i) {
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
