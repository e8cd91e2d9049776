package org.example.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import qi.core.result.Analysis;
import qi.core.result.PointResult;

/**
 * Analyzes one group (one series) and returns its points, one row each: the keys, then the fields
 * of a point in {@code qi analyze --format json} with the same names ({@link #FIELDS}), then {@code
 * error}. A series that cannot be analyzed gives one row instead: the keys, nulls, and the message.
 * Undefined numbers (NaN in qi-core) are null, as JSON writes them.
 */
final class PointRows implements FlatMapGroupsFunction<Row, Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The point fields of the JSON contract, in its order. */
  static final StructType FIELDS =
      new StructType(
          new StructField[] {
            field("index", DataTypes.IntegerType),
            field("x", DataTypes.StringType),
            field("y", DataTypes.DoubleType),
            field("n", DataTypes.DoubleType),
            field("part", DataTypes.IntegerType),
            field("baseline", DataTypes.BooleanType),
            field("included", DataTypes.BooleanType),
            field("cl", DataTypes.DoubleType),
            field("lcl", DataTypes.DoubleType),
            field("ucl", DataTypes.DoubleType),
            field("lwl", DataTypes.DoubleType),
            field("uwl", DataTypes.DoubleType),
            field("sigmaSignal", DataTypes.BooleanType),
            field("runsSignal", DataTypes.BooleanType),
            field("target", DataTypes.DoubleType),
            field("signals", DataTypes.createArrayType(DataTypes.StringType, false)),
            field("pointType", DataTypes.StringType),
            field("cusumUpper", DataTypes.DoubleType),
            field("cusumLower", DataTypes.DoubleType),
            field("ewma", DataTypes.DoubleType)
          });

  private final Columns columns;
  private final ChartSpec spec;

  PointRows(Columns columns, ChartSpec spec) {
    this.columns = columns;
    this.spec = spec;
  }

  @Override
  public Iterator<Row> call(Row key, Iterator<Row> rows) {
    Analysis analysis;
    try {
      analysis = spec.over(SeriesRows.read(rows, columns, spec)).analyze();
    } catch (RuntimeException e) {
      return List.of(Groups.errorRow(key, FIELDS.size(), e)).iterator();
    }
    List<Row> out = new ArrayList<>(analysis.points().size());
    for (PointResult p : analysis.points()) {
      Object[] values = Groups.withKeys(key, FIELDS.size());
      int i = key.size();
      values[i++] = p.index();
      values[i++] = p.x();
      values[i++] = Groups.number(p.y());
      values[i++] = Groups.number(p.n());
      values[i++] = p.part();
      values[i++] = p.baseline();
      values[i++] = p.included();
      values[i++] = Groups.number(p.cl());
      values[i++] = Groups.number(p.lcl());
      values[i++] = Groups.number(p.ucl());
      values[i++] = Groups.number(p.lwl());
      values[i++] = Groups.number(p.uwl());
      values[i++] = p.sigmaSignal();
      values[i++] = p.runsSignal();
      values[i++] = Groups.number(p.target());
      values[i++] = p.signals().toArray(new String[0]);
      values[i++] = p.pointType().id();
      values[i++] = Groups.number(p.cusumUpper());
      values[i++] = Groups.number(p.cusumLower());
      values[i] = Groups.number(p.ewma());
      out.add(RowFactory.create(values));
    }
    return out.iterator();
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
