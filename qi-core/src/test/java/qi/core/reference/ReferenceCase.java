package qi.core.reference;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.AnalysisJson;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Observation;
import qi.core.series.Period;
import qi.core.series.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One reference case computed by qicharts2 0.8.1 (R 4.2.2), copied from {@code shared/reference}
 * into {@code qi-core/src/test/resources/reference/qicharts2/<case>/}: its input, its {@code qic()}
 * arguments, and the expected value of every point ({@code expected.csv}, {@code qic(...,
 * return.data = TRUE)}) and part ({@code summary.csv}, {@code summary(qic(...))}).
 *
 * <p>Both the API test and the CLI test compare qi's JSON output with the expected values, to 1e-9
 * relative (1e-12 absolute near zero); booleans and counts exactly.
 */
public record ReferenceCase(String name, Path dir, JsonNode args) {
  private static final JsonMapper JSON = ReferenceFiles.JSON;

  /**
   * The qicharts2 cases under {@code root} (the {@code reference} folder of the test resources).
   */
  public static List<ReferenceCase> qicharts2(Path root) throws IOException {
    return ReferenceFiles.cases(
        root,
        "qicharts2",
        (dir, args) -> new ReferenceCase(dir.getFileName().toString(), dir, args));
  }

  @Override
  public String toString() {
    return name;
  }

  private JsonNode qicArgs() {
    return args.get("qic_args");
  }

  private boolean hasColumn(String column) {
    for (JsonNode c : args.get("input_columns")) {
      if (c.asString().equals(column)) {
        return true;
      }
    }
    return false;
  }

  public String chartId() {
    return qicArgs().has("chart") ? qicArgs().get("chart").asString() : "run";
  }

  private String partColumn() {
    JsonNode part = qicArgs().get("part");
    return part != null && part.isString() ? part.asString().split(":")[1] : null;
  }

  private static int[] positions(JsonNode node) {
    if (node.isArray()) {
      int[] values = new int[node.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = node.get(i).asInt();
      }
      return values;
    }
    return new int[] {node.asInt()};
  }

  /** The analysis through the API, as the JSON of the CLI contract. */
  public JsonNode analyzeWithApi() {
    JsonNode q = qicArgs();
    Columns columns = Columns.of("x", "y");
    if (hasColumn("n")) {
      columns = columns.withN("n");
    }
    if (partColumn() != null) {
      columns = columns.withLabel(partColumn());
    }
    List<Observation> observations = CsvInput.read(dir.resolve("input.csv"), columns);
    Period period =
        q.has("x.period") ? Period.valueOf(q.get("x.period").asString().toUpperCase()) : null;
    Aggregation agg =
        q.has("agg.fun")
            ? Aggregation.valueOf(q.get("agg.fun").asString().toUpperCase())
            : Aggregation.MEAN;
    Series series =
        hasColumn("n")
            ? Series.ofRatios(observations, period)
            : Series.of(observations, agg, period);
    ControlChart chart = ControlChart.of(ChartType.fromId(chartId()), series);
    if (q.has("freeze")) {
      chart = chart.freeze(q.get("freeze").asInt());
    }
    if (partColumn() != null) {
      chart = chart.partsByLabel();
    } else if (q.has("part")) {
      chart = chart.parts(positions(q.get("part")));
    }
    if (q.has("exclude")) {
      chart = chart.exclude(positions(q.get("exclude")));
    }
    if (q.has("multiply")) {
      chart = chart.multiply(q.get("multiply").asDouble());
    }
    if (q.has("cl")) {
      chart = chart.centreLine(q.get("cl").asDouble());
    }
    if (q.has("target")) {
      chart = chart.target(q.get("target").asDouble());
    }
    if (q.has("method")) {
      chart = chart.runsMethod(RunsMethod.valueOf(q.get("method").asString().toUpperCase()));
    }
    if (q.has("y.neg") && !q.get("y.neg").asBoolean()) {
      chart = chart.nonNegative(true);
    }
    if (!screened()) {
      chart = chart.screenMovingRanges(false);
    }
    StringWriter out = new StringWriter();
    AnalysisJson.write(chart.analyze(), out);
    return JSON.readTree(out.toString());
  }

  private boolean screened() {
    JsonNode options = args.get("options");
    return options == null
        || !options.has("qic.screenedmr")
        || options.get("qic.screenedmr").asBoolean();
  }

