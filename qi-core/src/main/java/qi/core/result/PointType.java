package qi.core.result;

import java.util.Locale;
import qi.core.rules.Direction;
import qi.core.rules.Rules;

/**
 * What a point's highest-precedence signal means for the measure: improvement or concern given the
 * improvement {@link Direction}, or high/low for a neutral direction (NHSRplotthedots 0.2.2 {@code
 * ptd_point_type}). A signal without a side (e.g. stratification) is neutral whatever the
 * direction, high or low by the point's side of the centre line.
 */
public enum PointType {
  COMMON_CAUSE,
  SPECIAL_CAUSE_IMPROVEMENT,
  SPECIAL_CAUSE_CONCERN,
  SPECIAL_CAUSE_NEUTRAL_HIGH,
  SPECIAL_CAUSE_NEUTRAL_LOW;

  /**
   * The point type of a flag.
   *
   * @param flag the flag of the point's first signal: +1, −1, {@link Rules#UNSIDED}, or 0 for none
   * @param side the point's side of the centre line, for unsided flags
   */
  public static PointType of(int flag, Direction direction, int side) {
    if (flag == 0) {
      return COMMON_CAUSE;
    }
    if (flag == Rules.UNSIDED || direction == Direction.NEUTRAL) {
      int high = flag == Rules.UNSIDED ? side : flag;
      return high >= 0 ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
    }
    return flag * direction.sign() > 0 ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
  }

  /** The identifier in output: {@code common_cause}, {@code special_cause_improvement}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
