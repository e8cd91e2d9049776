package qi.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FunnelPlotR 0.5.0 {@code funnel_plot()} (R 4.2.2) on the 15 public reference cases, copied from
 * {@code shared/reference/funnel} into {@code src/test/resources/reference/funnel/}, and on ten
 * cases generated with it ({@code reference/funnel-generated/}, see its README; their {@code
 * args.json} holds the arguments): per unit the summed and rounded counts, the plotted ratio, the
 * unadjusted z-score, all eight limits and the outlier flag; per case the target, and φ and τ² when
 * the adjusted limits are in use (FunnelPlotR reports 0 otherwise). Numbers to 1e-9 relative, with
 * a 1e-9 absolute floor for limits produced by cancellation (the reference README's advice).
 */
class FunnelReferenceTest {
  static final Path ROOT = Path.of("src/test/resources/reference/funnel");

  /** Ten of 500 cases made with FunnelPlotR 0.5.0 by {@code funnel-generated/gen.R}. */
  static final Path GENERATED = Path.of("src/test/resources/reference/funnel-generated");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<Path> cases() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path root : List.of(ROOT, GENERATED)) {
      try (Stream<Path> dirs = Files.list(root)) {
        all.addAll(dirs.filter(Files::isDirectory).sorted().toList());
      }
    }
    return all.stream();
  }

  /** The funnel plot a case's {@code args.json} asks for, through the public API. */
  static Funnel analyze(Path dir) {
    JsonNode a = json(dir.resolve("args.json"));
    JsonNode f = a.get("funnel_args");
    JsonNode d = a.get("defaults_in_effect");
    FunnelType type = FunnelType.valueOf(arg(f, d, "data_type").asString());
    List<FunnelRow> rows =
        FunnelInput.read(dir.resolve("input.csv"), "unit", "numerator", "denominator");
    return FunnelPlot.of(type, rows)
        .srMethod(SrMethod.valueOf(arg(f, d, "sr_method").asString()))
        .limit(arg(f, d, "limit").asDouble() == 95 ? LimitLevel.P95 : LimitLevel.P998)
        .trim(arg(f, d, "trim_by").asDouble())
        .multiply(arg(f, d, "multiplier").asDouble())
        .overdispersion(arg(f, d, "draw_adjusted").asBoolean())
        .shmiRounding(arg(f, d, "SHMI_rounding").asBoolean())
        .analyze();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyUnitAgreesWithFunnelPlotR(Path dir) {
    Funnel funnel = analyze(dir);
    Map<String, String> summary = csv(dir.resolve("summary.csv")).get(0);
    boolean adjusted = summary.get("draw_adjusted").equals("TRUE");
    assertThat(funnel.adjusted()).isEqualTo(adjusted);
    assertClose("target", funnel.target(), summary.get("target_plotted"));
    if (adjusted) {
      assertClose("phi", funnel.phi(), summary.get("phi"));
      assertClose("tau2", funnel.tau2(), summary.get("tau2"));
      if (summary.containsKey("n_used")) {
        assertThat(funnel.unitsUsed()).isEqualTo(Integer.parseInt(summary.get("n_used")));
      }
    }
    Map<String, UnitResult> units = new HashMap<>();
    funnel.units().forEach(u -> units.put(u.unit(), u));
    List<Map<String, String>> expected = csv(dir.resolve("expected.csv"));
    assertThat(units).hasSize(expected.size());
    for (Map<String, String> e : expected) {
      UnitResult u = units.get(e.get("unit"));
      String at = e.get("unit") + " ";
      assertClose(at + "numerator", u.numerator(), e.get("numerator"));
      assertClose(at + "denominator", u.denominator(), e.get("denominator"));
      assertClose(at + "value", u.value(), e.get("plotted"));
      if (e.get("Uzscore").endsWith("Inf")) {
        assertThat(u.z()).as(at + "z").isNaN();
      } else {
        assertClose(at + "z", u.z(), e.get("Uzscore"));
      }
      assertClose(at + "lcl95", u.lcl95(), e.get("LCL95"));
      assertClose(at + "ucl95", u.ucl95(), e.get("UCL95"));
      assertClose(at + "lcl998", u.lcl998(), e.get("LCL99"));
      assertClose(at + "ucl998", u.ucl998(), e.get("UCL99"));
      if (adjusted) {
        assertClose(at + "lcl95Adjusted", u.lcl95Adjusted(), e.get("OD95LCL"));
        assertClose(at + "ucl95Adjusted", u.ucl95Adjusted(), e.get("OD95UCL"));
        assertClose(at + "lcl998Adjusted", u.lcl998Adjusted(), e.get("OD99LCL"));
        assertClose(at + "ucl998Adjusted", u.ucl998Adjusted(), e.get("OD99UCL"));
      }
      assertThat(u.outlier()).as(at + "outlier").isEqualTo(e.get("outlier").equals("1"));
    }
  }

  /**
   * The drawn curves are FunnelPlotR's {@code limits()} table: the grid (1000 points joined with
   * the units' denominators) and all eight curves, including the proportion's monotonicity step at
   * denominators 1..10 (pr_limit95_trim0.05_small_n_120u) and exact Poisson limits down to E = 1.1
   * (sr_shmi_trim0.05_small_E_120u).
   */
  @Test
  void limitCurvesAreFunnelPlotRsTable() {
    for (String name :
        List.of("pr_limit95_trim0.05_small_n_120u", "sr_shmi_trim0.05_small_E_120u")) {
      Path dir = ROOT.resolve(name);
      List<LimitPoint> grid = analyze(dir).limits();
      List<Map<String, String>> expected = csv(dir.resolve("limits.csv"));
      assertThat(grid).as(name).hasSize(expected.size());
      for (int i = 0; i < grid.size(); i++) {
        LimitPoint p = grid.get(i);
        Map<String, String> e = expected.get(i);
        String at = name + " row " + (i + 1) + " ";
        assertClose(at + "denominator", p.denominator(), e.get("number.seq"));
        assertClose(at + "lcl95", p.lcl95(), e.get("ll95"));
        assertClose(at + "ucl95", p.ucl95(), e.get("ul95"));
        assertClose(at + "lcl998", p.lcl998(), e.get("ll998"));
        assertClose(at + "ucl998", p.ucl998(), e.get("ul998"));
        assertClose(at + "lcl95Adjusted", p.lcl95Adjusted(), e.get("odll95"));
        assertClose(at + "ucl95Adjusted", p.ucl95Adjusted(), e.get("odul95"));
        assertClose(at + "lcl998Adjusted", p.lcl998Adjusted(), e.get("odll998"));
        assertClose(at + "ucl998Adjusted", p.ucl998Adjusted(), e.get("odul998"));
      }
    }
  }

  static void assertClose(String what, double actual, String expected) {
    double e = Double.parseDouble(expected);
    double tolerance = Math.max(1e-9, 1e-9 * Math.max(Math.abs(e), Math.abs(actual)));
    assertThat(Math.abs(actual - e))
        .as(what + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(tolerance);
  }

  private static JsonNode arg(JsonNode given, JsonNode defaults, String name) {
    return given.has(name) ? given.get(name) : defaults.get(name);
  }

  private static JsonNode json(Path file) {
    return JSON.readTree(file.toFile());
  }

  /** A CSV file of the reference set (no quoted fields), as one map per row. */
  static List<Map<String, String>> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      String[] header = lines.get(0).split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
