package qi.core.io;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * The observations of a file, held as columns of values and made one at a time when asked for: a
 * million rows are a few arrays of numbers rather than a million objects for the garbage collector
 * to copy while the file is read. The rows that had to be read as text (see {@link Table}) are kept
 * as the observations they gave. Unmodifiable; equal to any list of the same observations.
 */
final class ObservationList extends AbstractList<Observation> implements RandomAccess {
  private final int size;
  private final double[] xNumbers;
  private final XValue[] xValues;
  private final double[] ys;
  private final double[] ns;
  private final String[] labels;
  private final int[] keptAt;
  private final Observation[] kept;

  /**
   * Observation {@code i} is {@code kept[k]} where {@code keptAt[k] == i}, and otherwise has x
   * {@code xNumbers[i]} (when x are numbers) or {@code xValues[i]}, y {@code ys[i]}, n {@code
   * ns[i]} and label {@code labels[i]}; a null column means NaN (y, n) or null (label) for all.
   */
  ObservationList(
      int size,
      double[] xNumbers,
      XValue[] xValues,
      double[] ys,
      double[] ns,
      String[] labels,
      int[] keptAt,
      Observation[] kept) {
    this.size = size;
    this.xNumbers = xNumbers;
    this.xValues = xValues;
    this.ys = ys;
    this.ns = ns;
    this.labels = labels;
    this.keptAt = keptAt;
    this.kept = kept;
  }

  @Override
  public Observation get(int index) {
    Objects.checkIndex(index, size);
    int k = Arrays.binarySearch(keptAt, 0, kept.length, index);
    if (k >= 0) {
      return kept[k];
    }
    return new Observation(
        xNumbers != null ? XValue.of(xNumbers[index]) : xValues[index],
        ys == null ? Double.NaN : ys[index],
        ns == null ? Double.NaN : ns[index],
        labels == null ? null : labels[index]);
  }

  @Override
  public int size() {
    return size;
  }
}
