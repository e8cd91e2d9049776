package qi.core.result;

import java.util.List;

/**
 * One point of an analyzed chart. Numbers that are undefined (a missing value, a chart without
 * limits) are NaN; JSON output writes them as {@code null}. Values are after {@code multiply}.
 *
 * @param index 1-based position in the sorted, aggregated series
 * @param x the x value as text: a number, or an ISO date or date-time
 * @param y the plotted value
 * @param n the denominator (Σn of the subgroup), or the subgroup size for Xbar and S charts; NaN
 *     when there is none
 * @param part 1-based part
 * @param baseline whether the point is within the frozen baseline (true for all without freeze)
 * @param included whether the point takes part in centre line, limits and runs analysis
 * @param cl centre line
 * @param lcl lower control limit (3σ)
 * @param ucl upper control limit (3σ)
 * @param lwl lower warning limit (2σ)
 * @param uwl upper warning limit (2σ)
 * @param sigmaSignal whether y is strictly outside the control limits (CUSUM and EWMA charts:
 *     whether the chart's statistic is strictly outside them)
 * @param runsSignal whether the runs analysis of the point's part signals
 * @param target the target value, NaN when none was given
 * @param signals the identifiers of the rules that flag the point, highest precedence first; empty
 *     when none
 * @param pointType what the first signal means given the improvement direction
 * @param cusumUpper CUSUM chart: the upper sum C⁺ in standard errors (qcc's {@code pos}); NaN for
 *     other charts
 * @param cusumLower CUSUM chart: the lower sum C⁻ ≤ 0 in standard errors (qcc's {@code neg}); NaN
 *     for other charts
 * @param ewma EWMA chart: the smoothed statistic; NaN for other charts
 */
public record PointResult(
    int index,
    String x,
    double y,
    double n,
    int part,
    boolean baseline,
    boolean included,
    double cl,
    double lcl,
    double ucl,
    double lwl,
    double uwl,
    boolean sigmaSignal,
    boolean runsSignal,
    double target,
    List<String> signals,
    PointType pointType,
    double cusumUpper,
    double cusumLower,
    double ewma) {
  public PointResult {
    signals = List.copyOf(signals);
  }
}
