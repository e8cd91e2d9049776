package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qi.core.ChartType;

/** {@link QiSparkJob}: CSV in, Parquet out, with the options of {@code qi analyze}. */
class QiSparkJobTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return QiSparkJob.run(
        args, LocalSpark.session(), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheSamePointsAsQiSparkAnalyzeAsParquet() throws IOException {
    // 10 units x 3 measures = 30 series of 24 months (Indicators, seed 3)
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 10, 3, 24, 3);
    Path out = dir.resolve("points.parquet");

    int exit =
        run(
            "--input",
            csv.toString(),
            "--output",
            out.toString(),
            "--keys",
            "unit,measure",
            "--x",
            "month",
            "--y",
            "events",
            "--n",
            "patients",
            "--chart",
            "p",
            "--rules",
            "nhs",
            "--freeze",
            "12",
            "--multiply",
            "100");

    assertThat(exit).as(err()).isZero();
    SparkSession spark = LocalSpark.session();
    Dataset<Row> expected =
        QiSpark.analyze(
            spark.read().option("header", true).csv(csv.toString()),
            Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients"),
            ChartSpec.of(ChartType.P).rules("nhs").freeze(12).multiply(100));
    Dataset<Row> written = spark.read().parquet(out.toString());
    assertThat(written.count()).isEqualTo(30 * 24);
    assertThat(written.exceptAll(expected).count()).isZero();
    assertThat(expected.exceptAll(written).count()).isZero();
  }

  /**
   * The options the job shares with {@code qi analyze}, beyond the chart: each case is the y and n
   * columns, then options written exactly as {@code qi analyze} takes them.
   */
  static Stream<Arguments> optionsOfQiAnalyze() {
    return Stream.of(
        // CUSUM and EWMA need a value at every point: patients is never missing
        Arguments.of(
            "patients",
            null,
            "--chart cusum --freeze 12 --sd-method sd --decision-interval 4 --shift 1.5"
                + " --head-start 2"),
        Arguments.of(
            "patients", null, "--chart ewma --center 275 --sd 130 --lambda 0.3 --nsigmas 2.7"),
        Arguments.of("events", "patients", "--chart u --rules nhs --rebase 2021-07-01,2022-01-15"),
        Arguments.of("events", "patients", "--chart p --part-column phase --freeze 6"));
  }

  @ParameterizedTest(name = "--y {0} --n {1} {2}")
  @MethodSource("optionsOfQiAnalyze")
  void takesTheOptionsOfQiAnalyzeWithTheirNamesAndGivesItsPoints(
      String y, String n, String qiOptions) throws IOException {
    List<String> options = List.of(qiOptions.split(" "));
    // 5 units x 4 measures = 20 series of 24 months (Indicators, seed 4)
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 5, 4, 24, 4);
    Path out = dir.resolve("points.parquet");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--input",
                csv.toString(),
                "--output",
                out.toString(),
                "--keys",
                "unit,measure",
                "--x",
                "month",
                "--y",
                y));
    if (n != null) {
      args.addAll(List.of("--n", n));
    }
    args.addAll(options);

    int exit = run(args.toArray(String[]::new));

    assertThat(exit).as(err()).isZero();
    QiAnalyzeOracle.assertSamePoints(
        LocalSpark.session().read().parquet(out.toString()),
        csv,
        new Columns(List.of("unit", "measure"), "month", y, n),
        20,
        options.toArray(String[]::new));
  }

  @Test
  void countsTheRowsOfAnEventLogWithCountAsQiAnalyzeDoes() throws IOException {
    // an event log of 20 series (Indicators.writeEvents, seed 12)
    Path csv = dir.resolve("events.csv");
    Indicators.writeEvents(csv, 5, 4, 12);
    Path out = dir.resolve("points.parquet");

    int exit =
        run(
            "--input",
            csv.toString(),
            "--output",
            out.toString(),
            "--keys",
            "unit,measure",
            "--x",
            "day",
            "--count",
            "--period",
            "month",
            "--chart",
            "c");

    assertThat(exit).as(err()).isZero();
    QiAnalyzeOracle.assertSamePoints(
        LocalSpark.session().read().parquet(out.toString()),
        csv,
        Columns.ofEvents(List.of("unit", "measure"), "day"),
        20,
        "--period",
        "month",
        "--chart",
        "c");
  }

  @Test
  void optionsThatQiAnalyzeRefusesTogetherAreRefusedWithItsWords() {
    String[] common = {"--input", "in.csv", "--output", "x", "--keys", "u", "--x", "x", "--y", "y"};

    assertThat(run(concat(common, "--part", "12", "--part-column", "phase"))).isEqualTo(2);
    assertThat(run(concat(common, "--chart", "cusum", "--sd", "2", "--sd-method", "mr")))
        .isEqualTo(2);
    assertThat(run(concat(common, "--chart", "ewma", "--center", "2", "--cl", "3"))).isEqualTo(2);
    assertThat(run(concat(common, "--chart", "p", "--center", "2"))).isEqualTo(2);
    assertThat(run(concat(common, "--chart", "p", "--lambda", "0.5"))).isEqualTo(2);
    assertThat(run(concat(common, "--count"))).isEqualTo(2);
    assertThat(err().lines())
        .containsExactly(
            "qi-spark: --part and --part-column cannot be combined: choose one",
            "qi-spark: --sd and --sd-method cannot be combined: choose one",
            "qi-spark: --center and --cl cannot be combined: choose one",
            "qi-spark: --center applies to --chart cusum or ewma, not p",
            "qi-spark: lambda applies to charts ewma, not p",
            "qi-spark: --y (y) cannot be combined with --count, which counts the rows");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void writesOneSummaryRowPerSeriesWithSummary() throws IOException {
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 10, 3, 24, 3);
    Path out = dir.resolve("summary.parquet");

    int exit =
        run(
            "--input",
            csv.toString(),
            "--output",
            out.toString(),
            "--keys",
            "unit,measure",
            "--x",
            "month",
            "--y",
            "events",
            "--n",
            "patients",
            "--chart",
            "p",
            "--summary");

    assertThat(exit).as(err()).isZero();
    Dataset<Row> written = LocalSpark.session().read().parquet(out.toString());
    assertThat(written.count()).isEqualTo(30);
    assertThat(written.filter("error is null and points = 24 and chart = 'p'").count())
        .isEqualTo(30);
  }

  @Test
  void aBadOptionIsOneLineAndExitCode2BeforeAnythingIsRead() {
    int exit =
        run(
            "--input",
            "nowhere.csv",
            "--output",
            "x",
            "--keys",
            "u",
            "--x",
            "x",
            "--y",
            "y",
            "--freeze",
            "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err()).isEqualTo("qi-spark: freeze (0) must be >= 1" + System.lineSeparator());
  }

  @Test
  void anExistingOutputIsNotOverwritten() throws IOException {
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 2, 1, 24, 3);
    Path out = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(out.resolve("mine.txt"), "keep");

    int exit =
        run(
            "--input",
            csv.toString(),
            "--output",
            out.toString(),
            "--keys",
            "unit",
            "--x",
            "month",
            "--y",
            "events");

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("qi-spark: ").contains("already exists");
    assertThat(out.resolve("mine.txt")).hasContent("keep");
  }
}
