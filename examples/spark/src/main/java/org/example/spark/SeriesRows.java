package org.example.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import qi.core.series.EventCounts;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * The rows of one group as a qi {@link Series}, read as {@code qi analyze} reads a facet: each row
 * is keys, x, y (unless the rows are events to count), (with a denominator) n and (with {@link
 * ChartSpec#partsByLabel(String)}) the part label, in that order (see {@link Columns#all()}); a
 * null label is empty, as the CLI reads an empty cell. Values are converted as the CLI reads a CSV
 * cell: a null or blank y or n is missing (NaN), text is parsed, anything else that is not a number
 * is an error naming the column, the value and the row's x.
 */
final class SeriesRows {
  private SeriesRows() {}

  /**
   * The series of one group.
   *
   * @throws IllegalArgumentException naming the column and value that cannot be read, or qi-core's
   *     message when the observations do not make a series
   */
  static Series read(Iterator<Row> rows, Columns columns, ChartSpec spec) {
    int xAt = columns.keys().size();
    boolean ratios = columns.n() != null;
    int nAt = columns.counts() ? xAt + 1 : xAt + 2;
    int labelAt = spec.partColumn() == null ? -1 : ratios ? nAt + 1 : nAt;
    List<Observation> observations = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      XValue x = x(row.get(xAt), columns.x());
      double y = columns.counts() ? Double.NaN : number(row.get(xAt + 1), columns.y(), x);
      double n = ratios ? number(row.get(nAt), columns.n(), x) : Double.NaN;
      String label = labelAt < 0 ? null : label(row.get(labelAt));
      observations.add(new Observation(x, y, n, label));
    }
    if (columns.counts()) {
      observations = EventCounts.of(observations, spec.period());
    }
    return ratios
        ? Series.ofRatios(observations, spec.period())
        : Series.of(observations, spec.aggregation(), spec.period());
  }

  private static XValue x(Object value, String column) {
    if (value == null) {
      throw new IllegalArgumentException("x column " + column + " (null) must hold a value");
    }
    if (value instanceof LocalDate date) {
      return XValue.of(date);
    }
    if (value instanceof java.sql.Date date) {
      return XValue.of(date.toLocalDate());
    }
    if (value instanceof LocalDateTime time) {
      return XValue.of(time);
    }
    if (value instanceof Instant instant) {
      return XValue.of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    if (value instanceof java.sql.Timestamp time) {
      return XValue.of(LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC));
    }
    if (value instanceof Number number) {
      return XValue.of(number.doubleValue());
    }
    return XValue.parse(value.toString());
  }

  private static String label(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static double number(Object value, String column, XValue x) {
    if (value == null) {
      return Double.NaN;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          column + " (" + value + ") at x " + x.text() + " must be a number");
    }
  }
}
