package qi.core.rules;

/**
 * One rule for special-cause variation. A rule looks at one part and flags points: for each point
 * +1 (flagged, on the high side), −1 (flagged, on the low side) or 0 (not flagged). The side turns
 * into improvement or concern through the measure's {@link Direction}.
 *
 * <p>Rules are values: the parameterised ones (run length, trend length) are built by the factories
 * in {@link Rules}, and {@link #id()} names the rule in output ({@code signals}). A rule of your
 * own goes into {@link RuleSet#of}: it reads the part as a {@link RuleInput} (values, centre line,
 * limits and the part's {@link RunsFigures}), which is why those two types are public.
 *
 * <p>A rule may be asked for the flags of several parts at once, from different threads (the parts
 * of a grouped analysis, the rules of a long part): like a value, it keeps no state between calls.
 */
public interface Rule {
  /** The identifier written in a point's {@code signals}, e.g. {@code shift} or {@code we1}. */
  String id();

  /**
   * A plain-language description, e.g. "7 points in a row on one side of the centre line", written
   * with the words "centre line" and "control limits": a verdict puts the chart's own names in
   * their place ("mean", "process limits"; see {@code Vocabulary#describe} in {@code
   * qi.core.result}).
   */
  String description();

  /** For each point of the part: +1 flagged high, −1 flagged low, 0 not flagged. */
  int[] flags(RuleInput part);

  /**
   * Whether the rule's flags have a side (+1/−1); false for patterns of a whole stretch, such as
   * alternation or too few crossings, which flag {@link Rules#UNSIDED}.
   */
  default boolean sided() {
    return true;
  }
}
