package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import qi.core.funnel.Funnel;
import qi.core.funnel.FunnelPlot;
import qi.core.funnel.FunnelRow;
import qi.core.funnel.FunnelType;
import qi.core.funnel.LimitLevel;
import qi.core.funnel.UnitResult;

/** The funnel plot's model: series, labels, hover text; and a headless render of every format. */
class FunnelChartTest {
  /** Events of wards W1..W12 out of 1,000 + 10·i patients: about 10 %, W4 30 %, W5 1 %. */
  private static final int[] EVENTS = {80, 120, 95, 300, 10, 130, 70, 110, 90, 140, 60, 105};

  private static Funnel wards(boolean overdispersion) {
    List<FunnelRow> rows =
        IntStream.rangeClosed(1, 12)
            .mapToObj(i -> new FunnelRow("W" + i, EVENTS[i - 1], 1000 + 10 * i, i + 1))
            .toList();
    return FunnelPlot.of(FunnelType.PR, rows)
        .limit(LimitLevel.P95)
        .overdispersion(overdispersion)
        .analyze();
  }

  @Test
  void drawsTheLimitsInUseTheTargetAndTheUnits() {
    Funnel f = wards(false);
    XYChart chart = FunnelChart.chart(f, ChartStyle.withDefaults());
    assertThat(chart.getSeriesMap().keySet())
        // both levels are drawn; the flagged units are those outside the level chosen, 95 %
        .contains("Units", "Outside the 95% limits")
        .anyMatch(name -> name.startsWith("Target "));
    // upper and lower curve of each level, in FunnelPlotR 0.5.0's unadjusted colours
    assertThat(FunnelChart.curves(f, FunnelChart.yRange(f)))
        .extracting(c -> c.colour().getRGB() & 0xffffff)
        .containsExactly(0xFF7F0E, 0xFF7F0E, 0x1F77B4, 0x1F77B4);
    // unadjusted 95 % limits around 10 % at n ≈ 1,000 are about ±1.9 points: most wards are out
    assertThat(chart.getSeriesMap().get("Outside the 95% limits").getXData())
        .hasSize(wards(false).high().size() + wards(false).low().size());
  }

  @Test
  void adjustedLimitsAreDrawnWhenInUse() {
    Funnel adjusted = wards(true);
    assertThat(adjusted.adjusted()).isTrue(); // the wards spread far more than binomial: phi > 1
    // FunnelPlotR 0.5.0's adjusted colours (plot_cols 3 and 4)
    assertThat(FunnelChart.curves(adjusted, FunnelChart.yRange(adjusted)))
        .extracting(c -> c.colour().getRGB() & 0xffffff)
        .containsExactly(0x9467BD, 0x9467BD, 0x2CA02C, 0x2CA02C);
    String svg =
        new String(
            FunnelChart.render(adjusted, ChartStyle.withDefaults(), OutputFormat.SVG),
            StandardCharsets.UTF_8);
    assertThat(svg).contains(">95% limits (adjusted)</text>");
  }

  @Test
  void hoverCirclesSitOnTheirUnitsInTheSvg() {
    // The circles carry the tooltips: each must sit on its unit's dot, so further right for a
    // larger denominator (1,000 + 10·i, W1..W12 in order) and higher up for W4 (30 %) than for
    // W5 (1 %), inside the 1000 x 560 picture.
    Funnel f = wards(true);
    String svg =
        new String(
            FunnelChart.render(f, ChartStyle.withDefaults(), OutputFormat.SVG),
            StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("class=\"qi-point\"[^>]* cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")
            .matcher(svg);
    List<double[]> at = new java.util.ArrayList<>();
    while (m.find()) {
      at.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }

    assertThat(at).hasSize(12);
    for (int k = 1; k < 12; k++) {
      assertThat(at.get(k)[0]).isGreaterThan(at.get(k - 1)[0]);
    }
    assertThat(at.get(3)[1]).isLessThan(at.get(4)[1]); // W4 above W5
    assertThat(at)
        .allSatisfy(p -> assertThat(p[0]).isBetween(1.0, 999.0))
        .allSatisfy(p -> assertThat(p[1]).isBetween(1.0, 559.0));
  }

  @Test
  void hoverTextNamesUnitValueLimitsAndSide() {
    Funnel f = wards(false);
    UnitResult w4 = f.units().get(3);
    // 300 / 1040 = 0.2885 to four significant digits
    assertThat(FunnelChart.tooltip(f, w4))
        .startsWith("W4\n300 / 1040 = 0.2885\n95% limits: ")
        .endsWith("above the upper limit");
  }

  @Test
  void yRangeFollowsFunnelPlotR() {
    Funnel f = wards(false);
    double[] y = FunnelChart.yRange(f);
    // min(0.7 × target, 0.9 × 10/1050) and max(1.3 × target, 1.1 × 300/1040)
    assertThat(y[0]).isEqualTo(Math.min(0.7 * f.target(), 0.9 * (10.0 / 1050)));
    assertThat(y[1]).isEqualTo(Math.max(1.3 * f.target(), 1.1 * (300.0 / 1040)));
  }

  @Test
  void everyFormatRendersHeadless() {
    Funnel f = wards(true);
    ChartStyle style = ChartStyle.withDefaults().title("Falls by ward");
    byte[] png = FunnelChart.render(f, style, OutputFormat.PNG);
    assertThat(png).startsWith((byte) 137, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(
            new String(
                FunnelChart.render(f, style, OutputFormat.PDF), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String svg = new String(FunnelChart.render(f, style, OutputFormat.SVG), StandardCharsets.UTF_8);
    assertThat(svg).contains("<svg").contains("class=\"qi-point\" data-side=\"high\"");
    String html =
        new String(FunnelChart.render(f, style, OutputFormat.HTML), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<h1>Falls by ward</h1>")
        .contains("Above the upper limit (1): W4")
        .contains("<title>W4\n");
  }

  @Test
  void svgWritesEveryWordAsText() {
    Funnel f = wards(false);
    String svg =
        new String(
            FunnelChart.render(
                f, ChartStyle.withDefaults().title("Falls by ward"), OutputFormat.SVG),
            StandardCharsets.UTF_8);
    // x from 0 to ceil(1.04 × 1120) = 1165 on about 900 px: ticks 100 apart; y from 0.9 × 10/1050
    // to 1.1 × 300/1040 on about 460 px with labels 42 px apart: ticks 0.05 apart, two decimals
    assertThat(svg)
        .contains(">Falls by ward</text>", ">n</text>", ">Proportion</text>")
        .contains(">0</text>", ">1000</text>", ">0.10</text>", ">0.25</text>")
        .contains(">W4</text>", ">W5</text>")
        .contains(">95% limits</text>", ">Outside the 95% limits</text>");
    // each limit curve one path, not a line per step of the limits' grid
    assertThat(svg.split("<path", -1)).hasSize(1 + 4);
    // Only the y title is turned a quarter: the texts after it are written upright.
    int turned = svg.indexOf("matrix(0 -1 1 0");
    assertThat(svg.substring(turned, svg.indexOf("</g>", turned)))
        .contains(">Proportion</text>")
        .doesNotContain("Falls by ward");
  }
}
