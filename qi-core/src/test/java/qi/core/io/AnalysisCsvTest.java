package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.series.Series;

/**
 * CSV written by qi opens safely in a spreadsheet: a text cell starting with =, +, -, @ (or a tab
 * or carriage return) is neutralised with a leading apostrophe, as OWASP's CSV injection advice
 * says; numbers stay numbers.
 */
class AnalysisCsvTest {
  private static final Analysis NEGATIVE =
      ControlChart.of(ChartType.I, Series.ofValues(-3, -1.5, -2, -4, -2.5)).analyze();

  private static List<CsvRecord> write(List<Facet> facets) throws IOException {
    StringWriter out = new StringWriter();
    AnalysisCsv.write(facets, out);
    return CsvReader.builder().ofCsvRecord(out.toString()).stream().toList();
  }

  @Test
  void facetNamesThatLookLikeFormulasAreNeutralised() throws IOException {
    List<String> names = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd");
    List<Facet> facets = names.stream().map(name -> new Facet(name, NEGATIVE)).toList();

    List<CsvRecord> rows = write(facets);

    for (int f = 0; f < names.size(); f++) {
      CsvRecord first = rows.get(1 + f * NEGATIVE.points().size());
      assertThat(first.getField(0)).isEqualTo("'" + names.get(f));
    }
  }

  @Test
  void negativeNumbersStayNumbers() throws IOException {
    List<CsvRecord> rows = write(List.of(new Facet(null, NEGATIVE)));

    assertThat(rows.get(0).getField(1)).isEqualTo("x");
    assertThat(rows.get(1).getField(1)).isEqualTo("1");
    assertThat(rows.get(1).getField(2)).isEqualTo("-3.0");
    assertThat(rows.get(2).getField(2)).isEqualTo("-1.5");
    assertThat(AnalysisCsv.text("-3")).isEqualTo("-3");
    assertThat(AnalysisCsv.text("-1.5E-4")).isEqualTo("-1.5E-4");
    assertThat(AnalysisCsv.text("-1+2")).isEqualTo("'-1+2");
  }

  @Test
  void headerNamesEveryColumn() throws IOException {
    List<CsvRecord> rows = write(List.of(new Facet("ward a", NEGATIVE)));

    assertThat(rows.get(0).getFieldCount()).isEqualTo(rows.get(1).getFieldCount());
    assertThat(rows.get(0).getField(0)).isEqualTo("facet");
    assertThat(rows.get(0).getField(rows.get(0).getFieldCount() - 1)).isEqualTo("pointType");
  }

  @Property(seed = "3141", tries = 300)
  void noTextCellCanRunAsAFormula(@ForAll String facetName) throws IOException {
    for (CsvRecord row : write(List.of(new Facet(facetName, NEGATIVE)))) {
      for (String cell : row.getFields()) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        assertThat(!formula || cell.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?"))
            .as("cell %s", cell)
            .isTrue();
      }
    }
  }
}
