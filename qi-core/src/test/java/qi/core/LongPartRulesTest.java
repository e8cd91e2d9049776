package qi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.PointTable;
import qi.core.rules.Rule;
import qi.core.rules.RuleInput;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsFigures;
import qi.core.rules.RunsMethod;
import qi.core.series.Series;

/**
 * The rules of a part of 100,000 points or more are evaluated on every core; each point's signals
 * are still those of each rule alone, in the rule set's order, applied to the analysis' own
 * columns.
 */
class LongPartRulesTest {
  @Test
  void eachRuleOfALongPartFlagsAsItDoesAlone() {
    // an I chart of 150,000 values around 50 with shifts, trends and alternation now and then,
    // under the eight Nelson rules
    SplittableRandom random = new SplittableRandom(1606);
    double[] values = new double[150_000];
    double level = 50;
    for (int i = 0; i < values.length; i++) {
      if (random.nextInt(5_000) == 0) {
        level = 50 + random.nextInt(-3, 4);
      }
      double pattern = i % 40_000 < 20 ? 0.3 * (i % 40_000) : i % 30_000 < 16 ? 4 * (i % 2) : 0;
      values[i] = Math.rint((level + pattern + 2 * random.nextGaussian()) * 100) / 100;
    }
    Analysis analysis =
        ControlChart.of(ChartType.I, Series.ofValues(values)).rules(RuleSet.NELSON).analyze();
    PointTable table = analysis.table();
    PartResult part = analysis.parts().get(0);
    int n = table.size();
    double[][] columns = new double[6][n];
    boolean[] included = new boolean[n];
    for (int i = 0; i < n; i++) {
      columns[0][i] = table.y(i);
      columns[1][i] = table.cl(i);
      columns[2][i] = table.lcl(i);
      columns[3][i] = table.ucl(i);
      columns[4][i] = table.lwl(i);
      columns[5][i] = table.uwl(i);
      included[i] = table.included(i);
    }
    RuleInput input =
        new RuleInput(
            columns[0],
            columns[1],
            columns[2],
            columns[3],
            columns[4],
            columns[5],
            included,
            new RunsFigures(
                part.nObs(),
                part.nUseful(),
                part.longestRun(),
                part.longestRunMax(),
                part.crossings(),
                part.crossingsMin(),
                part.runsSignal()),
            RunsMethod.ANHOEJ);

    List<Rule> rules = RuleSet.NELSON.rules();
    int flaggedPoints = 0;
    for (Rule rule : rules) {
      int[] flags = rule.flags(input);
      for (int i = 0; i < n; i++) {
        assertThat(table.flaggedBy(i, rule)).as("%s at %d", rule.id(), i).isEqualTo(flags[i] != 0);
        flaggedPoints += flags[i] != 0 ? 1 : 0;
      }
    }
    assertThat(flaggedPoints).isPositive();
  }
}
