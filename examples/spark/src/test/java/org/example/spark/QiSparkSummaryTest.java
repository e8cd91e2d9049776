package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qi.cli.Qi;
import qi.core.ChartType;
import qi.core.rules.Direction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link QiSpark#summary} in Spark's local mode against its oracle, {@code qi summary} (the CLI
 * itself, in-process) on the same CSV file, with a settings file that gives every measure the
 * options of the Spark job's {@link ChartSpec}.
 */
class QiSparkSummaryTest {
  @TempDir Path dir;

  @Test
  void everySeriesSummaryEqualsQiSummaryFieldByField() throws IOException {
    // 50 units x 40 measures = 2,000 series of 24 months (Indicators, seed 7)
    Path csv = dir.resolve("indicators.csv");
    Indicators.write(csv, 50, 40, 24, 7);
    Path settings = dir.resolve("settings.csv");
    List<String> lines = new ArrayList<>(List.of("measure,chart,direction,target,multiply,rules"));
    for (int m = 0; m < 40; m++) {
      for (int u = 0; u < 50; u++) {
        lines.add(String.format("U%04d/M%03d,u,decrease,10,100,nhs", u, m));
      }
    }
    Files.write(settings, lines);
    Path expected = dir.resolve("summary.json");
    StringWriter err = new StringWriter();
    int exit =
        Qi.execute(
            new String[] {
              "summary",
              csv.toString(),
              "--measure",
              "series",
              "--x",
              "month",
              "--y",
              "events",
              "--n",
              "patients",
              "--settings",
              settings.toString(),
              "--format",
              "JSON",
              "--output",
              expected.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(exit).as(err.toString()).isZero();
    ChartSpec spec =
        ChartSpec.of(ChartType.U)
            .multiply(100)
            .target(10)
            .direction(Direction.DECREASE)
            .rules("nhs");

    List<Row> rows =
        QiSpark.summary(
                LocalSpark.session().read().option("header", true).csv(csv.toString()),
                Columns.ofRatios(List.of("unit", "measure"), "month", "events", "patients"),
                spec)
            .collectAsList();

    Map<String, Row> byMeasure = new HashMap<>();
    for (Row row : rows) {
      byMeasure.put(row.getAs("unit") + "/" + row.getAs("measure"), row);
    }
    JsonNode measures = new JsonMapper().readTree(expected.toFile()).get("measures");
    assertThat(measures.size()).isEqualTo(2_000);
    assertThat(byMeasure).hasSize(2_000);
    StructType schema = rows.get(0).schema();
    List<String> differences = new ArrayList<>();
    for (JsonNode qi : measures) {
      Row row = byMeasure.get(qi.get("measure").asString());
      if (row == null || row.getAs("error") != null) {
        differ(differences, qi.get("measure").asString() + ": " + row);
        continue;
      }
      for (String field : SummaryRows.FIELDS.fieldNames()) {
        if (!same(qi.get(field), row, field, schema)) {
          differ(
              differences,
              qi.get("measure").asString()
                  + " "
                  + field
                  + ": Spark "
                  + row.getAs(field)
                  + ", qi "
                  + qi.get(field));
        }
      }
    }
    assertThat(differences).as("fields that differ").isEmpty();
  }

  /** Numbers to 1e-9 relative (JSON null is null), notes as lists, the rest as text. */
  private static boolean same(JsonNode qi, Row row, String field, StructType schema) {
    Object value = row.getAs(field);
    if (qi == null || qi.isNull()) {
      return value == null;
    }
    if (schema.apply(field).dataType() instanceof DoubleType) {
      double expected = qi.asDouble();
      return value != null && Math.abs((Double) value - expected) <= 1e-9 * Math.abs(expected);
    }
    if (schema.apply(field).dataType() instanceof IntegerType) {
      return value != null && (Integer) value == qi.asInt();
    }
    if (schema.apply(field).dataType() instanceof ArrayType) {
      List<String> notes = new ArrayList<>();
      qi.forEach(note -> notes.add(note.asString()));
      return row.<String>getList(row.fieldIndex(field)).equals(notes);
    }
    return qi.asString().equals(value);
  }

  /** Keeps the first 20 differences: enough to see what differs, few enough to read. */
  private static void differ(List<String> differences, String difference) {
    if (differences.size() < 20) {
      differences.add(difference);
    }
  }
}
