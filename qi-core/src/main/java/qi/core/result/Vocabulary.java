package qi.core.result;

import qi.core.rules.Rule;
import qi.core.rules.Rules;

/**
 * The words of a chart and its rule set's tradition for the lines of the chart, so that verdict,
 * rule texts, legend, labels and tooltips speak alike:
 *
 * <ul>
 *   <li>NHS England "Making Data Count" (NHSRplotthedots 0.2.2): "mean" and "process limits" (UPL,
 *       LPL), no runs analysis;
 *   <li>qicharts2 (Anhøj) and the other rule sets: "centre line" and "control limits" (UCL, CL,
 *       LCL); a run chart's centre line is its "median" under any rule set;
 *   <li>CUSUM, as qcc 2.7 {@code plot.cusum.qcc}: sums drawn against their "decision interval"
 *       (UDB, LDB: upper and lower decision boundary) around a line at zero;
 *   <li>EWMA, as qcc 2.7 {@code plot.ewma.qcc}: the "EWMA limits" (UCL, LCL) around the centre
 *       line.
 * </ul>
 *
 * <p>Where limits are frozen, the points they come from are the "baseline" and the limits after it
 * "frozen limits"; CUSUM and EWMA say "calibration data" and "new data", as qcc does.
 *
 * @param centre the name of the centre line in a sentence: {@code median}, {@code mean}, {@code
 *     centre line}, or {@code zero line} (CUSUM)
 * @param limits the name of the limits in a sentence: {@code process limits}, {@code control
 *     limits}, {@code decision interval} (CUSUM) or {@code EWMA limits}
 * @param runs whether the rule set reads Anhøj's runs analysis (longest run, crossings), so that
 *     its figures and the shift it signals are worth showing
 * @param upper the short label of the upper limit: {@code UPL}, {@code UCL} or {@code UDB}
 * @param centreLabel the short label of the centre line: {@code mean}, {@code median}, {@code CL},
 *     or empty (CUSUM: the line at zero is not labelled)
 * @param lower the short label of the lower limit: {@code LPL}, {@code LCL} or {@code LDB}
 * @param before the name of the points the frozen limits come from: {@code baseline} or {@code
 *     calibration data}
 * @param after the name of what follows them: {@code frozen limits} or {@code new data}
 * @param limitLines what the limit lines are, for a chart's key: {@code 3σ control limits}, {@code
 *     3σ process limits}, {@code decision interval ±h} or {@code EWMA limits}
 */
public record Vocabulary(
    String centre,
    String limits,
    boolean runs,
    String upper,
    String centreLabel,
    String lower,
    String before,
    String after,
    String limitLines) {

  /** The vocabulary of an analysis' chart type and rule set. */
  public static Vocabulary of(Analysis analysis) {
    switch (analysis.chart()) {
      case "cusum":
        return new Vocabulary(
            "zero line",
            "decision interval",
            false,
            "UDB",
            "",
            "LDB",
            "calibration data",
            "new data",
            "decision interval ±h");
      case "ewma":
        return new Vocabulary(
            "centre line",
            "EWMA limits",
            false,
            "UCL",
            "CL",
            "LCL",
            "calibration data",
            "new data",
            "EWMA limits");
      default:
        break;
    }
    boolean nhs = analysis.rules().rules().contains(Rules.NHS_BEYOND_LIMITS);
    boolean runs =
        analysis.rules().rules().contains(Rules.LONG_RUN)
            || analysis.rules().rules().contains(Rules.FEW_CROSSINGS);
    String centre = analysis.chart().equals("run") ? "median" : nhs ? "mean" : "centre line";
    String limits = nhs ? "process limits" : "control limits";
    return new Vocabulary(
        centre,
        limits,
        runs,
        nhs ? "UPL" : "UCL",
        centre.equals("centre line") ? "CL" : centre,
        nhs ? "LPL" : "LCL",
        "baseline",
        "frozen limits",
        "3σ " + limits);
  }

  /**
   * What {@code rule} looks for, in these words: its {@link Rule#description()}, which is written
   * with "centre line" and "control limits", with this vocabulary's names in their place ("7 points
   * in a row on one side of the mean", "a point outside the process limits").
   */
  public String describe(Rule rule) {
    return rule.description().replace("centre line", centre).replace("control limits", limits);
  }
}
