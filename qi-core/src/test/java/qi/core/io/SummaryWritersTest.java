package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.series.XValue;
import qi.core.summary.MeasureSettings;
import qi.core.summary.Summary;

class SummaryWritersTest {
  /** Two measures of 3 points each: "=Falls" (a name a spreadsheet would run) and "Run". */
  private static Summary summary() {
    List<Observation> rows = new ArrayList<>();
    double[] falls = {2, 4, 3};
    for (int i = 0; i < 3; i++) {
      XValue x = XValue.parse("2024-0" + (i + 1) + "-01");
      rows.add(new Observation(x, falls[i], Double.NaN, "=Falls"));
      rows.add(new Observation(x, 10 + i, Double.NaN, "Run"));
    }
    return Summary.of(
        rows,
        List.of(
            MeasureSettings.of("=Falls").withDirection(Direction.DECREASE).withTarget(10.5),
            MeasureSettings.of("Run").withChart(ChartType.RUN).withGroup("B")));
  }

  @Test
  void jsonSpellsIconsAsPartsAndWritesUndefinedNumbersAsNull() {
    StringWriter out = new StringWriter();
    SummaryJson.write(summary(), out, AnalysisJson.Layout.COMPACT);
    String json = out.toString();
    // =Falls: I chart of 2, 4, 3: mean 3 (arithmetic: (2 + 4 + 3) / 3), latest 3 on the mean;
    // the target 10.5 is above the upper limit 3 + 2.66 * 1.5 = 6.99 and lower is better: pass.
    assertThat(json)
        .startsWith(
            "{\"measures\":[{\"measure\":\"=Falls\",\"group\":\"\",\"chart\":\"i\","
                + "\"direction\":\"decrease\",\"points\":3,\"latestX\":\"2024-03-01\","
                + "\"latestY\":3.0,\"cl\":3.0,");
    assertThat(json)
        .contains("\"target\":10.5,\"variation\":\"common_cause\",\"assurance\":\"pass\"");
    // Run: a run chart has no limits and no target: null, and no assurance
    assertThat(json)
        .contains(
            "\"lcl\":null,\"ucl\":null,\"target\":null,\"variation\":\"common_cause\","
                + "\"assurance\":null");
    assertThat(json).contains("\"notes\":[\"fewer than 13 points");
  }

  @Test
  void csvHasOneRowPerMeasureAndKeepsFormulasOut() {
    StringWriter out = new StringWriter();
    SummaryCsv.write(summary(), out, CsvDialect.RFC4180);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0])
        .isEqualTo(
            "measure,group,chart,direction,points,latestX,latestY,cl,lcl,ucl,target,variation,"
                + "assurance,verdict,unit,notes");
    assertThat(lines[1]).startsWith("'=Falls,,i,decrease,3,2024-03-01,3.0,3.0,");
    assertThat(lines[2]).startsWith("Run,B,run,neutral,3,2024-03-01,12.0,11.0,,,,common_cause,,");
  }

  @Test
  void excelEuCsvHasSemicolonsDecimalCommasAndAByteOrderMark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryCsv.write(summary(), out, CsvDialect.EXCEL_EU);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFmeasure;group;chart;");
    assertThat(text).contains(";10,5;common_cause;pass;");
  }
}
