package org.example.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import qi.core.summary.MeasureSettings;
import qi.core.summary.MeasureSummary;

/**
 * Analyzes one group (one series) and returns its board-summary row, qi-core's {@link
 * MeasureSummary} of the series' analysis: the keys (in place of {@code measure}), then the fields
 * of a measure in {@code qi summary --format json} with the same names ({@link #FIELDS}), then
 * {@code error}. {@code group} and {@code unit}, which only place and label a measure on a board,
 * are left out. A series that cannot be analyzed gives its keys, nulls and the message.
 */
final class SummaryRows implements FlatMapGroupsFunction<Row, Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The measure fields of {@code qi summary}'s JSON, in its order. */
  static final StructType FIELDS =
      new StructType(
          new StructField[] {
            field("chart", DataTypes.StringType),
            field("direction", DataTypes.StringType),
            field("points", DataTypes.IntegerType),
            field("latestX", DataTypes.StringType),
            field("latestY", DataTypes.DoubleType),
            field("cl", DataTypes.DoubleType),
            field("lcl", DataTypes.DoubleType),
            field("ucl", DataTypes.DoubleType),
            field("target", DataTypes.DoubleType),
            field("variation", DataTypes.StringType),
            field("assurance", DataTypes.StringType),
            field("verdict", DataTypes.StringType),
            field("notes", DataTypes.createArrayType(DataTypes.StringType, false))
          });

  private final Columns columns;
  private final ChartSpec spec;

  SummaryRows(Columns columns, ChartSpec spec) {
    this.columns = columns;
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Row key, Iterator<Row> rows) {
    MeasureSummary m;
    try {
      // the settings carry what MeasureSummary reads from them besides the analysis
      MeasureSettings settings =
          MeasureSettings.of(key.mkString("/"))
              .withChart(spec.chart())
              .withDirection(spec.direction());
      m = MeasureSummary.of(settings, spec.over(SeriesRows.read(rows, columns, spec)).analyze());
    } catch (RuntimeException e) {
      return List.of(Groups.errorRow(key, FIELDS.size(), e)).iterator();
    }
    Object[] values = Groups.withKeys(key, FIELDS.size());
    int i = key.size();
    values[i++] = m.chart().id();
    values[i++] = m.direction().id();
    values[i++] = m.points();
    values[i++] = m.latestX();
    values[i++] = Groups.number(m.latestY());
    values[i++] = Groups.number(m.cl());
    values[i++] = Groups.number(m.lcl());
    values[i++] = Groups.number(m.ucl());
    values[i++] = Groups.number(m.target());
    values[i++] = m.variation().id();
    values[i++] = m.assurance() == null ? null : m.assurance().id();
    values[i++] = m.verdict();
    values[i] = m.notes().toArray(new String[0]);
    return List.of(RowFactory.create(values)).iterator();
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
