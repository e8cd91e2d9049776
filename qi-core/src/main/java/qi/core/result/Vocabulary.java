package qi.core.result;

import qi.core.rules.Rules;

/**
 * The words a rule set's tradition uses for the lines of a chart, so that text, legend and chart
 * speak alike: NHS "Making Data Count" says "mean" and "process limits" and has no runs analysis;
 * qicharts2 (Anhøj) and the other rule sets say "centre line" and "control limits"; a run chart's
 * centre line is its "median" under any rule set.
 *
 * @param centre the name of the centre line: {@code median}, {@code mean} or {@code centre line}
 * @param limits the name of the 3σ limits: {@code process limits} or {@code control limits}
 * @param runs whether the rule set reads Anhøj's runs analysis (longest run, crossings), so that
 *     its figures and the shift it signals are worth showing
 */
public record Vocabulary(String centre, String limits, boolean runs) {

  /** The vocabulary of an analysis' chart type and rule set. */
  public static Vocabulary of(Analysis analysis) {
    boolean nhs = analysis.rules().rules().contains(Rules.NHS_BEYOND_LIMITS);
    boolean runs =
        analysis.rules().rules().contains(Rules.LONG_RUN)
            || analysis.rules().rules().contains(Rules.FEW_CROSSINGS);
    String centre = analysis.chart().equals("run") ? "median" : nhs ? "mean" : "centre line";
    return new Vocabulary(centre, nhs ? "process limits" : "control limits", runs);
  }
}
