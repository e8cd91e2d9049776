package qi.core.series;

/**
 * The observations that share one x value, after aggregation: what one point of a chart is made
 * from. Field names follow qicharts2's {@code qic.agg} ({@code y.sum}, {@code y.length}, {@code
 * y.mean}, {@code y.sd}).
 *
 * @param x the shared x value (after bucketing by period)
 * @param value the subgroup's value: the aggregated y, or Σy/Σn for ratios; NaN when missing
 * @param n Σn over the complete rows for ratios; NaN without a denominator or when none is complete
 * @param sum Σy over the non-missing values; NaN when there are none
 * @param count the number of non-missing values
 * @param mean the mean of the non-missing values; NaN when there are none
 * @param sd the sample standard deviation of the non-missing values; NaN for fewer than two
 * @param label the part label of the subgroup's first row; null when labels are not used
 */
public record Subgroup(
    XValue x,
    double value,
    double n,
    double sum,
    int count,
    double mean,
    double sd,
    String label) {}
