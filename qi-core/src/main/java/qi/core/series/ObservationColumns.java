package qi.core.series;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import qi.core.internal.Checks;

/**
 * Observations held as columns, each {@link Observation} made when it is read: what the readers
 * return, so that a million rows are a few arrays rather than a million objects, and what {@link
 * Series} groups from, reading the columns without making the observations. Unmodifiable; equal to
 * any list of the same observations.
 */
final class ObservationColumns extends AbstractList<Observation> implements RandomAccess {
  private final int size;
  private final double[] xNumbers;
  private final XValue[] xValues;
  private final double[] ys;
  private final double[] ns;
  private final String[] labels;

  /**
   * Observation i has x {@code xNumbers[i]} when x are numbers (else {@code xValues[i]}), y {@code
   * ys[i]}, n {@code ns[i]} and label {@code labels[i]}; a null column means NaN (y, n) or null
   * (label) for all. The arrays are the list's own: see {@link #copyOf} for columns from a caller.
   */
  private ObservationColumns(
      int size, double[] xNumbers, XValue[] xValues, double[] ys, double[] ns, String[] labels) {
    this.size = size;
    this.xNumbers = xNumbers;
    this.xValues = xValues;
    this.ys = ys;
    this.ns = ns;
    this.labels = labels;
  }

  /**
   * The first {@code size} rows of the columns, copied (so that the list stays as it is whatever
   * the caller does with its arrays) and checked as {@link Observation}'s constructor checks a row.
   */
  static ObservationColumns copyOf(
      int size, double[] xNumbers, XValue[] xValues, double[] ys, double[] ns, String[] labels) {
    Checks.atLeast("size", size, 0);
    if ((xNumbers == null) == (xValues == null)) {
      throw new IllegalArgumentException(
          "exactly one of xNumbers and xValues must be given (the other null)");
    }
    ObservationColumns columns =
        new ObservationColumns(
            size,
            copy("xNumbers", xNumbers, size),
            xValues == null
                ? null
                : Arrays.copyOf(xValues, length("xValues", xValues.length, size)),
            copy("ys", ys, size),
            copy("ns", ns, size),
            labels == null ? null : Arrays.copyOf(labels, length("labels", labels.length, size)));
    for (int i = 0; i < size; i++) {
      if (xNumbers != null && !Double.isFinite(xNumbers[i])) {
        throw new IllegalArgumentException(
            "xNumbers[" + i + "] (" + xNumbers[i] + ") must be finite");
      }
      if (xValues != null && xValues[i] == null) {
        throw new IllegalArgumentException("xValues[" + i + "] must not be null");
      }
      if (Double.isInfinite(columns.y(i)) || Double.isInfinite(columns.n(i))) {
        new Observation(columns.x(i), columns.y(i), columns.n(i), null); // throws its message
      }
    }
    return columns;
  }

  private static double[] copy(String name, double[] column, int size) {
    return column == null ? null : Arrays.copyOf(column, length(name, column.length, size));
  }

  private static int length(String name, int length, int size) {
    if (length < size) {
      throw new IllegalArgumentException(
          name + " length (" + length + ") must be >= size (" + size + ")");
    }
    return size;
  }

  /** The observations as columns: the list itself when it is columns already. */
  static ObservationColumns of(List<Observation> observations) {
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
  boolean hasNumberX() {
    return xNumbers != null;
  }

  double xNumber(int i) {
    return xNumbers[i];
  }

  XValue x(int i) {
    return xNumbers != null ? XValue.of(xNumbers[i]) : xValues[i];
  }

  double y(int i) {
    return ys == null ? Double.NaN : ys[i];
  }

  double n(int i) {
    return ns == null ? Double.NaN : ns[i];
  }

  String label(int i) {
    return labels == null ? null : labels[i];
  }
}
