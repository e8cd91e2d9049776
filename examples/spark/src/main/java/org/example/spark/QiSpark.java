package org.example.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * qi on Spark: every series of a table (every combination of the key columns) analyzed by qi-core,
 * one Spark group each, as {@code qi analyze --by} analyzes each value of its column.
 *
 * <pre>{@code
 * Dataset<Row> rows = spark.read().parquet("indicators.parquet");
 * Columns columns = Columns.ofRatios(List.of("trust", "indicator"), "month", "events", "patients");
 * Dataset<Row> points = QiSpark.analyze(rows, columns, ChartSpec.of(ChartType.P).rules("nhs"));
 * }</pre>
 *
 * <h2>Errors</h2>
 *
 * The columns are checked on the driver, when the plan is built: a column that does not exist or
 * has a type qi cannot read fails at once, naming it. A series whose data cannot be analyzed (text
 * that is not a number, a denominator of 0 under a positive count, too few points for the chart)
 * does not fail the job: it gives one row with its keys and the message in {@code error}, and every
 * other column null. Rows of analyzed series have a null {@code error}.
 *
 * <p>Each series is held in memory while it is analyzed (as {@code groupByKey} does anyway): fine
 * for thousands of points per series, however many series there are.
 */
public final class QiSpark {
  private QiSpark() {}

  /**
   * One row per point of every series: the key columns, then the point fields of {@code qi analyze
   * --format json} with their names and meaning ({@code index, x, y, n, part, baseline, included,
   * cl, lcl, ucl, lwl, uwl, sigmaSignal, runsSignal, target, signals, pointType, cusumUpper,
   * cusumLower, ewma}; undefined numbers are null), then {@code error}.
   *
   * @throws IllegalArgumentException when a column of {@code columns} is not in {@code rows} or has
   *     a type that cannot be read
   */
  public static Dataset<Row> analyze(Dataset<Row> rows, Columns columns, ChartSpec spec) {
    return perSeries(rows, columns, spec, new PointRows(columns, spec), PointRows.FIELDS);
  }

  /**
   * One row per series, its board summary as {@code qi summary} gives it (qi-core's {@code
   * MeasureSummary}): the key columns in place of {@code measure}, then {@code chart, direction,
   * points, latestX, latestY, cl, lcl, ucl, target, variation, assurance, verdict, notes}
   * (undefined numbers are null), then {@code error}. The figures are those of the series' last
   * point and last part, as {@link #analyze} gives them.
   *
   * @throws IllegalArgumentException as {@link #analyze} does
   */
  public static Dataset<Row> summary(Dataset<Row> rows, Columns columns, ChartSpec spec) {
    return perSeries(rows, columns, spec, new SummaryRows(columns, spec), SummaryRows.FIELDS);
  }

  /**
   * The rows of {@code perGroup} over every series: the keys, {@code fields}, then {@code error}.
   * The groups hold the columns {@link SeriesRows} reads: those of {@code columns}, then the part
   * label column of {@code spec} if any.
   */
  private static Dataset<Row> perSeries(
      Dataset<Row> rows,
      Columns columns,
      ChartSpec spec,
      FlatMapGroupsFunction<Row, Row, Row> perGroup,
      StructType fields) {
    StructType input = rows.schema();
    List<String> read = new java.util.ArrayList<>(columns.all());
    if (spec.partColumn() != null) {
      read.add(spec.partColumn());
    }
    check(input, columns, read);
    List<String> taken = new java.util.ArrayList<>(Arrays.asList(fields.fieldNames()));
    taken.add("error");
    for (String key : columns.keys()) {
      if (taken.contains(key)) {
        throw new IllegalArgumentException(
            "key column (" + key + ") must not have the name of an output column: rename it");
      }
    }
    StructType keys = new StructType();
    for (String key : columns.keys()) {
      keys = keys.add(input.apply(key));
    }
    StructType output = keys;
    for (StructField field : fields.fields()) {
      output = output.add(field);
    }
    output = output.add("error", DataTypes.StringType, true);
    int keyCount = columns.keys().size();
    Dataset<Row> selected = rows.select(read.stream().map(functions::col).toArray(Column[]::new));
    return selected
        .groupByKey(new KeyOf(keyCount), Encoders.row(keys))
        .flatMapGroups(perGroup, Encoders.row(output));
  }

  /** Each column read exists, and x, y and n have types that {@link SeriesRows} reads. */
  private static void check(StructType input, Columns columns, List<String> read) {
    List<String> names = Arrays.asList(input.fieldNames());
    for (String column : read) {
      if (!names.contains(column)) {
        throw new IllegalArgumentException(
            "column ("
                + column
                + ") must be one of the input's columns: "
                + String.join(", ", names));
      }
    }
    DataType x = input.apply(columns.x()).dataType();
    if (!(x instanceof DateType
        || x instanceof TimestampType
        || x instanceof TimestampNTZType
        || x instanceof NumericType
        || x instanceof StringType)) {
      throw new IllegalArgumentException(
          "x column "
              + columns.x()
              + " ("
              + x.simpleString()
              + ") must be a date, timestamp,"
              + " number or string");
    }
    for (String column : columns.all().subList(columns.keys().size() + 1, columns.all().size())) {
      DataType type = input.apply(column).dataType();
      if (!(type instanceof NumericType || type instanceof StringType)) {
        throw new IllegalArgumentException(
            "column " + column + " (" + type.simpleString() + ") must be a number or string");
      }
    }
  }

  /** The key of a row: its first {@code count} values. */
  private static final class KeyOf implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int count;

    KeyOf(int count) {
      this.count = count;
    }

    @Override
    public Row call(Row row) {
      Object[] key = new Object[count];
      for (int k = 0; k < count; k++) {
        key[k] = row.get(k);
      }
      return RowFactory.create(key);
    }
  }
}
