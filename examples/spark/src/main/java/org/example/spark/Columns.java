package org.example.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Which columns of the input hold what: the keys that name a series (a unit and a measure, say:
 * every distinct combination is one series, as one value of {@code qi analyze --by} is), the x
 * value, the value y and, for ratios, the denominator n.
 *
 * <p>x may be a date, a timestamp (read as UTC, as qicharts2 does), a number, or text that qi reads
 * as the CLI does (ISO dates and date-times, numbers, periods such as {@code 2023-01} or {@code Jan
 * 2023}). y and n may be numbers or text holding numbers; a null (or empty text) is a missing
 * value.
 *
 * @param keys the key columns, at least one
 * @param x the x column
 * @param y the value (count, numerator) column; null to count the rows instead
 * @param n the denominator column (with y null: summed per x or period); null when the series have
 *     none
 */
public record Columns(List<String> keys, String x, String y, String n) implements Serializable {
  public Columns {
    if (keys == null || keys.isEmpty()) {
      throw new IllegalArgumentException("keys (" + keys + ") must name at least one column");
    }
    keys = List.copyOf(keys);
    if (x == null) {
      throw new IllegalArgumentException("x (null) must name a column");
    }
  }

  /** Series named by {@code keys}, values without a denominator. */
  public static Columns of(List<String> keys, String x, String y) {
    return new Columns(keys, x, required(y), null);
  }

  /** Series named by {@code keys}, numerators y over denominators n. */
  public static Columns ofRatios(List<String> keys, String x, String y, String n) {
    if (n == null) {
      throw new IllegalArgumentException("n must name a column for ratios");
    }
    return new Columns(keys, x, required(y), n);
  }

  /**
   * An event log, one row per event, counted per x (per {@link ChartSpec#period} with dates, every
   * period between the first and last event present, 0 when it has none).
   */
  public static Columns ofEvents(List<String> keys, String x) {
    return new Columns(keys, x, null, null);
  }

  /**
   * An event log whose rows also carry an exposure n (bed days, say): the events per x or period
   * over the sum of their n, a U chart of events per unit of exposure.
   */
  public static Columns ofEventRatios(List<String> keys, String x, String n) {
    if (n == null) {
      throw new IllegalArgumentException("n must name a column for ratios");
    }
    return new Columns(keys, x, null, n);
  }

  /** y, which only the event logs of {@link #ofEvents} go without. */
  private static String required(String y) {
    if (y == null) {
      throw new IllegalArgumentException("y (null) must name a column; ofEvents counts rows");
    }
    return y;
  }

  /** Whether the rows are events to count (no y column). */
  public boolean counts() {
    return y == null;
  }

  /** The columns read, in the order the analysis reads them: keys, x, y if any, then n if any. */
  List<String> all() {
    List<String> all = new java.util.ArrayList<>(keys);
    all.add(x);
    if (y != null) {
      all.add(y);
    }
    if (n != null) {
      all.add(n);
    }
    return all;
  }
}
