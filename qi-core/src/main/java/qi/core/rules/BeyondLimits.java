package qi.core.rules;

/**
 * One point strictly outside the 3σ control limits, on either side; a point on a limit does not
 * count, and a missing limit never signals. Every point counts, excluded ones too (they are still
 * plotted and still signalled, as in qicharts2).
 *
 * <p>Source: Shewhart (1931); Western Electric Handbook (1956) test 1; Nelson (1984) test 1; NHS
 * England Making Data Count ("a point outside the process limits"), NHSRplotthedots 0.2.2 {@code
 * ptd_spc_standard}; qicharts2 0.8.1 {@code sigma.signal}.
 *
 * @param id the identifier written in {@code signals} ({@code sigma}, {@code beyond_limits}, {@code
 *     we1}, {@code nelson1})
 */
public record BeyondLimits(String id) implements Rule {
  @Override
  public String description() {
    return "a point outside the control limits";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] flags = new int[part.size()];
    for (int i = 0; i < flags.length; i++) {
      if (part.beyond(i, 3) != 0) {
        flags[i] = part.side(i);
      }
    }
    return flags;
  }
}
