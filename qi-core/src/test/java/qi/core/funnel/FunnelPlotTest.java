package qi.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelPlotTest {
  private static List<FunnelRow> rows(double[][] on) {
    return java.util.stream.IntStream.range(0, on.length)
        .mapToObj(i -> new FunnelRow("T" + (i + 1), on[i][0], on[i][1], i + 2))
        .toList();
  }

  private static final List<FunnelRow> FOUR =
      rows(new double[][] {{10, 100}, {20, 100}, {15, 120}, {30, 90}});

  @Test
  void rowsOfOneUnitAreSummed() {
    List<FunnelRow> split =
        List.of(
            new FunnelRow("A", 4, 40, 2),
            new FunnelRow("B", 20, 100, 3),
            new FunnelRow("A", 6, 60, 4),
            new FunnelRow("C", 15, 120, 5));
    Funnel f = FunnelPlot.of(FunnelType.PR, split).analyze();
    assertThat(f.units()).extracting(UnitResult::unit).containsExactly("A", "B", "C");
    assertThat(f.units().get(0).numerator()).isEqualTo(10.0); // 4 + 6
    assertThat(f.units().get(0).denominator()).isEqualTo(100.0); // 40 + 60
    // target ΣO/Σn = (10 + 20 + 15) / (100 + 100 + 120)
    assertThat(f.target()).isEqualTo((10 + 20 + 15) / 320.0);
  }

  @Test
  void shmiRoundsTheExpectedCountButPlotsTheUnroundedRatio() {
    List<FunnelRow> r =
        List.of(
            new FunnelRow("A", 10, 9.876, 2),
            new FunnelRow("B", 20, 20.004, 3),
            new FunnelRow("C", 30, 31.5, 4));
    UnitResult a = FunnelPlot.of(FunnelType.SR, r).analyze().units().get(0);
    assertThat(a.denominator()).isEqualTo(9.88); // R: round(9.876, 2)
    assertThat(a.value()).isEqualTo(10 / 9.876); // rr before rounding, as FunnelPlotR
    assertThat(a.z()).isEqualTo(Math.sqrt(9.88) * Math.log(10 / 9.88));
    UnitResult unrounded =
        FunnelPlot.of(FunnelType.SR, r).shmiRounding(false).analyze().units().get(0);
    assertThat(unrounded.denominator()).isEqualTo(9.876);
  }

  @Test
  void noOverdispersionMeansUnadjustedLimitsFlagTheUnits() {
    // binomial-looking data: phi <= 1, so even with the adjustment on the plain limits are used
    Funnel f =
        FunnelPlot.of(
                FunnelType.PR, rows(new double[][] {{10, 100}, {11, 100}, {9, 100}, {10, 100}}))
            .analyze();
    assertThat(f.phi()).isLessThanOrEqualTo(1);
    assertThat(f.adjusted()).isFalse();
    assertThat(f.overdispersion()).isTrue();
  }

  @Test
  void aZeroCountUnderShmiHasNoFiniteZScore() {
    Funnel f =
        FunnelPlot.of(
                FunnelType.SR, rows(new double[][] {{0, 5}, {10, 10}, {12, 11}, {9, 10}, {30, 31}}))
            .analyze();
    assertThat(f.units().get(0).z()).isNaN(); // sqrt(5)·log(0) = −∞
  }

  @Test
  void outliersAreReportedWithTheirSide() {
    Funnel f =
        FunnelPlot.of(
                FunnelType.PR,
                rows(
                    new double[][] {
                      {100, 1000}, {105, 1000}, {98, 1000}, {300, 1000}, {10, 1000}, {102, 1000}
                    }))
            .overdispersion(false)
            .analyze();
    assertThat(f.high()).extracting(UnitResult::unit).containsExactly("T4");
    assertThat(f.low()).extracting(UnitResult::unit).containsExactly("T5");
    assertThat(f.units().get(3).side()).isEqualTo(Side.HIGH);
    assertThat(f.units().get(0).outlier()).isFalse();
  }

  @Test
  void denominatorMustBePositiveForAProportion() {
    List<FunnelRow> r = List.of(new FunnelRow("Ward 7", 1, 0, 9));
    assertThatThrownBy(() -> FunnelPlot.of(FunnelType.PR, r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit \"Ward 7\" (row 9): denominator (0.0) must be a finite number > 0");
  }

  @Test
  void expectedCountMustBePositiveForAStandardisedRatio() {
    List<FunnelRow> r = List.of(new FunnelRow("Trust B", 3, -1, 4));
    assertThatThrownBy(() -> FunnelPlot.of(FunnelType.SR, r))
        .hasMessageContaining("unit \"Trust B\" (row 4): expected count (-1.0) must be");
  }

  @Test
  void numeratorMayNotExceedTheDenominatorOfAProportion() {
    List<FunnelRow> r = List.of(new FunnelRow("Ward 2", 12, 10, 3));
    assertThatThrownBy(() -> FunnelPlot.of(FunnelType.PR, r))
        .hasMessage(
            "unit \"Ward 2\" (row 3): numerator (12.0) must be <= denominator (10.0) for a"
                + " proportion");
  }

  @Test
  void numeratorMayNotBeNegative() {
    List<FunnelRow> r = List.of(new FunnelRow("Ward 2", -1, 10, 3));
    assertThatThrownBy(() -> FunnelPlot.of(FunnelType.RC, r))
        .hasMessageContaining("unit \"Ward 2\" (row 3): numerator (-1.0) must be");
  }

  @Test
  void fewerThanThreeUnitsAreRejected() {
    List<FunnelRow> r = List.of(new FunnelRow("A", 1, 10, 2), new FunnelRow("B", 2, 10, 3));
    assertThatThrownBy(() -> FunnelPlot.of(FunnelType.PR, r))
        .hasMessage("units (2) must be at least 3 for a funnel plot: A, B");
  }

  @Test
  void settingsAreChecked() {
    FunnelPlot p = FunnelPlot.of(FunnelType.PR, FOUR);
    assertThatThrownBy(() -> p.trim(0.6)).hasMessage("trim (0.6) must be between 0 and 0.5");
    assertThatThrownBy(() -> p.multiply(0))
        .hasMessage("multiplier (0.0) must be a finite number > 0");
    assertThatThrownBy(() -> LimitLevel.ofPercent(99))
        .hasMessage("limit (99.0) must be 95 or 99.8");
  }

  @Test
  void aTrimThatLeavesNoUnitCannotEstimatePhi() {
    // SHMI with trim 0.5: k = 2, every group is 0 or ≥ k − 1 = 1, so all units are truncated
    FunnelPlot p = FunnelPlot.of(FunnelType.SR, FOUR).trim(0.5);
    assertThatThrownBy(p::analyze).hasMessageContaining("trim (0.5) leaves no unit");
    assertThat(p.overdispersion(false).analyze().phi()).isNaN();
  }

  @Test
  void theSpecificationIsAValue() {
    FunnelPlot p = FunnelPlot.of(FunnelType.PR, FOUR);
    FunnelPlot changed = p.limit(LimitLevel.P95);
    assertThat(p.analyze().limit()).isEqualTo(LimitLevel.P998);
    assertThat(changed.analyze().limit()).isEqualTo(LimitLevel.P95);
    assertThat(p.analyze()).isEqualTo(p.analyze());
  }
}
