package qi.core.funnel;

/**
 * The funnel limits at one denominator of the drawing grid (all multiplied by the multiplier).
 *
 * @param denominator n or E
 * @param lcl95 the unadjusted 95 % lower limit
 * @param ucl95 the unadjusted 95 % upper limit
 * @param lcl998 the unadjusted 99.8 % lower limit
 * @param ucl998 the unadjusted 99.8 % upper limit
 * @param lcl95Adjusted the 95 % lower limit with τ²
 * @param ucl95Adjusted the 95 % upper limit with τ²
 * @param lcl998Adjusted the 99.8 % lower limit with τ²
 * @param ucl998Adjusted the 99.8 % upper limit with τ²
 */
public record LimitPoint(
    double denominator,
    double lcl95,
    double ucl95,
    double lcl998,
    double ucl998,
    double lcl95Adjusted,
    double ucl95Adjusted,
    double lcl998Adjusted,
    double ucl998Adjusted) {

  /** The lower limit of {@code level}, adjusted or not. */
  public double lower(LimitLevel level, boolean adjusted) {
    return level == LimitLevel.P95
        ? (adjusted ? lcl95Adjusted : lcl95)
        : (adjusted ? lcl998Adjusted : lcl998);
  }

  /** The upper limit of {@code level}, adjusted or not. */
  public double upper(LimitLevel level, boolean adjusted) {
    return level == LimitLevel.P95
        ? (adjusted ? ucl95Adjusted : ucl95)
        : (adjusted ? ucl998Adjusted : ucl998);
  }
}
