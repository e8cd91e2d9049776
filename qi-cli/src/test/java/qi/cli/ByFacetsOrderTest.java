package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --by} analyzes facets on every core, yet the output is in sorted facet order and the error
 * reported is that of the first failing facet in that order, as a sequential run would give.
 */
class ByFacetsOrderTest {
  @TempDir Path dir;

  /** 200 facets named f000 … f199, written in reverse order, 13 points each. */
  private Path facets(boolean brokenFacets) throws IOException {
    StringBuilder csv = new StringBuilder("unit,x,y\n");
    for (int f = 199; f >= 0; f--) {
      for (int x = 1; x <= 13; x++) {
        // facet f050 has a negative count at x 3, f150 at x 5: a C chart rejects both
        boolean broken = brokenFacets && (f == 50 && x == 3 || f == 150 && x == 5);
        csv.append(String.format("f%03d,%d,%d%n", f, x, broken ? -1 : (f + x) % 9));
      }
    }
    Path file = dir.resolve("facets.csv");
    Files.writeString(file, csv.toString());
    return file;
  }

  @Test
  void facetsAreWrittenInSortedOrder() throws IOException {
    CliRun run =
        CliRun.of(
            "analyze",
            facets(false).toString(),
            "--chart",
            "c",
            "--x",
            "x",
            "--y",
            "y",
            "--by",
            "unit");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> headings = run.out().lines().filter(l -> l.startsWith("== ")).toList();
    assertThat(headings).hasSize(200).isSorted();
    assertThat(headings.get(0)).isEqualTo("== f000");
  }

  @Test
  void theFirstFailingFacetInOrderIsReported() throws IOException {
    CliRun run =
        CliRun.of(
            "analyze",
            facets(true).toString(),
            "--chart",
            "c",
            "--x",
            "x",
            "--y",
            "y",
            "--by",
            "unit");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "qi: facet f050 (--by unit): y at x 3 (-1) must be >= 0 for a C chart"
                + System.lineSeparator());
  }
}
