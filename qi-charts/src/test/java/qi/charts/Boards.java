package qi.charts;

import java.util.ArrayList;
import java.util.List;
import qi.core.rules.Direction;
import qi.core.series.Observation;
import qi.core.summary.MeasureSettings;
import qi.core.summary.Summary;

/**
 * Hand-made board summaries for the page's tests (values invented): one measure per corner of the
 * matrix that the tests need, a short series, a measure without target, and hostile names.
 */
final class Boards {
  private Boards() {}

  /** A measure name that is markup: it must show as text. */
  static final String SCRIPT = "<script>alert(1)</script>";

  /** A measure name that closes an attribute and opens an element: it must show as text. */
  static final String ATTRIBUTE = "\"><img src=x onerror=alert(2)>";

  /** Monthly x values from January 2023. */
  private static qi.core.series.XValue month(int i) {
    return Fixtures.month(i - 24);
  }

  /** A wobble of about ±2 that repeats every 7 points: common-cause noise without a pattern. */
  private static double noise(int i) {
    return new double[] {0.8, -1.1, 1.9, -0.4, -1.7, 1.2, -0.6}[i % 7];
  }

  private static void measure(List<Observation> rows, String name, double[] ys) {
    for (int i = 0; i < ys.length; i++) {
      rows.add(new Observation(month(i), ys[i], Double.NaN, name));
    }
  }

  private static double[] series(int n, java.util.function.IntToDoubleFunction y) {
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = y.applyAsDouble(i);
    }
    return ys;
  }

  /**
   * Six measures in two groups and none: triage (lower is better, fell to 12 under a target of 20:
   * improving, reliably met), four-hour performance (higher is better, fell to 70 under a target of
   * 95: concerning, reliably failed), falls (no target, common cause), attendances (no direction,
   * rose: special cause neither), a new measure of 8 points (short series), and a stable measure
   * with the hostile name {@link #SCRIPT}.
   */
  static Summary board() {
    List<Observation> rows = new ArrayList<>();
    measure(rows, "Time to triage", series(36, i -> (i < 24 ? 25 : 12) + noise(i)));
    measure(rows, "Four-hour performance", series(36, i -> (i < 24 ? 82 : 70) + noise(i)));
    measure(rows, "Falls", series(36, i -> 6 + noise(i) / 2));
    measure(rows, "Attendances", series(36, i -> (i < 24 ? 300 : 340) + 3 * noise(i)));
    measure(rows, "New measure", series(8, i -> 50 + noise(i)));
    measure(rows, SCRIPT, series(24, i -> 10 + noise(i)));
    return Summary.of(
        rows,
        List.of(
            MeasureSettings.of("Time to triage")
                .withDirection(Direction.DECREASE)
                .withTarget(20)
                .withUnit("minutes")
                .withGroup("Flow"),
            MeasureSettings.of("Four-hour performance")
                .withDirection(Direction.INCREASE)
                .withTarget(95)
                .withUnit("%")
                .withGroup("Flow"),
            MeasureSettings.of("Falls").withDirection(Direction.DECREASE).withGroup("Safety"),
            MeasureSettings.of("Attendances").withGroup("Flow"),
            MeasureSettings.of("New measure").withDirection(Direction.INCREASE).withTarget(45),
            MeasureSettings.of(SCRIPT).withGroup(ATTRIBUTE)));
  }

  /** {@code count} measures of {@code points} points each, alternating in shape (for timing). */
  static Summary many(int count, int points) {
    List<Observation> rows = new ArrayList<>();
    List<MeasureSettings> settings = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int m = k;
      int shape = m % 3;
      String name = "Measure " + (m + 1);
      measure(
          rows,
          name,
          series(
              points,
              i ->
                  100
                      + m
                      + (shape == 0 || i < points / 2 ? 0 : shape == 1 ? 12 : -12)
                      + 3 * noise(i + m)));
      settings.add(
          MeasureSettings.of(name)
              .withDirection(Direction.INCREASE)
              .withTarget(100 + m % 20)
              .withGroup("Group " + (m % 5 + 1)));
    }
    return Summary.of(rows, settings);
  }
}
