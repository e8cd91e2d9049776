package qi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The crossings limit of the Anhøj rule: the table of small parts and the function agree. */
class RunsMethodTest {
  @Test
  void tableOfSmallPartsIsTheInverseBinomialOfEveryN() {
    // The table holds R 4.2.2's qbinom(0.05, pmax(0:100 - 1, 0), 0.5); the function computes the
    // same quantile with commons-math's BinomialDistribution, used beyond the table.
    for (int useful = 0; useful <= 100; useful++) {
      assertThat(RunsMethod.crossingsMin(useful))
          .as("crossingsMin(%d)", useful)
          .isEqualTo(RunsMethod.qbinom05(useful));
    }
  }

  @Test
  void beyondTheTableTheFunctionAnswers() {
    // qbinom(0.05, 100, 0.5) = 42 and qbinom(0.05, 999, 0.5) = 474 (R 4.2.2)
    assertThat(RunsMethod.crossingsMin(101)).isEqualTo(42);
    assertThat(RunsMethod.crossingsMin(1000)).isEqualTo(474);
  }
}
