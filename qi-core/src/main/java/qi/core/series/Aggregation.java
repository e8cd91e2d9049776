package qi.core.series;

import java.util.Locale;
import qi.core.internal.Stats;

/**
 * How the values of observations that share an x are combined into the subgroup's value when there
 * is no denominator (qicharts2 {@code agg.fun}). Missing values are skipped; a subgroup with no
 * value at all is missing (NaN), whichever function is chosen.
 */
public enum Aggregation {
  MEAN,
  MEDIAN,
  SUM,
  /** The sample standard deviation (n − 1); missing for a subgroup of one value. */
  SD;

  double apply(double[] values) {
    return switch (this) {
      case MEAN -> Stats.mean(values);
      case MEDIAN -> Stats.median(values);
      case SUM -> Stats.sum(values);
      case SD -> Stats.sd(values);
    };
  }

  /**
   * The name used in the CLI and in messages: {@code mean}, {@code median}, {@code sum}, {@code
   * sd}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
