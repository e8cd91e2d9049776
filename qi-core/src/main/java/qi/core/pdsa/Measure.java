package qi.core.pdsa;

import qi.core.ChartType;
import qi.core.internal.Checks;
import qi.core.rules.Direction;

/**
 * A measure of the project and where its data live: a CSV file and its columns, analyzed with one
 * chart type, as {@code qi analyze FILE --chart CHART --x X --y Y [--n N]} would.
 *
 * <h2>Missing values</h2>
 *
 * {@code n} is null without a denominator; {@code target} is NaN without a target.
 *
 * @param name the measure's name, unique in its project (not blank)
 * @param kind outcome, process or balancing
 * @param file the CSV file, relative to the project file's folder (or absolute)
 * @param x the column of x values (dates, for cycles to be placed on the series)
 * @param y the column of values, counts or numerators
 * @param n the column of denominators; null for none
 * @param chart the chart type
 * @param direction which way is better
 * @param target a target value; NaN for none
 */
public record Measure(
    String name,
    MeasureKind kind,
    String file,
    String x,
    String y,
    String n,
    ChartType chart,
    Direction direction,
    double target) {
  public Measure {
    name = Checks.notBlank("measure name", name);
    Checks.notNull("kind", kind);
    file = Checks.notBlank("file", file);
    x = Checks.notBlank("x column", x);
    y = Checks.notBlank("y column", y);
    n = Checks.optionalText(n);
    Checks.notNull("chart", chart);
    Checks.notNull("direction", direction);
    if (!Double.isNaN(target)) {
      Checks.finite("target", target);
    }
    if (chart.needsDenominator() && n == null) {
      throw new IllegalArgumentException(
          "chart (" + chart.id() + ") needs a denominator column (n) for measure " + name);
    }
  }

  /** Whether the measure has a target. */
  public boolean hasTarget() {
    return !Double.isNaN(target);
  }
}
