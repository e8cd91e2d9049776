package qi.core.pdsa;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import qi.core.ChartType;
import qi.core.internal.Checks;

/**
 * Whether the data changed after a cycle started: the result of {@link CycleStudy#analyze}.
 *
 * <p>The series is split before point {@code pointsBefore + 1}, the first point on or after the
 * cycle's start. The same numbers come from {@code qi analyze FILE --chart CHART ... --part K}
 * ({@link StudyMethod#PHASE}) or {@code --freeze K} ({@link StudyMethod#FREEZE}), K = {@code
 * pointsBefore}, except the FREEZE runs analysis, which covers only the points after the start (see
 * {@link CycleStudy}).
 *
 * <h2>Missing values</h2>
 *
 * {@code centreAfter} is NaN for {@link StudyMethod#FREEZE} (the baseline's centre line is
 * extended) and when no point follows the start; {@code pointsToSignal} is empty without a signal.
 *
 * @param measure the measure's name
 * @param method phase break or freeze point
 * @param chart the chart type
 * @param start the cycle's start date
 * @param baselineFrom the first date of the data analyzed (earlier points are left out, e.g. those
 *     before an earlier change that shifted the process); null when all the data are used
 * @param pointsBefore points before the start (the baseline)
 * @param pointsAfter points on or after the start
 * @param centreBefore the centre line of the baseline (a run chart's median)
 * @param centreAfter the centre line of the points after ({@link StudyMethod#PHASE} only)
 * @param sigmaSignal whether a point after the start lies outside the 3σ control limits
 * @param runsSignal whether the runs analysis of the points after the start signals (PHASE: as a
 *     part of their own; FREEZE: against the baseline's centre line)
 * @param pointsToSignal after how many points from the start the first signal appeared: the
 *     earliest prefix of the series, cut after that point, whose analysis signals as above
 * @param effect the signal read against the measure's direction
 */
public record ChangeAnalysis(
    String measure,
    StudyMethod method,
    ChartType chart,
    LocalDate start,
    LocalDate baselineFrom,
    int pointsBefore,
    int pointsAfter,
    double centreBefore,
    double centreAfter,
    boolean sigmaSignal,
    boolean runsSignal,
    OptionalInt pointsToSignal,
    Effect effect) {
  public ChangeAnalysis {
    Checks.notBlank("measure", measure);
    Checks.notNull("method", method);
    Checks.notNull("chart", chart);
    Checks.notNull("start", start);
    if (baselineFrom != null && !baselineFrom.isBefore(start)) {
      throw new IllegalArgumentException(
          "baselineFrom (" + baselineFrom + ") must be before start (" + start + ")");
    }
    Checks.atLeast("pointsBefore", pointsBefore, 1);
    Checks.atLeast("pointsAfter", pointsAfter, 0);
    Checks.notNull("pointsToSignal", pointsToSignal);
    Checks.notNull("effect", effect);
    boolean signal = sigmaSignal || runsSignal;
    if (signal != pointsToSignal.isPresent() || signal == (effect == Effect.NO_SIGNAL)) {
      throw new IllegalArgumentException(
          "effect ("
              + effect.id()
              + ") and pointsToSignal ("
              + (pointsToSignal.isPresent() ? pointsToSignal.getAsInt() : "none")
              + ") must agree with sigmaSignal ("
              + sigmaSignal
              + ") and runsSignal ("
              + runsSignal
              + ")");
    }
    if (pointsToSignal.isPresent()) {
      Checks.position("pointsToSignal", pointsToSignal.getAsInt(), pointsAfter);
    }
  }

  /** Whether a special cause appeared after the start. */
  public boolean hasSignal() {
    return effect != Effect.NO_SIGNAL;
  }

  /** One sentence for people: what the data did after the start. */
  public String summary() {
    String how =
        chart.toString()
            + " chart, "
            + (method == StudyMethod.PHASE ? "phase break" : "freeze point")
            + " at "
            + start
            + ": "
            + pointsBefore
            + (pointsBefore == 1 ? " point" : " points")
            + " before it"
            + (baselineFrom == null ? "" : " (from " + baselineFrom + ")")
            + ", "
            + pointsAfter
            + " on or after; "
            + (chart == ChartType.RUN ? "median " : "centre line ")
            + number(centreBefore)
            + (Double.isNaN(centreAfter) ? "" : " before, " + number(centreAfter) + " after")
            + ".";
    if (!hasSignal()) {
      return measure + ": no special cause after the start. " + how;
    }
    String rules =
        sigmaSignal && runsSignal
            ? "a point outside the control limits and a shift in the runs analysis"
            : sigmaSignal ? "a point outside the control limits" : "a shift in the runs analysis";
    int after = pointsToSignal.getAsInt();
    return measure
        + ": "
        + effect.id().replace('_', ' ')
        + ": "
        + rules
        + ", first seen at the "
        + ordinal(after)
        + " point from the start. "
        + how;
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "undefined" : String.format(Locale.ROOT, "%.4g", value);
  }
}
