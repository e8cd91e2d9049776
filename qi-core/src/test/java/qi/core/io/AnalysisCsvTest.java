package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import qi.core.ChartType;
import qi.core.ControlChart;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointResult;
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

  /** A document of several blocks of points (formatted on every core) keeps the points' order. */
  @Test
  void rowsOfManyBlocksComeInTheOrderOfThePoints() throws IOException {
    double[] values = new double[9_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 13;
    }
    Analysis analysis = ControlChart.of(ChartType.I, Series.ofValues(values)).analyze();

    List<CsvRecord> rows = write(List.of(new Facet("a", analysis), new Facet("b", analysis)));

    assertThat(rows).hasSize(1 + 18_000);
    for (int row = 1; row < rows.size(); row++) {
      int i = (row - 1) % 9_000;
      assertThat(rows.get(row).getField(0)).isEqualTo(row <= 9_000 ? "a" : "b");
      assertThat(rows.get(row).getField(1)).isEqualTo(String.valueOf(i + 1));
      assertThat(rows.get(row).getField(3)).isEqualTo(String.valueOf(values[i]));
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

  /**
   * The x of every row is written in one pass when it is plain ASCII; whatever it is, the cell
   * reads back as {@link AnalysisCsv#text} makes it, in both dialects.
   */
  @Property(seed = "2718", tries = 300)
  void everyXReadsBackAsItsTextCell(@ForAll("xs") String x) {
    PointResult p = NEGATIVE.points().get(0);
    PointResult withX =
        new PointResult(
            p.index(),
            x,
            p.y(),
            p.n(),
            p.part(),
            p.baseline(),
            p.included(),
            p.cl(),
            p.lcl(),
            p.ucl(),
            p.lwl(),
            p.uwl(),
            p.sigmaSignal(),
            p.runsSignal(),
            p.target(),
            p.signals(),
            p.pointType(),
            p.cusumUpper(),
            p.cusumLower(),
            p.ewma());
    Analysis analysis =
        new Analysis(
            "i",
            List.of(withX),
            NEGATIVE.parts(),
            List.of(),
            NEGATIVE.rules(),
            NEGATIVE.direction());

    for (CsvDialect dialect : CsvDialect.values()) {
      StringWriter out = new StringWriter();
      AnalysisCsv.write(List.of(new Facet(null, analysis)), out, dialect);
      CsvRecord row =
          CsvReader.builder()
              .fieldSeparator(dialect.separator())
              .ofCsvRecord(out.toString())
              .stream()
              .skip(1)
              .findFirst()
              .orElseThrow();

      assertThat(row.getField(1)).isEqualTo(AnalysisCsv.text(x, dialect));
    }
  }

  @Provide
  Arbitrary<String> xs() {
    // numbers, dates and what a period label or a hand-made point may hold
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.-eE+=@,;\"\n\t #é/").ofMaxLength(8),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.strings());
  }

  @Test
  void excelEuDialectWritesSemicolonsDecimalCommasAndAByteOrderMark() {
    // x = 1, 2, 3 and y = 1.5, 2.25, 3.5: the mean is (1.5 + 2.25 + 3.5) / 3 = 2.4166666666666665
    Analysis analysis = ControlChart.of(ChartType.I, Series.ofValues(1.5, 2.25, 3.5)).analyze();
    StringWriter out = new StringWriter();

    AnalysisCsv.write(List.of(new Facet(null, analysis)), out, CsvDialect.EXCEL_EU);

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).startsWith("\uFEFFindex;x;y;n;part;");
    assertThat(lines[1]).startsWith("1;1;1,5;;1;true;true;2,4166666666666665;");
    assertThat(lines[2]).startsWith("2;2;2,25;");
  }

  @Test
  void excelEuDialectGivesNumbersInXADecimalComma() {
    assertThat(AnalysisCsv.text("1.25", CsvDialect.EXCEL_EU)).isEqualTo("1,25");
    assertThat(AnalysisCsv.text("2024-01-01", CsvDialect.EXCEL_EU)).isEqualTo("2024-01-01");
    assertThat(AnalysisCsv.text("-1+2", CsvDialect.EXCEL_EU)).isEqualTo("'-1+2");
  }

  @Test
  void aByteStreamGetsUtf8AndStaysOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream open =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            throw new AssertionError("the caller's stream must stay open");
          }
        };

    AnalysisCsv.write(List.of(new Facet("Søndre", NEGATIVE)), open, CsvDialect.EXCEL_EU);

    byte[] written = bytes.toByteArray();
    // the UTF-8 byte-order mark EF BB BF, then "facet"
    assertThat(Arrays.copyOf(written, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("\nSøndre;1;1;-3,0;");
  }

  @Test
  void aFieldWithTheSeparatorOrAQuoteIsQuoted() throws IOException {
    // RFC 4180, section 2: fields containing separators or double quotes are enclosed in quotes
    StringWriter out = new StringWriter();
    AnalysisCsv.write(List.of(new Facet("a,\"b\"", NEGATIVE)), out);

    assertThat(out.toString()).contains("\n\"a,\"\"b\"\"\",1,1,-3.0,");
  }

  @Test
  void aRowStartingWithAHashIsQuotedSoNoReaderTakesItForAComment() throws IOException {
    // FastCSV (and other readers) may skip a line starting with # as a comment; a line break in a
    // field is quoted too (RFC 4180, section 2)
    List<Facet> facets = List.of(new Facet("#1", NEGATIVE), new Facet("two\nlines", NEGATIVE));
    StringWriter out = new StringWriter();
    AnalysisCsv.write(facets, out);

    assertThat(out.toString()).contains("\n\"#1\",1,1,-3.0,", "\n\"two\nlines\",1,1,-3.0,");
    assertThat(write(facets).stream().map(row -> row.getField(0)).distinct())
        .containsExactly("facet", "#1", "two\nlines");
  }

  @Property(seed = "2718", tries = 2000)
  void numberScanAgreesWithItsPattern(@ForAll("numberLike") String text) {
    assertThat(AnalysisCsv.isNumber(text))
        .as(text)
        .isEqualTo(text.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?"));
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("-0123456789.eE+x").ofMaxLength(8);
  }

  @Property(seed = "1618", tries = 200)
  void everyNumberReadsBackAsTheSameDouble(@ForAll double a, @ForAll double b) throws IOException {
    Assume.that(Double.isFinite(a) && Double.isFinite(b));
    Analysis analysis = ControlChart.of(ChartType.RUN, Series.ofValues(a, b)).analyze();

    List<CsvRecord> rows = write(List.of(new Facet(null, analysis)));

    assertThat(Double.doubleToLongBits(Double.parseDouble(rows.get(1).getField(2))))
        .isEqualTo(Double.doubleToLongBits(a));
    assertThat(Double.doubleToLongBits(Double.parseDouble(rows.get(2).getField(2))))
        .isEqualTo(Double.doubleToLongBits(b));
  }
}
