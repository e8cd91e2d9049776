package qi.core.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import qi.core.rules.RunsFigures;
import qi.core.rules.RunsMethod;

/**
 * The runs analysis on tiny hand-made series. Limits: round(log₂ n) + 3 (Schilling 2012) and
 * qbinom(0.05, n − 1, 0.5) (Chen 2010), as qicharts2 0.8.1 {@code runs.analysis}; the values for n
 * = 24 (8 and 8) are those of shared/reference/README.md.
 */
class AnhoejRunsTest {
  private static RunsFigures analyze(double... y) {
    boolean[] included = new boolean[y.length];
    Arrays.fill(included, true);
    return AnhoejRuns.analyze(y, 0, included, RunsMethod.ANHOEJ);
  }

  @Test
  void limitsForTwentyFourUsefulObservationsAreEightAndEight() {
    assertThat(RunsMethod.longestRunMax(24)).isEqualTo(8);
    assertThat(RunsMethod.crossingsMin(24)).isEqualTo(8);
  }

  @Test
  void limitsForTenUsefulObservations() {
    // round(log2 10) + 3 = round(3.32) + 3 = 6; qbinom(0.05, 9, 0.5) = 2 (R 4.2.2)
    assertThat(RunsMethod.longestRunMax(10)).isEqualTo(6);
    assertThat(RunsMethod.crossingsMin(10)).isEqualTo(2);
    assertThat(RunsMethod.crossingsMin(1)).isZero();
  }

  @Test
  void countsRunsAndCrossings() {
    RunsFigures runs = analyze(1, 1, -1, 1, 1, 1, -1, -1);

    assertThat(runs.nUseful()).isEqualTo(8);
    assertThat(runs.longestRun()).hasValue(3);
    assertThat(runs.crossings()).hasValue(3);
  }

  @Test
  void pointOnCentreLineNeitherBreaksNorExtendsRun() {
    RunsFigures runs = analyze(1, 1, 0, 1, -1);

    assertThat(runs.nObs()).isEqualTo(5);
    assertThat(runs.nUseful()).isEqualTo(4);
    assertThat(runs.longestRun()).hasValue(3);
    assertThat(runs.crossings()).hasValue(1);
  }

  @Test
  void missingValuesCountAsObservationsButNotAsUseful() {
    RunsFigures runs = analyze(1, Double.NaN, -1);

    assertThat(runs.nObs()).isEqualTo(3);
    assertThat(runs.nUseful()).isEqualTo(2);
  }

  @Test
  void noUsefulObservationsGivesNoFiguresAndNoSignal() {
    RunsFigures runs = analyze(0, 0, 0);

    assertThat(runs.longestRun()).isEmpty();
    assertThat(runs.crossingsMin()).isEmpty();
    assertThat(runs.signal()).isFalse();
  }

  @Test
  void longRunSignalsOnlyPastTheLimit() {
    double[] nine = new double[24];
    for (int i = 0; i < 24; i++) {
      nine[i] = i < 9 ? 1 : (i % 2 == 0 ? 1 : -1);
    }
    assertThat(analyze(nine).longestRun()).hasValue(9);
    assertThat(analyze(nine).signal()).isTrue();
    nine[8] = -1;
    assertThat(analyze(nine).longestRun()).hasValue(8);
    assertThat(analyze(nine).signal()).isFalse();
  }

  @Test
  void bestBoxAndCutBoxDecideAsTheirTable() {
    // qicharts2 0.8.1 crsignal(), n = 30: cb 11, lb 10, cbord 12, lbord 9 (shared/reference
    // README: pattern A l 9 c 12, pattern B l 10 c 11).
    assertThat(RunsMethod.ANHOEJ.signals(30, 12, 9)).isTrue();
    assertThat(RunsMethod.BESTBOX.signals(30, 12, 9)).isFalse();
    assertThat(RunsMethod.CUTBOX.signals(30, 12, 9)).isFalse();
    assertThat(RunsMethod.BESTBOX.signals(30, 11, 10)).isFalse();
    assertThat(RunsMethod.CUTBOX.signals(30, 11, 10)).isTrue();
  }

  @Test
  void boxMethodsFallBackToAnhoejOutsideTheirTable() {
    assertThat(RunsMethod.BESTBOX.signals(8, 0, 8)).isEqualTo(RunsMethod.ANHOEJ.signals(8, 0, 8));
  }
}
