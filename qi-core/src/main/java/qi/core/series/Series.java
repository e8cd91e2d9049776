package qi.core.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import qi.core.internal.Checks;
import qi.core.internal.Stats;

/**
 * A time series of subgroups: the observations grouped by x (after bucketing dates by {@link
 * Period}) and sorted by x, as qicharts2's {@code qic.agg} prepares them. Input order does not
 * matter.
 *
 * <p>Without a denominator, a subgroup's value is the {@link Aggregation} of its values (the mean
 * by default). With a denominator ({@link #ofRatios}), it is Σy / Σn over the subgroup's complete
 * rows.
 *
 * <h2>Missing values</h2>
 *
 * A subgroup whose values are all missing keeps its place in the series with a NaN value: a gap,
 * never a zero.
 */
public final class Series {
  private final List<Subgroup> subgroups;
  private final boolean ratios;

  private Series(List<Subgroup> subgroups, boolean ratios) {
    this.subgroups = List.copyOf(subgroups);
    this.ratios = ratios;
  }

  /** Values at x = 1, 2, 3, …, one observation each: the quickest way to a series in JShell. */
  public static Series ofValues(double... values) {
    List<Observation> observations = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      observations.add(Observation.of(XValue.of(i + 1), values[i]));
    }
    return of(observations);
  }

  /** Observations grouped by x, each subgroup's value the mean of its values. */
  public static Series of(List<Observation> observations) {
    return of(observations, Aggregation.MEAN, null);
  }

  /** Observations grouped by x, each subgroup's value given by {@code aggregation}. */
  public static Series of(List<Observation> observations, Aggregation aggregation) {
    return of(observations, aggregation, null);
  }

  /**
   * Observations grouped by x after replacing each date by the start of its {@code period} (null:
   * no bucketing), each subgroup's value given by {@code aggregation}.
   */
  public static Series of(List<Observation> observations, Aggregation aggregation, Period period) {
    Checks.notNull("aggregation", aggregation);
    return group(observations, period, false, aggregation);
  }

  /** Numerators and denominators grouped by x; each subgroup's value is Σy / Σn. */
  public static Series ofRatios(List<Observation> observations) {
    return ofRatios(observations, null);
  }

  /** As {@link #ofRatios(List)}, after bucketing dates by {@code period} (null: no bucketing). */
  public static Series ofRatios(List<Observation> observations, Period period) {
    return group(observations, period, true, null);
  }

  /** The subgroups in x order. */
  public List<Subgroup> subgroups() {
    return subgroups;
  }

  /** The number of subgroups: the number of points on the chart. */
  public int size() {
    return subgroups.size();
  }

  /** Whether the values are ratios Σy / Σn of a numerator and a denominator. */
  public boolean hasDenominator() {
    return ratios;
  }

  private static Series group(
      List<Observation> observations, Period period, boolean ratios, Aggregation aggregation) {
    Checks.notNull("observations", observations);
    Observation[] rows = observations.toArray(new Observation[0]);
    if (ratios) {
      for (Observation row : rows) {
        if (row.n() <= 0) {
          throw new IllegalArgumentException(
              "n at x " + row.x().text() + " (" + Checks.format(row.n()) + ") must be > 0");
        }
      }
    }
    XValue[] keys = new XValue[rows.length];
    for (int i = 0; i < rows.length; i++) {
      keys[i] = period == null ? rows[i].x() : rows[i].x().bucket(period);
      if (keys[i].getClass() != keys[0].getClass()) {
        throw new IllegalArgumentException(
            "x ("
                + rows[i].x().text()
                + ") must be of one kind with the first x ("
                + rows[0].x().text()
                + "): numbers, dates and date-times cannot be mixed in one series");
      }
    }
    int[] order = stableOrder(keys);
    List<Subgroup> subgroups = new ArrayList<>();
    int start = 0;
    while (start < order.length) {
      int end = start + 1;
      while (end < order.length && keys[order[end]].compareTo(keys[order[start]]) == 0) {
        end++;
      }
      subgroups.add(subgroup(keys[order[start]], rows, order, start, end, ratios, aggregation));
      start = end;
    }
    return new Series(subgroups, ratios);
  }

  /**
   * The row indices in x order; a stable sort keeps the input order within a subgroup, so its label
   * is its first row's. Input already in x order (the usual case) is recognised in one pass.
   */
  private static int[] stableOrder(XValue[] keys) {
    int[] order = new int[keys.length];
    boolean sorted = true;
    for (int i = 0; i < keys.length; i++) {
      order[i] = i;
      sorted &= i == 0 || keys[i - 1].compareTo(keys[i]) <= 0;
    }
    if (sorted) {
      return order;
    }
    Integer[] boxed = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, Comparator.comparing(i -> keys[i]));
    for (int i = 0; i < keys.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static Subgroup subgroup(
      XValue x,
      Observation[] rows,
      int[] order,
      int start,
      int end,
      boolean ratios,
      Aggregation aggregation) {
    int size = end - start;
    double[] ys = new double[size];
    double[] ns = new double[size];
    for (int k = 0; k < size; k++) {
      Observation row = rows[order[start + k]];
      boolean complete = !ratios || !(Double.isNaN(row.y()) || Double.isNaN(row.n()));
      ys[k] = complete ? row.y() : Double.NaN;
      ns[k] = complete ? row.n() : Double.NaN;
    }
    int count = 0;
    for (double y : ys) {
      if (!Double.isNaN(y)) {
        count++;
      }
    }
    double sum = count == 0 ? Double.NaN : Stats.sum(ys);
    double n = ratios && count > 0 ? Stats.sum(ns) : Double.NaN;
    double value;
    if (count == 0) {
      value = Double.NaN;
    } else if (ratios) {
      value = sum / n;
    } else {
      value = aggregation.apply(ys);
    }
    String label = rows[order[start]].label();
    return new Subgroup(x, value, n, sum, count, Stats.mean(ys), Stats.sd(ys), label);
  }
}
