package qi.core.io;

import qi.core.internal.Checks;

/**
 * Which columns of a table hold x, y and optionally the denominator n and a part label.
 *
 * @param x the x column (a number, a date or a date-time)
 * @param y the value, count or numerator column; null for an event log, whose rows are counted (see
 *     {@link qi.core.series.EventCounts}) and read with y missing
 * @param n the denominator column, or null for none
 * @param label the part label column ({@code --part-column}), or null for none
 */
public record Columns(String x, String y, String n, String label) {
  public Columns {
    Checks.notNull("x column", x);
  }

  /** x and y only. */
  public static Columns of(String x, String y) {
    Checks.notNull("y column", y);
    return new Columns(x, y, null, null);
  }

  /** Only x: an event log, one row per event, whose rows are counted per period. */
  public static Columns events(String x) {
    return new Columns(x, null, null, null);
  }

  /** This selection with a denominator column. */
  public Columns withN(String column) {
    return new Columns(x, y, column, label);
  }

  /** This selection with a part label column. */
  public Columns withLabel(String column) {
    return new Columns(x, y, n, column);
  }
}
