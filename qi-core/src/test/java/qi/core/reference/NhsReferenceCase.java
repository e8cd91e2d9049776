package qi.core.reference;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.io.AnalysisJson;
import qi.core.io.Columns;
import qi.core.io.CsvInput;
import qi.core.result.Facet;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.Series;
import qi.core.series.XValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One reference case computed by NHSRplotthedots 0.2.2 {@code ptd_spc()} (R 4.2.2), copied from
 * {@code shared/reference} into {@code qi-core/src/test/resources/reference/nhsrplotthedots/}: an
 * XmR chart with the NHS rules. Compared per point (mean, limits, part, the rule label mapped to
 * {@code signals[0]}, point type) and per part (variation and assurance icons of each facet's last
 * part, short-part warning), numbers to 1e-9 relative.
 */
public record NhsReferenceCase(String name, Path dir, JsonNode args) {
  private static final JsonMapper JSON = ReferenceFiles.JSON;

  /** NHSRplotthedots' special_cause_type labels and qi's rule identifiers. */
  static final Map<String, String> LABELS =
      Map.of(
          "Common Cause", "",
          "Above UCL", "beyond_limits",
          "Below LCL", "beyond_limits",
          "7 Point Trend (Increasing)", "trend",
          "7 Point Trend (Decreasing)", "trend",
          "2 in 3 Above CL", "two_of_three",
          "2 in 3 Below CL", "two_of_three",
          "7 Points Above CL", "shift",
          "7 Points Below CL", "shift");

  static final Map<String, String> ASSURANCE =
      Map.of("pass", "pass", "fail", "fail", "inconsistent", "inconsistent", "NA", "");

  public static List<NhsReferenceCase> all(Path root) throws IOException {
    return ReferenceFiles.cases(
        root,
        "nhsrplotthedots",
        (dir, args) -> new NhsReferenceCase(dir.getFileName().toString(), dir, args));
  }

  @Override
  public String toString() {
    return name;
  }

  private JsonNode ptd() {
    return args.get("ptd_args");
  }

  private boolean faceted() {
    for (JsonNode c : args.get("input_columns")) {
      if (c.asString().equals("f")) {
        return true;
      }
    }
    return false;
  }

  private Direction direction() {
    JsonNode d = ptd().get("improvement_direction");
    return d == null ? Direction.INCREASE : Direction.valueOf(d.asString().toUpperCase());
  }

  private List<String> rebase() {
    JsonNode r = ptd().get("rebase");
    List<String> dates = new ArrayList<>();
    if (r != null) {
      if (r.isArray()) {
        r.forEach(d -> dates.add(d.asString()));
      } else {
        dates.add(r.asString());
      }
    }
    return dates;
  }

