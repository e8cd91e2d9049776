package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.cli.Qi;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.SdMethod;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.Period;
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
    Columns columns = Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients");
    ChartSpec spec =
        ChartSpec.of(ChartType.U)
            .multiply(100)
            .target(10)
            .direction(Direction.DECREASE)
            .rules("nhs");

    Dataset<Row> points = QiSpark.analyze(read(csv), columns, spec);

    QiAnalyzeOracle.assertSamePoints(
        points,
        csv,
        columns,
        20_000,
        "--chart",
        "u",
        "--multiply",
        "100",
        "--target",
        "10",
        "--direction",
        "decrease",
        "--rules",
        "nhs");
    assertThat(points.count()).isEqualTo(480_000);
  }

  @Test
  void cusumWithEveryOptionEqualsQiAnalyze() throws IOException {
    // 10 units x 10 measures = 100 series of 24 months (Indicators, seed 5); the values are the
    // patients column, never missing (a CUSUM needs a value at every point)
    Path csv = dir.resolve("cusum.csv");
    Indicators.write(csv, 10, 10, 24, 5);
    Columns columns = Columns.of(List.of("unit", "measure"), "month", "patients");
    ChartSpec spec =
        ChartSpec.of(ChartType.CUSUM)
            .freeze(12)
            .sdMethod(SdMethod.SD)
            .decisionInterval(4)
            .shift(1.5)
            .headStart(2);

    QiAnalyzeOracle.assertSamePoints(
        QiSpark.analyze(read(csv), columns, spec),
        csv,
        columns,
        100,
        "--chart",
        "cusum",
        "--freeze",
        "12",
        "--sd-method",
        "sd",
        "--decision-interval",
        "4",
        "--shift",
        "1.5",
        "--head-start",
        "2");
  }

  @Test
  void ewmaWithEveryOptionEqualsQiAnalyze() throws IOException {
    // 100 series of 24 months (Indicators, seed 6), the patients column (50 to 499, uniform: mean
    // 275, sd 130); --center is qi analyze's name for the centre line of a CUSUM or EWMA chart
    Path csv = dir.resolve("ewma.csv");
    Indicators.write(csv, 10, 10, 24, 6);
    Columns columns = Columns.of(List.of("unit", "measure"), "month", "patients");
    ChartSpec spec = ChartSpec.of(ChartType.EWMA).centreLine(275).sd(130).lambda(0.3).nsigmas(2.7);

    QiAnalyzeOracle.assertSamePoints(
        QiSpark.analyze(read(csv), columns, spec),
        csv,
        columns,
        100,
        "--chart",
        "ewma",
        "--center",
        "275",
        "--sd",
        "130",
        "--lambda",
        "0.3",
        "--nsigmas",
        "2.7");
  }

  @Test
  void rebaseEqualsQiAnalyze() throws IOException {
    // 100 series (Indicators, seed 8); 2022-01-15 is mid-month: its part starts in February
    Path csv = dir.resolve("rebase.csv");
    Indicators.write(csv, 10, 10, 24, 8);
    Columns columns = Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients");
    ChartSpec spec = ChartSpec.of(ChartType.U).rules("nhs").rebase("2021-07-01", "2022-01-15");

    Dataset<Row> points = QiSpark.analyze(read(csv), columns, spec);

    QiAnalyzeOracle.assertSamePoints(
        points,
        csv,
        columns,
        100,
        "--chart",
        "u",
        "--rules",
        "nhs",
        "--rebase",
        "2021-07-01,2022-01-15");
    assertThat(points.filter("x = '2022-02-01' and part = 3").count()).isEqualTo(100);
  }

  @Test
  void aRebaseDateOnMonthLabelsStartsTheMonthThatHoldsItAsQiAnalyzeDoes() throws IOException {
    // 100 series (Indicators, seed 8) with months written 2021-01 (periods, not dates): qi analyze
    // reads --rebase 2021-06-15 as the month that holds it, so the new part starts in June
    Path dates = dir.resolve("rebase-dates.csv");
    Indicators.write(dates, 10, 10, 24, 8);
    Path csv = dir.resolve("rebase-months.csv");
    Files.writeString(csv, Files.readString(dates).replaceAll(",(\\d{4}-\\d{2})-01,", ",$1,"));
    Columns columns = Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients");
    ChartSpec spec = ChartSpec.of(ChartType.U).rebase("2021-06-15");

    Dataset<Row> points = QiSpark.analyze(read(csv), columns, spec);

    QiAnalyzeOracle.assertSamePoints(
        points, csv, columns, 100, "--chart", "u", "--rebase", "2021-06-15");
    assertThat(points.filter("part = 2").groupBy().min("index").first().getInt(0)).isEqualTo(6);
  }

  @Test
  void partsByLabelEqualsQiAnalyzePartColumn() throws IOException {
    // 100 series (Indicators, seed 9): phase turns from before to after at month 9 or 13
    Path csv = dir.resolve("phases.csv");
    Indicators.write(csv, 10, 10, 24, 9);
    Columns columns = Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients");
    ChartSpec spec = ChartSpec.of(ChartType.P).multiply(100).partsByLabel("phase");

    Dataset<Row> points = QiSpark.analyze(read(csv), columns, spec);

    QiAnalyzeOracle.assertSamePoints(
        points, csv, columns, 100, "--chart", "p", "--multiply", "100", "--part-column", "phase");
    assertThat(points.filter("part = 2").count()).isPositive();
  }

  @Test
  void eventsCountedPerWeekEqualQiAnalyzeCount() throws IOException {
    // an event log of 100 series, 20 to 399 events each (Indicators.writeEvents, seed 10)
    Path csv = dir.resolve("events.csv");
    Indicators.writeEvents(csv, 10, 10, 10);
    Columns columns = Columns.ofEvents(List.of("unit", "measure"), "day");
    ChartSpec spec = ChartSpec.of(ChartType.C).period(Period.WEEK).rules("nhs");

    Dataset<Row> points = QiSpark.analyze(read(csv), columns, spec);

    QiAnalyzeOracle.assertSamePoints(
        points, csv, columns, 100, "--chart", "c", "--period", "week", "--rules", "nhs");
    // weeks without events are counted as 0, not left out
    assertThat(points.filter("y = 0").count()).isPositive();
  }

  @Test
  void eventsOverTheirExposurePerMonthEqualQiAnalyzeCountWithN() throws IOException {
    // the same kind of log (seed 11); each month's n is the sum of its rows' hours
    Path csv = dir.resolve("exposure.csv");
    Indicators.writeEvents(csv, 10, 10, 11);
    Columns columns = Columns.ofEventRatios(List.of("unit", "measure"), "day", "hours");
    ChartSpec spec = ChartSpec.of(ChartType.U).period(Period.MONTH).multiply(100);

    QiAnalyzeOracle.assertSamePoints(
        QiSpark.analyze(read(csv), columns, spec),
        csv,
        columns,
        100,
        "--chart",
        "u",
        "--period",
        "month",
        "--multiply",
        "100");
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
    assertThatThrownBy(() -> ChartSpec.of(ChartType.EWMA).lambda(2))
        .hasMessageContaining("lambda (2) must be > 0 and <= 1");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.CUSUM).headStart(-1))
        .hasMessageContaining("headStart (-1)");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.CUSUM).sd(0)).hasMessageContaining("sd (0)");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.U).rebase("soon"))
        .hasMessageContaining("rebase (soon) must be an x value");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.U).partsByLabel(" "))
        .hasMessageContaining("partsByLabel ( ) must name a column");
  }

  @Test
  void aMissingYIsRefusedUnlessTheRowsAreEventsToCount() {
    assertThatThrownBy(() -> Columns.of(List.of("unit"), "month", null))
        .hasMessage("y (null) must name a column; ofEvents counts rows");
    assertThatThrownBy(() -> Columns.ofRatios(List.of("unit"), "month", null, "patients"))
        .hasMessage("y (null) must name a column; ofEvents counts rows");
    assertThat(Columns.ofEvents(List.of("unit"), "day").counts()).isTrue();
    assertThat(Columns.of(List.of("unit"), "month", "events").counts()).isFalse();
  }

  @Test
  void aCusumOrEwmaOptionOfAnotherChartIsRefusedNotIgnored() {
    // qi analyze refuses --lambda with --chart p the same way, rather than draw a P chart
    assertThatThrownBy(() -> ChartSpec.of(ChartType.P).lambda(0.3))
        .hasMessage("lambda applies to charts ewma, not p");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.EWMA).shift(2))
        .hasMessage("shift applies to charts cusum, not ewma");
    assertThatThrownBy(() -> ChartSpec.of(ChartType.I).sdMethod(SdMethod.MR))
        .hasMessage("sdMethod applies to charts cusum or ewma, not i");
  }

  @Test
  void aPartColumnThatIsNotInTheInputFailsOnTheDriverNamingIt() {
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
                    rows,
                    Columns.of(List.of("unit"), "x", "y"),
                    ChartSpec.of(ChartType.I).partsByLabel("phase")))
        .hasMessageContaining("column (phase) must be one of the input's columns: unit, x, y");
  }

  @Test
  void aRebaseOfAnotherKindThanTheDataGivesEachSeriesAnErrorRow() {
    // x are numbers, the rebase a date: qi analyze refuses it with the same words
    Dataset<Row> rows =
        spark.createDataFrame(
            List.of(RowFactory.create("a", 1.0, 2.0), RowFactory.create("a", 2.0, 3.0)),
            new StructType()
                .add("unit", DataTypes.StringType)
                .add("x", DataTypes.DoubleType)
                .add("y", DataTypes.DoubleType));

    List<Row> out =
        QiSpark.analyze(
                rows,
                Columns.of(List.of("unit"), "x", "y"),
                ChartSpec.of(ChartType.I).rebase("2024-01-01"))
            .collectAsList();

    assertThat(out).hasSize(1);
    assertThat((String) out.get(0).getAs("error"))
        .isEqualTo("rebase (2024-01-01) must be a number like the data's x values (1)");
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

  private static Dataset<Row> read(Path csv) {
    return spark.read().option("header", true).csv(csv.toString());
  }
}
