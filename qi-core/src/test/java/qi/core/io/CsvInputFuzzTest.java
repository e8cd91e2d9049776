package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qi.core.series.Observation;

/**
 * Fuzzing of {@link CsvInput#read(java.io.Reader, String, Columns)}: whatever the text, the reader
 * returns observations or throws an {@link InputException} whose message is one line naming the
 * source. Inputs are stitched from the fragments that break CSV readers (quotes, line endings, byte
 * order marks, duplicate or empty headers, numbers that overflow, impossible dates). The nastiest
 * inputs found are kept in {@code src/test/resources/fuzz/csv/} and replayed on every build.
 */
class CsvInputFuzzTest {
  private static final Columns COLUMNS = new Columns("x", "y", "n", null);

  private static final String[] FRAGMENTS = {
    "x",
    "y",
    "n",
    ",",
    ",",
    ",",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\"",
    "\"\"",
    "\"x\"",
    "\"a,b\"",
    "\"a\nb\"",
    "1",
    "2",
    "-3",
    "0",
    "-0",
    "1.5",
    "1e308",
    "1e309",
    "-1e309",
    "4.9e-324",
    "NaN",
    "Infinity",
    "-Infinity",
    "NA",
    "na",
    "0x1p3",
    "1_000",
    "1,5",
    " 7 ",
    "\t",
    ";",
    "2024-01-31",
    "2024-02-30",
    "2024-13-01",
    "2024-01-01T25:00",
    "2024-01-01 08:30",
    "2024-01-01T08:30Z",
    "99999-01-01",
    "\uFEFF",
    "\u00e9",
    "\u2028",
    "\u0000",
    "=cmd",
    "@SUM(A1)",
    "+1",
    "x,y,n\n",
    "x,x,y\n",
    ",y,n\n",
    "x,y,n,\n"
  };

  @Provide
  Arbitrary<String> csvText() {
    Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
    Arbitrary<String> body = fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
    Arbitrary<String> header = Arbitraries.of("x,y,n\n", "\uFEFFx,y,n\r\n", "\"x\",\"y\",n\n", "");
    return net.jqwik.api.Combinators.combine(header, body).as(String::concat);
  }

  @Property(seed = "4242", tries = 1000)
  void anyTextGivesObservationsOrAOneLineInputError(@ForAll("csvText") String text) {
    assertReadsOrRejects(text);
  }

  static Stream<Path> corpus() throws IOException {
    Path dir = Path.of("src/test/resources/fuzz/csv");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusInputGivesObservationsOrAOneLineInputError(Path file) throws IOException {
    assertReadsOrRejects(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void assertReadsOrRejects(String text) {
    List<Observation> observations;
    try {
      observations = CsvInput.read(new StringReader(text), "fuzz.csv", COLUMNS);
    } catch (InputException e) {
      assertThat(e.getMessage())
          .startsWith("fuzz.csv")
          .doesNotContain("\n", "\r")
          .doesNotContain("Exception");
      return;
    } catch (RuntimeException e) {
      fail("not an InputException for " + escape(text), e);
      return;
    }
    assertThat(observations).isNotEmpty();
    for (Observation o : observations) {
      assertThat(Double.isInfinite(o.y()) || Double.isInfinite(o.n())).isFalse();
      assertThat(o.n() > 0 || Double.isNaN(o.n())).isTrue();
    }
  }

  private static String escape(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
