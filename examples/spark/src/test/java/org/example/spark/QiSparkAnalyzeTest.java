package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.cli.Qi;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;

/**
 * {@link QiSpark#analyze} in Spark's local mode against its oracle, {@code qi analyze --by} (the
 * CLI itself, run in-process through {@link Qi#execute}) on the same CSV file.
 */
class QiSparkAnalyzeTest {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @Test
  void everyPointOf20000SeriesEqualsQiAnalyzeByFieldByField() throws IOException {
    // 200 units x 100 measures = 20,000 series of 24 months: 480,000 rows (Indicators, seed 22)
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 200, 100, 24, 22);
    Path expected = dir.resolve("expected.csv");
    String[] options = {
      "--chart",
      "u",
      "--multiply",
      "100",
      "--target",
      "10",
      "--direction",
      "decrease",
      "--rules",
      "nhs"
    };
    qi(
        concat(
            new String[] {
              "analyze",
              csv.toString(),
              "--x",
              "month",
              "--y",
              "events",
              "--n",
              "patients",
              "--by",
              "series",
              "--format",
              "csv",
              "--output",
              expected.toString()
            },
            options));
    ChartSpec spec =
        ChartSpec.of(ChartType.U)
            .multiply(100)
            .target(10)
            .direction(Direction.DECREASE)
            .rules("nhs");

    Dataset<Row> rows = spark.read().option("header", true).csv(csv.toString());
    Dataset<Row> points =
        QiSpark.analyze(
            rows,
            Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients"),
            spec);

    // qi's rows by facet, each facet's in index order; Spark's rows as they come (no sort)
    Map<String, List<String>> qiRows = new HashMap<>();
    String[] header;
    try (BufferedReader qi = Files.newBufferedReader(expected)) {
      header = qi.readLine().split(",", -1);
      for (String line = qi.readLine(); line != null; line = qi.readLine()) {
        qiRows
            .computeIfAbsent(line.substring(0, line.indexOf(',')), k -> new ArrayList<>())
            .add(line);
      }
    }
    assertThat(header[0]).isEqualTo("facet");
    StructType schema = points.schema();
    Map<String, Integer> seen = new HashMap<>();
    List<String> differences = new ArrayList<>();
    for (Iterator<Row> actual = points.toLocalIterator(); actual.hasNext(); ) {
      Row row = actual.next();
      String facet = row.getAs("unit") + "/" + row.getAs("measure");
      List<String> lines = qiRows.getOrDefault(facet, List.of());
      Integer index = row.getAs("index");
      seen.merge(facet, 1, Integer::sum);
      if (row.getAs("error") != null || index == null || index > lines.size()) {
        differ(differences, facet + ": Spark has " + row + ", qi " + lines.size() + " points");
        continue;
      }
      String[] cells = lines.get(index - 1).split(",", -1);
      for (int f = 1; f < header.length; f++) {
        if (!sameField(header[f], cells[f], row, schema)) {
          differ(
              differences,
              facet
                  + " point "
                  + index
                  + " "
                  + header[f]
                  + ": Spark "
                  + row.getAs(header[f])
                  + ", qi "
                  + cells[f]);
        }
      }
    }
    Map<String, Integer> qiCounts = new HashMap<>();
    qiRows.forEach((facet, lines) -> qiCounts.put(facet, lines.size()));
    assertThat(seen).as("points per series").isEqualTo(qiCounts);
    assertThat(qiCounts).hasSize(20_000);
    assertThat(qiCounts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(480_000);
    assertThat(differences).as("fields that differ").isEmpty();
  }

