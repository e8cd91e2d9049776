package qi.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import qi.core.ChartType;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * Deterministic inputs for the benchmarks: the same seed gives the same numbers on every machine,
 * so that runs can be compared. Large CSV files are written under {@code target/}, never committed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar qi.benchmarks.BenchmarkData benchmarks/target/data
 * </pre>
 *
 * writes {@code rows-1000000.csv} (columns x, y: one value per point) and {@code
 * facets-10000x24.csv} (columns unit, month, y: 10,000 units of 24 months each).
 */
public final class BenchmarkData {
  /** The seed of every generated series. */
  static final long SEED = 20_241_125L;

  /** Rows of the large CSV. */
  static final int LARGE_ROWS = 1_000_000;

  /** Facets and points per facet of the {@code --by} CSV. */
  static final int FACETS = 10_000;

  static final int FACET_POINTS = 24;

  private BenchmarkData() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/data");
    Path large = largeCsv(dir);
    Path facets = facetsCsv(dir);
    System.out.println(large + " (" + Files.size(large) + " bytes)");
    System.out.println(facets + " (" + Files.size(facets) + " bytes)");
  }

  /**
   * {@code size} values of a process around 50 (sd 5) with a shift of +3 after the middle, as a
   * measure that improves half-way would look; each value rounded to 0.01.
   */
  static double[] values(int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      double shift = i < size / 2 ? 0 : 3;
      values[i] = Math.rint((50 + shift + 5 * gaussian(random)) * 100) / 100;
    }
    return values;
  }

  /** The large CSV: x = 1 … rows, y from {@link #values}; written once, reused after. */
  static Path largeCsv(Path dir) {
    Path file = dir.resolve("rows-" + LARGE_ROWS + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    double[] values = values(LARGE_ROWS);
    write(
        file,
        out -> {
          out.write("x,y\n");
          for (int i = 0; i < values.length; i++) {
            out.write((i + 1) + "," + format(values[i]) + "\n");
          }
        });
    return file;
  }

  /**
   * The faceted CSV: 10,000 units (unit-00001 …), 24 months each (2023-01-01 …), rows ordered by
   * month then unit, as an export from a data warehouse is.
   */
  static Path facetsCsv(Path dir) {
    Path file = dir.resolve("facets-" + FACETS + "x" + FACET_POINTS + ".csv");
    if (Files.exists(file)) {
      return file;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    write(
        file,
        out -> {
          out.write("unit,month,y\n");
          for (int m = 0; m < FACET_POINTS; m++) {
            String month = java.time.LocalDate.of(2023, 1, 1).plusMonths(m).toString();
            for (int u = 1; u <= FACETS; u++) {
              double y = Math.rint((20 + u % 7 + 3 * gaussian(random)) * 10) / 10;
              out.write(String.format(Locale.ROOT, "unit-%05d,%s,%s\n", u, month, format(y)));
            }
          }
        });
    return file;
  }

  /**
   * The input of one small analysis of {@code type}: 24 points, with what that chart needs
   * (denominators for p, pp, u, up and ip; five rows per point for xbar and s; positive times for
   * t; whole counts for c, u and g).
   */
  static List<Observation> small(ChartType type, SplittableRandom random) {
    List<Observation> rows = new ArrayList<>();
    for (int x = 1; x <= 24; x++) {
      XValue at = XValue.of(x);
      switch (type) {
        case P, PP, IP -> {
          double n = 80 + random.nextInt(40);
          rows.add(Observation.ofRatio(at, Math.floor(n * (0.2 + 0.1 * random.nextDouble())), n));
        }
        case U, UP -> {
          double n = 500 + random.nextInt(500);
          rows.add(Observation.ofRatio(at, random.nextInt(5, 25), n));
        }
        case XBAR, S -> {
          for (int k = 0; k < 5; k++) {
            rows.add(Observation.of(at, 50 + 5 * gaussian(random)));
          }
        }
        case C, G -> rows.add(Observation.of(at, random.nextInt(0, 30)));
        case T -> rows.add(Observation.of(at, 1 + 30 * random.nextDouble()));
        default -> rows.add(Observation.of(at, 50 + 5 * gaussian(random)));
      }
    }
    return rows;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller, so that the numbers do not depend on the JDK's nextGaussian algorithm.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private interface Body {
    void write(BufferedWriter out) throws IOException;
  }

  private static void write(Path file, Body body) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        body.write(out);
      }
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
