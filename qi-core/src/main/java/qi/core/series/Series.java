package qi.core.series;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
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
  private final SeriesColumns columns;

  private Series(SeriesColumns columns) {
    this.columns = columns;
  }

  /** Values at x = 1, 2, 3, …, one observation each: the quickest way to a series in JShell. */
  public static Series ofValues(double... values) {
    Checks.notNull("values", values);
    double[] x = new double[values.length];
    double[] y = values.clone();
    for (int i = 0; i < values.length; i++) {
      x[i] = i + 1;
      if (Double.isInfinite(y[i])) {
        throw new IllegalArgumentException(
            "y (" + y[i] + ") at x " + (i + 1) + " must be finite; NaN marks a missing value");
      }
    }
    return new Series(new SeriesColumns(x, null, y, null, y, null, null, null, null, null, false));
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

  /**
   * Numerators and denominators grouped by x; each subgroup's value is Σy / Σn.
   *
   * <p>Zero denominators: a row with n = 0 and y = 0 (a ward closed for a month: no exposure, no
   * events) is allowed. A subgroup whose Σn is 0 has no value (0/0, NaN): it is a gap on the chart,
   * with no limits, in no centre line, runs analysis or rule, exactly as qicharts2 0.8.1 charts it;
   * the analysis notes name it. A row with n = 0 and y ≠ 0 (events without exposure) is refused, as
   * is a negative n (qicharts2 would plot an infinite value and silently add the events to the
   * centre line).
   *
   * @throws IllegalArgumentException when a row has n &lt; 0, or n = 0 with y ≠ 0
   */
  public static Series ofRatios(List<Observation> observations) {
    return ofRatios(observations, null);
  }

  /**
   * As {@link #ofRatios(List)}, after bucketing dates by {@code period} (null: no bucketing).
   *
   * @throws IllegalArgumentException when a row has n &lt; 0, or n = 0 with y ≠ 0
   */
  public static Series ofRatios(List<Observation> observations, Period period) {
    return group(observations, period, true, null);
  }

  /**
   * The subgroups in x order: a view that builds each {@link Subgroup} when it is read, since the
   * series keeps its subgroups as columns.
   */
  public List<Subgroup> subgroups() {
    return new SubgroupView(columns);
  }

  /** The number of subgroups: the number of points on the chart. */
  public int size() {
    return columns.size();
  }

  /** Whether the values are ratios Σy / Σn of a numerator and a denominator. */
  public boolean hasDenominator() {
    return columns.hasDenominator();
  }

  /**
   * The x value of subgroup {@code i} (0-based), without building the {@link Subgroup}: the
   * accessors below read the series' columns, so that a caller looping over millions of subgroups
   * (as the engine does) makes no object per subgroup.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in 0 … size − 1
   */
  public XValue x(int i) {
    return columns.x(Objects.checkIndex(i, columns.size()));
  }

  /** The value of subgroup {@code i}, as {@link Subgroup#value()}; NaN when missing. */
  public double value(int i) {
    return columns.value(Objects.checkIndex(i, columns.size()));
  }

  /** The denominator Σn of subgroup {@code i}, as {@link Subgroup#n()}; NaN without one. */
  public double n(int i) {
    return columns.n(Objects.checkIndex(i, columns.size()));
  }

  /** The Σy of subgroup {@code i}, as {@link Subgroup#sum()}; NaN when missing. */
  public double sum(int i) {
    return columns.sum(Objects.checkIndex(i, columns.size()));
  }

  /** The number of non-missing values of subgroup {@code i}, as {@link Subgroup#count()}. */
  public int count(int i) {
    return (int) columns.count(Objects.checkIndex(i, columns.size()));
  }

  /** The mean of subgroup {@code i}, as {@link Subgroup#mean()}; NaN when missing. */
  public double mean(int i) {
    return columns.mean(Objects.checkIndex(i, columns.size()));
  }

  /**
   * The standard deviation of subgroup {@code i}, as {@link Subgroup#sd()}; NaN below two values.
   */
  public double sd(int i) {
    return columns.sd(Objects.checkIndex(i, columns.size()));
  }

  /**
   * The range (max − min) of the values of subgroup {@code i}: 0 for one value, NaN when missing.
   */
  public double range(int i) {
    return columns.range(Objects.checkIndex(i, columns.size()));
  }

  /** The part label of subgroup {@code i}, as {@link Subgroup#label()}; null without labels. */
  public String label(int i) {
    return columns.label(Objects.checkIndex(i, columns.size()));
  }

  /**
   * The value column itself, not a copy: for qi-core's engine only, which reads it through a
   * private lookup ({@code MethodHandles.privateLookupIn}, allowed within the module) so that an
   * analysis shares the series' values instead of copying them (a copy of ten million values would
   * not fit the heap the engine is measured in), and so that no public method hands out the array.
   */
  @SuppressWarnings("unused")
  private double[] values() {
    return columns.values();
  }

  private static final class SubgroupView extends AbstractList<Subgroup> implements RandomAccess {
    private final SeriesColumns columns;

    SubgroupView(SeriesColumns columns) {
      this.columns = columns;
    }

    @Override
    public Subgroup get(int i) {
      Objects.checkIndex(i, columns.size());
      return new Subgroup(
          columns.x(i),
          columns.value(i),
          columns.n(i),
          columns.sum(i),
          (int) columns.count(i),
          columns.mean(i),
          columns.sd(i),
          columns.label(i));
    }

    @Override
    public int size() {
      return columns.size();
    }
  }

  private static Series group(
      List<Observation> observations, Period period, boolean ratios, Aggregation aggregation) {
    Checks.notNull("observations", observations);
    ObservationColumns rows = ObservationColumns.of(observations);
    int size = rows.size();
    if (ratios) {
      for (int i = 0; i < size; i++) {
        double n = rows.n(i);
        if (n < 0) {
          throw new IllegalArgumentException(
              "n at x " + rows.x(i).text() + " (" + Checks.format(n) + ") must be >= 0");
        }
        double y = rows.y(i);
        if (n == 0 && y != 0 && !Double.isNaN(y)) {
          throw new IllegalArgumentException(
              "y at x "
                  + rows.x(i).text()
                  + " ("
                  + Checks.format(y)
                  + ") must be 0 where n is 0: events without exposure cannot be charted");
        }
      }
    }
    Keys keys = Keys.of(rows, period);
    int[] order = keys.stableOrder();
    int groups = 0;
    for (int k = 0; k < size; k++) {
      if (k == 0 || keys.compare(order[k], order[k - 1]) != 0) {
        groups++;
      }
    }
    return new Series(
        groups == size
            ? singles(keys, rows, order, ratios, aggregation)
            : grouped(keys, rows, order, groups, ratios, aggregation));
  }

  /**
   * The x values subgroups are formed by: numbers as they are, dates and date-times bucketed by the
   * period if there is one.
   */
  private static final class Keys {
    private final double[] numbers;
    private final XValue[] values;

    private Keys(double[] numbers, XValue[] values) {
      this.numbers = numbers;
      this.values = values;
    }

    static Keys of(ObservationColumns rows, Period period) {
      int size = rows.size();
      if (rows.hasNumberX() && period == null) {
        double[] numbers = new double[size];
        for (int i = 0; i < size; i++) {
          numbers[i] = rows.xNumber(i);
        }
        return new Keys(numbers, null);
      }
      XValue[] values = new XValue[size];
      for (int i = 0; i < size; i++) {
        values[i] = period == null ? rows.x(i) : rows.x(i).bucket(period);
        if (values[i].getClass() != values[0].getClass()) {
          throw new IllegalArgumentException(
              "x ("
                  + rows.x(i).text()
                  + ") must be of one kind with the first x ("
                  + rows.x(0).text()
                  + "): numbers, dates and date-times cannot be mixed in one series");
        }
      }
      return new Keys(null, values);
    }

    int compare(int i, int j) {
      return numbers != null
          ? Double.compare(numbers[i], numbers[j])
          : values[i].compareTo(values[j]);
    }

    int size() {
      return numbers != null ? numbers.length : values.length;
    }

    /**
     * The row indices in x order; a stable sort keeps the input order within a subgroup, so its
     * label is its first row's. Input already in x order (the usual case) is recognised in one
     * pass.
     */
    int[] stableOrder() {
      int[] order = new int[size()];
      boolean sorted = true;
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
        sorted &= i == 0 || compare(i - 1, i) <= 0;
      }
      if (sorted) {
        return order;
      }
      Integer[] boxed = new Integer[order.length];
      for (int i = 0; i < order.length; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, this::compare);
      for (int i = 0; i < order.length; i++) {
        order[i] = boxed[i];
      }
      return order;
    }

    /** The columns with each subgroup's x, the key of the row in {@code rowOfSubgroup}. */
    SeriesColumns columns(
        int[] rowOfSubgroup,
        double[] value,
        double[] n,
        double[] mean,
        double[] sum,
        double[] count,
        double[] sd,
        double[] range,
        String[] labels,
        boolean ratios) {
      int groups = rowOfSubgroup.length;
      if (numbers != null) {
        double[] x = new double[groups];
        for (int g = 0; g < groups; g++) {
          x[g] = numbers[rowOfSubgroup[g]];
        }
        return new SeriesColumns(x, null, value, n, mean, sum, count, sd, range, labels, ratios);
      }
      XValue[] x = new XValue[groups];
      for (int g = 0; g < groups; g++) {
        x[g] = values[rowOfSubgroup[g]];
      }
      return new SeriesColumns(null, x, value, n, mean, sum, count, sd, range, labels, ratios);
    }
  }

  /**
   * Whether a row counts: for a ratio only with both y and n (qicharts2's {@code complete.cases(y,
   * n)}); otherwise always, a missing y being a gap.
   */
  private static boolean isComplete(ObservationColumns rows, int row, boolean ratios) {
    return !ratios || !(Double.isNaN(rows.y(row)) || Double.isNaN(rows.n(row)));
  }

  /** Each subgroup one row: its value, mean and Σy are that row's y (or y/n for a ratio). */
  private static SeriesColumns singles(
      Keys keys, ObservationColumns rows, int[] order, boolean ratios, Aggregation aggregation) {
    int size = rows.size();
    double[] y = new double[size];
    double[] n = ratios ? new double[size] : null;
    String[] labels = null;
    for (int k = 0; k < size; k++) {
      int row = order[k];
      boolean complete = isComplete(rows, row, ratios);
      y[k] = complete ? rows.y(row) : Double.NaN;
      if (ratios) {
        n[k] = complete ? rows.n(row) : Double.NaN;
      }
      if (rows.label(row) != null) {
        labels = labels == null ? new String[size] : labels;
        labels[k] = rows.label(row);
      }
    }
    double[] value = y;
    if (ratios) {
      value = new double[size];
      for (int k = 0; k < size; k++) {
        value[k] = y[k] / n[k];
      }
    } else if (aggregation != Aggregation.MEAN) {
      value = new double[size];
      for (int k = 0; k < size; k++) {
        value[k] = Double.isNaN(y[k]) ? Double.NaN : aggregation.apply(new double[] {y[k]});
      }
    }
    return keys.columns(order, value, n, y, null, null, null, null, labels, ratios);
  }

  private static SeriesColumns grouped(
      Keys keys,
      ObservationColumns rows,
      int[] order,
      int groups,
      boolean ratios,
      Aggregation aggregation) {
    int[] firsts = new int[groups];
    double[] value = new double[groups];
    double[] n = ratios ? new double[groups] : null;
    double[] sum = new double[groups];
    double[] count = new double[groups];
    double[] mean = new double[groups];
    double[] sd = new double[groups];
    double[] range = new double[groups];
    String[] labels = new String[groups];
    boolean labelled = false;
    int start = 0;
    for (int g = 0; g < groups; g++) {
      int end = start + 1;
      while (end < order.length && keys.compare(order[end], order[start]) == 0) {
        end++;
      }
      int size = end - start;
      double[] ys = new double[size];
      double[] ns = new double[size];
      for (int k = 0; k < size; k++) {
        int row = order[start + k];
        boolean complete = isComplete(rows, row, ratios);
        ys[k] = complete ? rows.y(row) : Double.NaN;
        ns[k] = complete ? rows.n(row) : Double.NaN;
      }
      int present = 0;
      for (double y : ys) {
        if (!Double.isNaN(y)) {
          present++;
        }
      }
      sum[g] = present == 0 ? Double.NaN : Stats.sum(ys);
      if (ratios) {
        n[g] = present > 0 ? Stats.sum(ns) : Double.NaN;
      }
      if (present == 0) {
        value[g] = Double.NaN;
      } else if (ratios) {
        value[g] = sum[g] / n[g];
      } else {
        value[g] = aggregation.apply(ys);
      }
      count[g] = present;
      mean[g] = Stats.mean(ys);
      sd[g] = Stats.sd(ys);
      range[g] = Stats.range(ys);
      labels[g] = rows.label(order[start]);
      labelled |= labels[g] != null;
      firsts[g] = order[start];
      start = end;
    }
    return keys.columns(
        firsts, value, n, mean, sum, count, sd, range, labelled ? labels : null, ratios);
  }
}
