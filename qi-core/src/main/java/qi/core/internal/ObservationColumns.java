package qi.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * Observations held as columns, each {@link Observation} made when it is read: what the readers
 * return, so that a million rows are a few arrays rather than a million objects, and what {@link
 * qi.core.series.Series} groups from, reading the columns without making the observations.
 * Unmodifiable; equal to any list of the same observations.
 */
public final class ObservationColumns extends AbstractList<Observation> implements RandomAccess {
  private final int size;
  private final double[] xNumbers;
  private final XValue[] xValues;
  private final double[] ys;
  private final double[] ns;
  private final String[] labels;

  /**
   * Observation i has x {@code xNumbers[i]} when x are numbers (else {@code xValues[i]}), y {@code
   * ys[i]}, n {@code ns[i]} and label {@code labels[i]}; a null column means NaN (y, n) or null
   * (label) for all. Columns may be longer than {@code size}. The values were checked by the reader
   * that made them: every x present, y and n finite or NaN.
   */
  public ObservationColumns(
      int size, double[] xNumbers, XValue[] xValues, double[] ys, double[] ns, String[] labels) {
    this.size = size;
    this.xNumbers = xNumbers;
    this.xValues = xValues;
    this.ys = ys;
    this.ns = ns;
    this.labels = labels;
  }

  /** The observations as columns: the list itself when it is columns already. */
  public static ObservationColumns of(List<Observation> observations) {
    if (observations instanceof ObservationColumns columns) {
      return columns;
    }
    int size = observations.size();
    XValue[] xs = new XValue[size];
    double[] ys = new double[size];
    double[] ns = new double[size];
    String[] labels = new String[size];
    boolean numbers = true;
    for (int i = 0; i < size; i++) {
      Observation row = Checks.notNull("observation", observations.get(i));
      xs[i] = row.x();
      ys[i] = row.y();
      ns[i] = row.n();
      labels[i] = row.label();
      numbers &= xs[i] instanceof XValue.Number;
    }
    if (!numbers) {
      return new ObservationColumns(size, null, xs, ys, ns, labels);
    }
    double[] xNumbers = new double[size];
    for (int i = 0; i < size; i++) {
      xNumbers[i] = ((XValue.Number) xs[i]).value();
    }
    return new ObservationColumns(size, xNumbers, null, ys, ns, labels);
  }

  @Override
  public Observation get(int i) {
    Objects.checkIndex(i, size);
    return new Observation(x(i), y(i), n(i), label(i));
  }

  @Override
  public int size() {
    return size;
  }

  /** Whether every x is a number, so that {@link #xNumber} reads them. */
  public boolean hasNumberX() {
    return xNumbers != null;
  }

  public double xNumber(int i) {
    return xNumbers[i];
  }

  public XValue x(int i) {
    return xNumbers != null ? XValue.of(xNumbers[i]) : xValues[i];
  }

  public double y(int i) {
    return ys == null ? Double.NaN : ys[i];
  }

  public double n(int i) {
    return ns == null ? Double.NaN : ns[i];
  }

  public String label(int i) {
    return labels == null ? null : labels[i];
  }
}
