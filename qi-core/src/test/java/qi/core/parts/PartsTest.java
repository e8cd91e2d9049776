package qi.core.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parts, freeze, exclusions and fix-after as qicharts2 0.8.1 {@code qic.agg} ({@code makeparts},
 * {@code baseline = xx <= freeze}, {@code include = !xx %in% exclude}) and NHSRplotthedots 0.2.2
 * ({@code fix_after_n_points} per rebase group) define them; positions 1-based.
 */
class PartsTest {
  @Test
  void partsStartAfterTheGivenPositions() {
    Parts parts = Parts.of(6, 0, Set.of(2, 4), Set.of());

    assertThat(parts.partCount()).isEqualTo(3);
    assertThat(parts.partRanges())
        .containsExactly(new int[] {0, 2}, new int[] {2, 4}, new int[] {4, 6});
  }

  @Test
  void freezeMarksTheFirstKPointsAsBaseline() {
    Parts parts = Parts.of(5, 3, Set.of(), Set.of());

    assertThat(parts.isBaseline(2)).isTrue();
    assertThat(parts.isBaseline(3)).isFalse();
  }

  @Test
  void freezeIsIgnoredWhenPartsAreGivenAsInQicharts2() {
    Parts parts = Parts.of(5, 2, Set.of(3), Set.of());

    assertThat(parts.isBaseline(4)).isTrue();
  }

  @Test
  void excludedPointsAreLeftOutButKeepTheirPlace() {
    Parts parts = Parts.of(4, 0, Set.of(), Set.of(2));

    assertThat(parts.isIncluded(1)).isFalse();
    assertThat(parts.isIncluded(2)).isTrue();
    assertThat(parts.size()).isEqualTo(4);
  }

  @Test
  void fixAfterCountsWithinEachPart() {
    Parts parts = Parts.of(6, 0, Set.of(3), Set.of(), 2);

    assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(parts::isBaseline))
        .containsExactly(true, true, false, true, true, false);
  }

  @Test
  void aNewLabelStartsAPartButAReturningLabelDoesNot() {
    assertThat(Parts.partEndsFromLabels(List.of("Before", "Before", "During", "After", "During")))
        .containsExactly(2, 3);
  }

  @Test
  void optionsOutsideTheSeriesNameTheOptionAndValue() {
    assertThatThrownBy(() -> Parts.of(24, 30, Set.of(), Set.of()))
        .hasMessage("freeze (30) must be <= number of subgroups (24)");
    assertThatThrownBy(() -> Parts.of(24, 0, Set.of(24), Set.of()))
        .hasMessageStartingWith("part (24) must be between 1 and 23");
    assertThatThrownBy(() -> Parts.of(24, 0, Set.of(), Set.of(25)))
        .hasMessage("exclude (25) must be between 1 and the number of subgroups (24)");
  }
}
