package qi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import qi.core.runs.AnhoejRuns;

/**
 * The Anhøj runs rules flag points in one pass over the part; they flag the very points of the rule
 * as written over the positions of the useful observations ({@link RuleInput#usefulSequence} and
 * {@link Patterns#stretches}, as before issue 16): random parts of 1 to 300 points with long runs,
 * points on the centre line, missing values and excluded points, under each runs method.
 */
class AnhoejRulesOnePassTest {
  @Property(seed = "1601", tries = 2000)
  void longRunFlagsTheStretchesOfTheUsefulSequence(@ForAll long seed) {
    for (RunsMethod method : RunsMethod.values()) {
      RuleInput part = randomPart(new SplittableRandom(seed), method);

      assertThat(Rules.LONG_RUN.flags(part)).isEqualTo(longRunAsWritten(part));
    }
  }

  @Property(seed = "1602", tries = 2000)
  void fewCrossingsFlagsEveryUsefulPoint(@ForAll long seed) {
    RuleInput part = randomPart(new SplittableRandom(seed), RunsMethod.ANHOEJ);
    int[] expected = new int[part.size()];
    RunsFigures runs = part.runs();
    if (runs.signal()
        && runs.crossings().isPresent()
        && runs.crossings().getAsInt() < runs.crossingsMin().getAsInt()) {
      for (int i : part.usefulSequence()) {
        expected[i] = Rules.UNSIDED;
      }
    }

    assertThat(Rules.FEW_CROSSINGS.flags(part)).isEqualTo(expected);
  }

  /** AnhoejLongRun's flags as they were computed before: stretches of the useful sequence. */
  private static int[] longRunAsWritten(RuleInput part) {
    RunsFigures runs = part.runs();
    if (!runs.signal() || runs.longestRun().isEmpty()) {
      return new int[part.size()];
    }
    int longest = runs.longestRun().getAsInt();
    int allowed = runs.longestRunMax().getAsInt();
    boolean fewCrossings = runs.crossings().getAsInt() < runs.crossingsMin().getAsInt();
    int threshold;
    if (longest > allowed) {
      threshold = allowed + 1;
    } else if (part.runsMethod() != RunsMethod.ANHOEJ && !fewCrossings) {
      threshold = longest;
    } else {
      return new int[part.size()];
    }
    int[] positions = part.usefulSequence();
    return Patterns.stretches(
        part.size(),
        positions,
        threshold,
        k -> part.side(positions[k]),
        k -> part.side(positions[k]));
  }

  /** Runs of random length on either side of 0, some values on it, missing or excluded. */
  private static RuleInput randomPart(SplittableRandom random, RunsMethod method) {
    int n = 1 + random.nextInt(300);
    double[] y = new double[n];
    boolean[] included = new boolean[n];
    int side = 1;
    for (int i = 0; i < n; i++) {
      if (random.nextInt(random.nextInt(2, 30)) == 0) {
        side = -side;
      }
      int kind = random.nextInt(40);
      y[i] = kind == 0 ? Double.NaN : kind == 1 ? 0 : side * (1 + random.nextInt(5));
      included[i] = random.nextInt(25) != 0;
    }
    double[] cl = new double[n];
    double[] undefined = new double[n];
    Arrays.fill(undefined, Double.NaN);
    return new RuleInput(
        y,
        cl,
        undefined,
        undefined,
        undefined,
        undefined,
        included,
        AnhoejRuns.analyze(y, 0, included, method),
        method);
  }
}