  /** The analysis through the API, as the JSON of the CLI contract. */
  public JsonNode analyzeWithApi() {
    Columns columns = Columns.of("x", "y");
    if (faceted()) {
      columns = columns.withLabel("f");
    }
    Map<String, List<Observation>> groups = new TreeMap<>();
    for (Observation o : CsvInput.read(dir.resolve("input.csv"), columns)) {
      groups.computeIfAbsent(faceted() ? o.label() : "", k -> new ArrayList<>()).add(o);
    }
    List<Facet> facets = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> group : groups.entrySet()) {
      ControlChart chart =
          ControlChart.of(ChartType.XMR, Series.of(group.getValue())).direction(direction());
      JsonNode target = ptd().get("target");
      if (target != null && target.isNumber()) {
        chart = chart.target(target.asDouble());
      } else if (target != null && target.has(group.getKey())) {
        chart = chart.target(target.get(group.getKey()).asDouble());
      }
      if (!rebase().isEmpty()) {
        chart = chart.rebase(rebase().stream().map(XValue::parse).toArray(XValue[]::new));
      }
      if (ptd().has("fix_after_n_points")) {
        chart = chart.fixAfter(ptd().get("fix_after_n_points").asInt());
      }
      if (ptd().has("screen_outliers") && !ptd().get("screen_outliers").asBoolean()) {
        chart = chart.screenMovingRanges(false);
      }
      facets.add(new Facet(faceted() ? group.getKey() : null, chart.analyze()));
    }
    StringWriter out = new StringWriter();
    AnalysisJson.write(facets, out);
    return JSON.readTree(out.toString());
  }

  /**
   * The same analysis as {@code qi analyze} arguments, as shared/tools/reference-check builds them.
   */
  public List<String> cliArguments() {
    List<String> a =
        new ArrayList<>(
            List.of(
                "analyze",
                dir.resolve("input.csv").toString(),
                "--chart",
                "xmr",
                "--rules",
                "nhs",
                "--x",
                "x",
                "--y",
                "y",
                "--format",
                "json",
                "--direction",
                direction().id()));
    if (faceted()) {
      a.addAll(List.of("--by", "f"));
    }
    JsonNode target = ptd().get("target");
    if (target != null && target.isNumber()) {
      a.addAll(List.of("--target", target.asString()));
    } else if (target != null) {
      List<String> pairs = new ArrayList<>();
      target.propertyNames().forEach(k -> pairs.add(k + "=" + target.get(k).asString()));
      a.addAll(List.of("--target", String.join(",", pairs)));
    }
    if (!rebase().isEmpty()) {
      a.addAll(List.of("--rebase", String.join(",", rebase())));
    }
    if (ptd().has("fix_after_n_points")) {
      a.addAll(List.of("--fix-after", ptd().get("fix_after_n_points").asString()));
    }
    if (ptd().has("screen_outliers") && !ptd().get("screen_outliers").asBoolean()) {
      a.add("--no-screen-mr");
    }
    return a;
  }

  /** Every difference between qi's JSON output and the expected values; empty when they agree. */
  public List<String> differences(JsonNode actual) throws IOException {
    List<String> differences = new ArrayList<>();
    List<Map<String, String>> expected = rows("expected.csv");
    JsonNode points = actual.get("points");
    if (points.size() != expected.size()) {
      return List.of(points.size() + " points, expected " + expected.size());
    }
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> e = expected.get(i);
      JsonNode p = points.get(i);
      String at = "point " + (i + 1) + " ";
      for (String[] field :
          new String[][] {{"y", "y"}, {"cl", "mean_col"}, {"lcl", "lpl"}, {"ucl", "upl"}}) {
        if (!close(e.get(field[1]), p.get(field[0]))) {
          differences.add(
              at + field[0] + ": got " + p.get(field[0]) + ", expected " + e.get(field[1]));
        }
      }
      if (p.get("part").asInt() != Integer.parseInt(e.get("rebase_group")) + 1) {
        differences.add(at + "part: got " + p.get("part"));
      }
      JsonNode signals = p.get("signals");
      String first = signals.isEmpty() ? "" : signals.get(0).asString();
      if (!first.equals(LABELS.get(e.get("special_cause_type")))) {
        differences.add(
            at + "signals[0]: got " + first + ", expected " + e.get("special_cause_type"));
      }
      if (!p.get("pointType").asString().equals(e.get("point_type"))) {
        differences.add(
            at + "pointType: got " + p.get("pointType") + ", expected " + e.get("point_type"));
      }
      if (faceted() && !p.get("facet").asString().equals(e.get("f"))) {
        differences.add(at + "facet: got " + p.get("facet"));
      }
    }
    JsonNode parts = actual.get("parts");
    for (Map<String, String> icon : rows("icons.csv")) {
      JsonNode last = null;
      for (JsonNode part : parts) {
        if (!faceted() || part.get("facet").asString().equals(icon.get("f"))) {
          last = part;
        }
      }
      if (last == null) {
        differences.add("no parts for facet " + icon.get("f"));
        continue;
      }
      if (!last.get("variation").asString().equals(icon.get("variation_icon"))) {
        differences.add(
            "variation: got " + last.get("variation") + ", expected " + icon.get("variation_icon"));
      }
      String assurance = last.get("assurance").isNull() ? "" : last.get("assurance").asString();
      if (!assurance.equals(ASSURANCE.get(icon.get("assurance_icon")))) {
        differences.add("assurance: got " + assurance + ", expected " + icon.get("assurance_icon"));
      }
    }
    for (Map<String, String> e : expected) {
      int part = Integer.parseInt(e.get("rebase_group")) + 1;
      for (JsonNode p : parts) {
        boolean sameFacet = !faceted() || p.get("facet").asString().equals(e.get("f"));
        if (sameFacet
            && p.get("part").asInt() == part
            && p.get("shortPartWarning").asBoolean()
                != e.get("short_group_warning").equals("TRUE")) {
          differences.add("part " + part + " shortPartWarning: got " + p.get("shortPartWarning"));
        }
      }
    }
    return differences;
  }

  private static boolean close(String expected, JsonNode actual) {
    return ReferenceFiles.agrees(expected, actual);
  }

  private List<Map<String, String>> rows(String file) throws IOException {
    return ReferenceFiles.rows(dir.resolve(file));
  }
}
