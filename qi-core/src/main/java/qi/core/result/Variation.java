package qi.core.result;

import java.util.Locale;
import qi.core.rules.Direction;

/**
 * The NHS "Making Data Count" variation icon of a part, from the point type of its last point: an
 * improvement is high when higher is better and low when lower is better; a concern the reverse
 * (NHSRplotthedots 0.2.2 {@code ptd_get_icons}).
 */
public enum Variation {
  COMMON_CAUSE,
  IMPROVEMENT_HIGH,
  IMPROVEMENT_LOW,
  CONCERN_HIGH,
  CONCERN_LOW,
  NEUTRAL_HIGH,
  NEUTRAL_LOW;

  public static Variation of(PointType last, Direction direction) {
    boolean increase = direction == Direction.INCREASE;
    return switch (last) {
      case COMMON_CAUSE -> COMMON_CAUSE;
      case SPECIAL_CAUSE_IMPROVEMENT -> increase ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
      case SPECIAL_CAUSE_CONCERN -> increase ? CONCERN_LOW : CONCERN_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_HIGH -> NEUTRAL_HIGH;
      case SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL_LOW;
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
