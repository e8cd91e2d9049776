package qi.core.result;

import java.util.Locale;
import qi.core.rules.Direction;

/**
 * Whether a part's process will meet its target: {@link #PASS} when the whole range between the
 * control limits is on the good side of the target, {@link #FAIL} when it is all on the bad side,
 * {@link #INCONSISTENT} when the target lies between the limits (NHSRplotthedots 0.2.2 {@code
 * ptd_calculate_assurance_type}: target &gt; upl → fail when higher is better, pass when lower is
 * better; target &lt; lpl the reverse).
 */
public enum Assurance {
  PASS,
  FAIL,
  INCONSISTENT;

  /** The assurance of a part; null without a target or with a neutral direction. */
  public static Assurance of(double target, double lcl, double ucl, Direction direction) {
    if (Double.isNaN(target) || direction == Direction.NEUTRAL) {
      return null;
    }
    boolean increase = direction == Direction.INCREASE;
    if (target > ucl) {
      return increase ? FAIL : PASS;
    }
    if (target < lcl) {
      return increase ? PASS : FAIL;
    }
    return INCONSISTENT;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
