package org.example.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic table of monthly indicators, as a national data set has them: {@code
 * units × measures} series of {@code months} months each, columns {@code
 * unit,measure,series,month,events,patients,phase}. {@code series} is {@code unit/measure}, the one
 * column {@code qi analyze --by} groups by. Rates differ per series, a third of the series shift
 * upwards half way (so that there are signals to compare), and about one row in 200 has no events
 * (a missing value). {@code phase} is a part label: {@code before} up to the shift ({@code after}
 * from half way in the series that shift, from a third of the way in the others).
 */
final class Indicators {
  private Indicators() {}

  /**
   * Writes a table for measuring throughput (see README.md): {@code FILE UNITS MEASURES MONTHS
   * SEED}.
   */
  public static void main(String[] args) throws IOException {
    write(
        Path.of(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        Long.parseLong(args[4]));
  }

  static void write(Path file, int units, int measures, int months, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2021, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("unit,measure,series,month,events,patients,phase\n");
      for (int m = 0; m < measures; m++) {
        for (int u = 0; u < units; u++) {
          String unit = String.format("U%04d", u);
          String measure = String.format("M%03d", m);
          double rate = 0.01 + 0.2 * random.nextDouble();
          boolean shifts = random.nextInt(3) == 0;
          for (int t = 0; t < months; t++) {
            int patients = 50 + random.nextInt(450);
            double r = shifts && t >= months / 2 ? rate * 1.6 : rate;
            // a binomial-like count: rounded normal approximation, never negative
            double mean = r * patients;
            long events = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            String y = random.nextInt(200) == 0 ? "" : Long.toString(events);
            out.write(
                unit
                    + ","
                    + measure
                    + ","
                    + unit
                    + "/"
                    + measure
                    + ","
                    + first.plusMonths(t)
                    + ","
                    + y
                    + ","
                    + patients
                    + ","
                    + (t >= (shifts ? months / 2 : months / 3) ? "after" : "before")
                    + "\n");
          }
        }
      }
    }
  }

  /**
   * A deterministic synthetic event log: one row per event (a fall, say) of {@code units ×
   * measures} series, columns {@code unit,measure,series,day,hours}, the day in 2021–2022 and the
   * hours of exposure the row adds (1 to 24). Each series has its own rate (20 to 200 events), a
   * third of them twice that in 2022; the rows are not in day order.
   */
  static void writeEvents(Path file, int units, int measures, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate first = LocalDate.of(2021, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("unit,measure,series,day,hours\n");
      for (int m = 0; m < measures; m++) {
        for (int u = 0; u < units; u++) {
          String series = String.format("U%04d,M%03d,U%04d/M%03d", u, m, u, m);
          int events = 20 + random.nextInt(180);
          boolean rises = random.nextInt(3) == 0;
          for (int e = 0; e < events; e++) {
            int day = random.nextInt(730);
            if (rises && day < 365 && random.nextBoolean()) {
              day += 365;
            }
            out.write(series + "," + first.plusDays(day) + "," + (1 + random.nextInt(24)) + "\n");
          }
        }
      }
    }
  }
}
