package qi.core.funnel;

/**
 * One row of input: a unit's numerator and denominator (rows of the same unit are summed).
 *
 * @param unit the unit (hospital, ward, practice), as named in messages and on the plot
 * @param numerator observed events (O)
 * @param denominator expected events (E) for a standardised ratio, else the count O is out of or
 *     compared with (n)
 * @param row where the row came from, for messages: a file's line number, or a 1-based index
 */
public record FunnelRow(String unit, double numerator, double denominator, long row) {
  public FunnelRow {
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("row " + row + ": unit must not be blank");
    }
  }
}