  /**
   * The same analysis as {@code qi analyze} arguments, as shared/tools/reference-check builds them.
   */
  public List<String> cliArguments() {
    JsonNode q = qicArgs();
    List<String> a =
        new ArrayList<>(
            List.of(
                "analyze",
                dir.resolve("input.csv").toString(),
                "--chart",
                chartId(),
                "--x",
                "x",
                "--y",
                "y",
                "--format",
                "json"));
    if (hasColumn("n")) {
      a.addAll(List.of("--n", "n"));
    }
    if (q.has("freeze")) {
      a.addAll(List.of("--freeze", q.get("freeze").asString()));
    }
    if (partColumn() != null) {
      a.addAll(List.of("--part-column", partColumn()));
    } else if (q.has("part")) {
      a.addAll(List.of("--part", join(positions(q.get("part")))));
    }
    if (q.has("exclude")) {
      a.addAll(List.of("--exclude", join(positions(q.get("exclude")))));
    }
    for (Map.Entry<String, String> option :
        Map.of(
                "multiply",
                "--multiply",
                "cl",
                "--cl",
                "target",
                "--target",
                "agg.fun",
                "--agg",
                "x.period",
                "--period",
                "method",
                "--runs-method")
            .entrySet()) {
      if (q.has(option.getKey())) {
        a.addAll(List.of(option.getValue(), q.get(option.getKey()).asString()));
      }
    }
    if (q.has("y.neg") && !q.get("y.neg").asBoolean()) {
      a.add("--nonnegative");
    }
    if (!screened()) {
      a.add("--no-screen-mr");
    }
    return a;
  }

  private static String join(int[] values) {
    return String.join(",", java.util.Arrays.stream(values).mapToObj(Integer::toString).toList());
  }

  private static final String[][] POINT = {
    {"index", "xx"},
    {"part", "part"},
    {"y", "y"},
    {"cl", "cl"},
    {"lcl", "lcl"},
    {"ucl", "ucl"},
    {"lwl", "lcl.95"},
    {"uwl", "ucl.95"},
    {"sigmaSignal", "sigma.signal"},
    {"runsSignal", "runs.signal"},
    {"baseline", "baseline"},
    {"included", "include"}
  };
  private static final String[][] PART = {
    {"part", "part"},
    {"nObs", "n.obs"},
    {"nUseful", "n.useful"},
    {"longestRun", "longest.run"},
    {"longestRunMax", "longest.run.max"},
    {"crossings", "n.crossings"},
    {"crossingsMin", "n.crossings.min"},
    {"runsSignal", "runs.signal"},
    {"cl", "CL"},
    {"lcl", "aLCL"},
    {"ucl", "aUCL"},
    {"lwl", "aLCL.95"},
    {"uwl", "aUCL.95"},
    {"sigmaSignals", "sigma.signal"}
  };

  /** Every difference between qi's JSON output and the expected values; empty when they agree. */
  public List<String> differences(JsonNode actual) throws IOException {
    List<String> differences = new ArrayList<>();
    List<Map<String, String>> points = rows("expected.csv");
    JsonNode got = actual.get("points");
    if (got.size() != points.size()) {
      return List.of(got.size() + " points, expected " + points.size());
    }
    for (int i = 0; i < points.size(); i++) {
      Map<String, String> e = points.get(i);
      for (String[] field : POINT) {
        compare(
            "point " + (i + 1) + " " + field[0],
            e.get(field[1]),
            got.get(i).get(field[0]),
            differences);
      }
      String x = got.get(i).get("x").asString();
      if (!x.startsWith(e.get("x")) && !sameNumber(e.get("x"), x)) {
        differences.add("point " + (i + 1) + " x: got " + x + ", expected " + e.get("x"));
      }
      String n = e.get("n");
      if (!n.equals("NA") && !n.equals("0") && !e.get("y").equals("NA")) {
        compare("point " + (i + 1) + " n", n, got.get(i).get("n"), differences);
      }
    }
    List<Map<String, String>> parts = rows("summary.csv");
    JsonNode gotParts = actual.get("parts");
    if (gotParts.size() != parts.size()) {
      differences.add(gotParts.size() + " parts, expected " + parts.size());
      return differences;
    }
    for (int i = 0; i < parts.size(); i++) {
      for (String[] field : PART) {
        String expected = parts.get(i).get(field[1]);
        if (field[0].equals("runsSignal")) {
          expected = expected.equals("1") ? "TRUE" : "FALSE";
        }
        compare(
            "part " + (i + 1) + " " + field[0],
            expected,
            gotParts.get(i).get(field[0]),
            differences);
      }
    }
    return differences;
  }

  private static boolean sameNumber(String expected, String actual) {
    try {
      return Double.parseDouble(expected) == Double.parseDouble(actual);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void compare(
      String what, String expected, JsonNode actual, List<String> differences) {
    if (!ReferenceFiles.agrees(expected, actual)) {
      differences.add(what + ": got " + actual + ", expected " + expected);
    }
  }

  private List<Map<String, String>> rows(String file) throws IOException {
    return ReferenceFiles.rows(dir.resolve(file));
  }
}
