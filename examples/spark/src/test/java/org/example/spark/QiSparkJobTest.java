package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
