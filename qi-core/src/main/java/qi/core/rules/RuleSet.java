package qi.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import qi.core.internal.Checks;

/**
 * An ordered selection of rules: a value. The order is the precedence: a point's {@code signals}
 * list the rules that flag it in this order, and the first one decides its point type.
 *
 * <table>
 *   <caption>The named rule sets</caption>
 *   <tr><th>name</th><th>rules, by precedence</th></tr>
 *   <tr><td>{@link #ANHOEJ} (default)</td><td>sigma, long_run, few_crossings</td></tr>
 *   <tr><td>{@link #NHS}</td><td>beyond_limits, trend (7), two_of_three, shift (7)</td></tr>
 *   <tr><td>{@link #WESTERN_ELECTRIC}</td><td>we1 … we4</td></tr>
 *   <tr><td>{@link #NELSON}</td><td>nelson1 … nelson8</td></tr>
 *   <tr><td>{@link #IHI}</td><td>ihi_shift (6), ihi_trend (5), ihi_runs, ihi_astronomical</td></tr>
 * </table>
 *
 * <pre>{@code
 * RuleSet calmer = RuleSet.NHS.without(Rules.NHS_TWO_OF_THREE);
 * RuleSet custom = RuleSet.of(Rules.SIGMA, new SameSide("shift8", 8, true));
 * }</pre>
 */
public final class RuleSet {
  public static final RuleSet ANHOEJ =
      new RuleSet("anhoej", List.of(Rules.SIGMA, Rules.LONG_RUN, Rules.FEW_CROSSINGS));
  public static final RuleSet NHS =
      new RuleSet(
          "nhs",
          List.of(
              Rules.NHS_BEYOND_LIMITS, Rules.NHS_TREND, Rules.NHS_TWO_OF_THREE, Rules.NHS_SHIFT));
  public static final RuleSet WESTERN_ELECTRIC =
      new RuleSet("western-electric", List.of(Rules.WE1, Rules.WE2, Rules.WE3, Rules.WE4));
  public static final RuleSet NELSON =
      new RuleSet(
          "nelson",
          List.of(
              Rules.NELSON1,
              Rules.NELSON2,
              Rules.NELSON3,
              Rules.NELSON4,
              Rules.NELSON5,
              Rules.NELSON6,
              Rules.NELSON7,
              Rules.NELSON8));
  public static final RuleSet IHI =
      new RuleSet(
          "ihi", List.of(Rules.IHI_SHIFT, Rules.IHI_TREND, Rules.IHI_RUNS, Rules.IHI_ASTRONOMICAL));

  private static final List<RuleSet> NAMED = List.of(ANHOEJ, NHS, WESTERN_ELECTRIC, NELSON, IHI);

  /** The most rules one set can hold. */
  public static final int MAX_RULES = 31;

  private final String name;
  private final List<Rule> rules;

  private RuleSet(String name, List<Rule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  /**
   * A custom rule set of at most {@value #MAX_RULES} rules; the order of {@code rules} is their
   * precedence.
   */
  public static RuleSet of(Rule... rules) {
    List<Rule> list = Arrays.asList(rules);
    list.forEach(rule -> Checks.notNull("rule", rule));
    if (list.size() > MAX_RULES) {
      // each point keeps its signals as one bit per rule of an int
      throw new IllegalArgumentException(
          "rules (" + list.size() + ") must be at most " + MAX_RULES + " in one rule set");
    }
    return new RuleSet("custom", list);
  }

  /** The named rule set {@code anhoej}, {@code nhs}, {@code western-electric}, … */
  public static RuleSet named(String name) {
    for (RuleSet set : NAMED) {
      if (set.name.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return set;
      }
    }
    throw new IllegalArgumentException(
        "rules ("
            + name
            + ") must be one of "
            + String.join(", ", NAMED.stream().map(RuleSet::name).toList()));
  }

  /** The names of the named rule sets. */
  public static List<String> names() {
    return NAMED.stream().map(RuleSet::name).toList();
  }

  /** This set without the given rules. */
  public RuleSet without(Rule... removed) {
    List<Rule> kept = new ArrayList<>(rules);
    kept.removeAll(Arrays.asList(removed));
    return new RuleSet("custom", kept);
  }

  public String name() {
    return name;
  }

  public List<Rule> rules() {
    return rules;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleSet set && set.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return name + rules.stream().map(Rule::id).toList();
  }
}
