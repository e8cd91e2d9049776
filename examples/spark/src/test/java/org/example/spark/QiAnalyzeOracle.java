package org.example.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.StructType;
import qi.cli.Qi;

/**
 * The oracle of the Spark results: {@code qi analyze --by series --format csv} (the CLI itself, run
 * in-process through {@link Qi#execute}) on the CSV file Spark read, with the same options. The
 * file is an {@link Indicators} table, whose {@code series} column is {@code unit/measure}.
 */
final class QiAnalyzeOracle {
  private QiAnalyzeOracle() {}

  /**
   * Asserts that {@code points} (keys {@code unit, measure}) hold every point of every series of
   * {@code qi analyze} on {@code csv} with the x, y (or {@code --count}) and n of {@code columns}
   * and {@code options}, each field equal: numbers to 1e-9 relative, the rest as text.
   *
   * @param series the number of series the file holds, so that an empty result cannot pass
   */
  static void assertSamePoints(
      Dataset<Row> points, Path csv, Columns columns, int series, String... options)
      throws IOException {
    Path expected = Files.createTempDirectory(csv.getParent(), "qi").resolve("expected.csv");
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                csv.toString(),
                "--x",
                columns.x(),
                "--by",
                "series",
                "--format",
                "csv",
                "--output",
                expected.toString()));
    args.addAll(columns.counts() ? List.of("--count") : List.of("--y", columns.y()));
    if (columns.n() != null) {
      args.addAll(List.of("--n", columns.n()));
    }
    args.addAll(Arrays.asList(options));
    qi(args.toArray(String[]::new));

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
    assertThat(qiCounts).hasSize(series);
    assertThat(differences).as("fields that differ").isEmpty();
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

  /** Keeps the first 20 differences: enough to see what differs, few enough to read. */
  private static void differ(List<String> differences, String difference) {
    if (differences.size() < 20) {
      differences.add(difference);
    }
  }
}