  @Test
  void aSeriesWithBadDataGetsOneErrorRowAndTheOthersAreAnalyzed() {
    StructType schema =
        new StructType()
            .add("series", DataTypes.StringType)
            .add("month", DataTypes.DateType)
            .add("events", DataTypes.StringType)
            .add("patients", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> months = Map.of("good", 24, "text", 24, "zero", 24, "short", 8);
    for (Map.Entry<String, Integer> s : new TreeMap<>(months).entrySet()) {
      for (int t = 0; t < s.getValue(); t++) {
        String events = s.getKey().equals("text") && t == 2 ? "n/a" : Integer.toString(3 + t % 4);
        String patients = s.getKey().equals("zero") && t == 5 ? "0" : "120";
        rows.add(RowFactory.create(s.getKey(), month(t), events, patients));
      }
    }
    ChartSpec spec = ChartSpec.of(ChartType.U).freeze(12);

    List<Row> out =
        QiSpark.analyze(
                spark.createDataFrame(rows, schema),
                Columns.ofRatios(List.of("series"), "month", "events", "patients"),
                spec)
            .collectAsList();

    Map<String, List<String>> errors = new TreeMap<>();
    Map<String, Integer> points = new TreeMap<>();
    for (Row row : out) {
      points.merge(row.getAs("series"), 1, Integer::sum);
      String error = row.getAs("error");
      if (error != null) {
        errors.computeIfAbsent(row.getAs("series"), k -> new ArrayList<>()).add(error);
        assertThat((Object) row.getAs("cl")).isNull();
        assertThat((Object) row.getAs("index")).isNull();
      }
    }
    assertThat(points).containsEntry("good", 24);
    assertThat(errors).doesNotContainKey("good");
    // the messages are qi-core's own for the same observations, and ours for unreadable text
    assertThat(errors)
        .containsEntry("text", List.of("events (n/a) at x 2024-03-01 must be a number"))
        .containsEntry("zero", List.of(qiCoreMessage(spec, 24, 5)))
        .containsEntry("short", List.of(qiCoreMessage(spec, 8, -1)));
    assertThat(errors.get("zero").get(0)).contains("2024-06-01", "must be 0 where n is 0");
    assertThat(errors.get("short").get(0)).contains("freeze (12)", "(8)");
  }

  @Test
  void aColumnThatIsNotInTheInputFailsOnTheDriverNamingIt() {
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(RowFactory.create("a", 1.0, 2.0)),
            new StructType()
                .add("unit", DataTypes.StringType)
                .add("x", DataTypes.DoubleType)
                .add("y", DataTypes.DoubleType));

    assertThatThrownBy(
            () ->
                QiSpark.analyze(
                    rows, Columns.of(List.of("ward"), "x", "y"), ChartSpec.of(ChartType.I)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column (ward) must be one of the input's columns: unit, x, y");
  }

  @Test
  void aKeyNamedAsAnOutputColumnFailsOnTheDriverNamingIt() {
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(RowFactory.create("a", 1.0, 2.0)),
            new StructType()
                .add("part", DataTypes.StringType)
                .add("x", DataTypes.DoubleType)
                .add("y", DataTypes.DoubleType));

    assertThatThrownBy(
            () ->
                QiSpark.analyze(
                    rows, Columns.of(List.of("part"), "x", "y"), ChartSpec.of(ChartType.I)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key column (part) must not have the name of an output column");
  }

  @Test
  void aBadOptionFailsWhenTheSpecIsBuiltWithQiCoresMessage() {
    assertThatThrownBy(() -> ChartSpec.of(ChartType.P).freeze(0))
        .hasMessageContaining("freeze (0)");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.P).multiply(-1))
        .hasMessageContaining("multiply (-1)");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.P).rules("strict"))
        .hasMessageContaining("rules (strict)");
  }

  /** The message qi-core gives for the U chart of {@code months} rows, n = 0 at {@code zeroAt}. */
  private static String qiCoreMessage(ChartSpec spec, int months, int zeroAt) {
    List<Observation> observations = new ArrayList<>();
    for (int t = 0; t < months; t++) {
      observations.add(Observation.ofRatio(XValue.of(month(t)), 3 + t % 4, t == zeroAt ? 0 : 120));
    }
    assertThat(spec.chart()).isEqualTo(ChartType.U);
    return catchThrowable(
            () -> ControlChart.of(ChartType.U, Series.ofRatios(observations)).freeze(12).analyze())
        .getMessage();
  }

  private static LocalDate month(int t) {
    return LocalDate.of(2024, 1, 1).plusMonths(t);
  }

  /**
   * Whether one field of a point, Spark's column, equals qi's CSV cell of the same name: numbers to
   * 1e-9 relative (an empty cell is null), signals as qi joins them ({@code ;}), the rest as text.
   */
  private static boolean sameField(String name, String cell, Row row, StructType schema) {
    Object value = row.getAs(name);
    if (schema.apply(name).dataType() instanceof DoubleType) {
      if (cell.isEmpty() || value == null) {
        return cell.isEmpty() && value == null;
      }
      double expected = Double.parseDouble(cell);
      return Math.abs((Double) value - expected) <= 1e-9 * Math.abs(expected);
    }
    if (schema.apply(name).dataType() instanceof ArrayType) {
      return String.join(";", row.<String>getList(row.fieldIndex(name))).equals(cell);
    }
    return String.valueOf(value).equals(cell);
  }

  /** Runs the qi CLI in-process and fails with its message unless it exits 0. */
  private static void qi(String[] args) {
    StringWriter err = new StringWriter();
    int exit = Qi.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Keeps the first 20 differences: enough to see what differs, few enough to read. */
  private static void differ(List<String> differences, String difference) {
    if (differences.size() < 20) {
      differences.add(difference);
    }
  }
}
