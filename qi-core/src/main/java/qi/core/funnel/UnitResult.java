package qi.core.funnel;

/**
 * One unit of a funnel plot: its summed counts, its plotted value, its z-score and the four pairs
 * of limits at its denominator. Field names are those of the CLI's JSON.
 *
 * <h2>Missing values</h2>
 *
 * {@code z} is NaN when it is infinite (a standardised ratio with O = 0 under the SHMI method has z
 * = −∞); an adjusted limit is ±∞ when τ² is (a zero count kept by the truncation makes φ infinite).
 * Writers give both as JSON {@code null}.
 *
 * @param unit the unit's name
 * @param numerator O, summed over the unit's rows
 * @param denominator n or E as used: summed, and rounded to 2 decimals where the SHMI method rounds
 * @param value the plotted ratio O/n × multiplier (O over the <em>unrounded</em> E, as FunnelPlotR)
 * @param z the unadjusted z-score on the type's scale (see {@link SrMethod}, {@link FunnelType})
 * @param lcl95 the unadjusted 95 % lower limit at this denominator (multiplied)
 * @param ucl95 the unadjusted 95 % upper limit
 * @param lcl998 the unadjusted 99.8 % lower limit
 * @param ucl998 the unadjusted 99.8 % upper limit
 * @param lcl95Adjusted the 95 % lower limit with the between-unit variance τ²
 * @param ucl95Adjusted the 95 % upper limit with τ²
 * @param lcl998Adjusted the 99.8 % lower limit with τ²
 * @param ucl998Adjusted the 99.8 % upper limit with τ²
 * @param outlier outside the chosen limits (adjusted when in use), bounds inclusive
 * @param side above or below them, or within
 */
public record UnitResult(
    String unit,
    double numerator,
    double denominator,
    double value,
    double z,
    double lcl95,
    double ucl95,
    double lcl998,
    double ucl998,
    double lcl95Adjusted,
    double ucl95Adjusted,
    double lcl998Adjusted,
    double ucl998Adjusted,
    boolean outlier,
    Side side) {}
