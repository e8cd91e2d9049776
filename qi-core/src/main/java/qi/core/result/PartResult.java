package qi.core.result;

import java.util.OptionalInt;

/**
 * The summary of one part, as qicharts2's {@code summary()}: the runs analysis, the number of sigma
 * signals, and the centre line and limits averaged over the part's points (undefined limits
 * skipped; NaN when all are undefined).
 *
 * @param part 1-based part number
 * @param nObs included points, missing values among them
 * @param nUseful included points with a value off the centre line
 * @param longestRun longest run on one side of the centre line; empty when nUseful is 0
 * @param longestRunMax longest run the Anhøj rule allows; empty when nUseful is 0
 * @param crossings number of crossings of the centre line; empty when nUseful is 0
 * @param crossingsMin fewest crossings the Anhøj rule allows; empty when nUseful is 0
 * @param runsSignal whether the runs analysis signals (always false for an MR chart)
 * @param sigmaSignals number of points outside the control limits
 * @param cl mean centre line of the part
 * @param lcl mean lower control limit
 * @param ucl mean upper control limit
 * @param lwl mean lower warning limit
 * @param uwl mean upper warning limit
 * @param variation the NHS variation icon, from the part's last point
 * @param assurance the NHS assurance icon against the target; null without a target or with a
 *     neutral direction
 * @param shortPartWarning whether the part has fewer than 13 points, so that its limits are trial
 *     limits (NHSRplotthedots 0.2.2 {@code ptd_add_short_group_warnings})
 * @param center CUSUM and EWMA charts: the in-control mean μ₀ (given, or estimated from the
 *     calibration points); NaN for other charts
 * @param sd CUSUM and EWMA charts: the process standard deviation σ; NaN for other charts
 * @param sdMethod CUSUM and EWMA charts: the {@code SdMethod} id that estimated σ, or {@code
 *     given}; null for other charts
 */
public record PartResult(
    int part,
    int nObs,
    int nUseful,
    OptionalInt longestRun,
    OptionalInt longestRunMax,
    OptionalInt crossings,
    OptionalInt crossingsMin,
    boolean runsSignal,
    int sigmaSignals,
    double cl,
    double lcl,
    double ucl,
    double lwl,
    double uwl,
    Variation variation,
    Assurance assurance,
    boolean shortPartWarning,
    double center,
    double sd,
    String sdMethod) {

  /**
   * What a part with {@link #shortPartWarning()} means, in words (the verdict and the board summary
   * say it): its limits are trial limits.
   */
  public static final String SHORT_PART_NOTE =
      "fewer than 13 points, so these are trial limits; they will settle as data accrue";
}
