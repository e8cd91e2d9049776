package org.example.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** What the per-group functions share: key values in front, the error row, NaN as null. */
final class Groups {
  private Groups() {}

  /** An output row's values, sized for the keys, {@code fields} and {@code error}; keys filled. */
  static Object[] withKeys(Row key, int fields) {
    Object[] values = new Object[key.size() + fields + 1];
    for (int k = 0; k < key.size(); k++) {
      values[k] = key.get(k);
    }
    return values;
  }

  /** The one row of a series that could not be analyzed: keys, nulls and the message. */
  static Row errorRow(Row key, int fields, RuntimeException e) {
    Object[] values = withKeys(key, fields);
    values[values.length - 1] =
        e instanceof IllegalArgumentException && e.getMessage() != null
            ? e.getMessage()
            : e.toString();
    return RowFactory.create(values);
  }

  /** A number of qi's output; NaN (undefined) is null, as in qi's JSON. */
  static Double number(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
