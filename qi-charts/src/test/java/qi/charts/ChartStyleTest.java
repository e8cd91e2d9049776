package qi.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The style is an immutable value whose checks name the argument and its value. */
class ChartStyleTest {
  @Test
  void everyMethodReturnsANewStyleAndLeavesTheDefaultAlone() {
    ChartStyle titled = ChartStyle.withDefaults().title("A").note("1", "n");

    assertThat(titled.title()).isEqualTo("A");
    assertThat(ChartStyle.withDefaults().title()).isEmpty();
    assertThat(ChartStyle.withDefaults().notes()).isEmpty();
    assertThat(titled.notes()).containsExactly(new Note("1", "n"));
  }

  @Test
  void sizeOutsideTheLimitsIsRejectedNamingSideAndValue() {
    assertThatThrownBy(() -> ChartStyle.withDefaults().size(50, 400))
        .hasMessage("width (50) must be between 100 and 10000");
    assertThatThrownBy(() -> ChartStyle.withDefaults().size(400, 20_000))
        .hasMessage("height (20000) must be between 100 and 10000");
  }

  @Test
  void nonFiniteTargetAndBlankNoteXAreRejected() {
    assertThatThrownBy(() -> ChartStyle.withDefaults().target(Double.NaN))
        .hasMessage("target (NaN) must be finite");
    assertThatThrownBy(() -> new Note(" ", "text")).hasMessageContaining("note x (\" \")");
  }

  @Test
  void iconIdentifiersMatchTheMakingDataCountNames() {
    assertThat(VariationIcon.fromId("improvement_high")).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
    assertThat(AssuranceIcon.fromId("inconsistent")).isEqualTo(AssuranceIcon.INCONSISTENT);
    assertThatThrownBy(() -> VariationIcon.fromId("better"))
        .hasMessageContaining("variation (better) must be one of common_cause, improvement_high");
  }

  @Test
  void outputFormatFollowsTheExtensionWhateverItsCase() {
    assertThat(OutputFormat.of(java.nio.file.Path.of("a/b.SVG"))).contains(OutputFormat.SVG);
    assertThat(OutputFormat.of(java.nio.file.Path.of("report.htm"))).contains(OutputFormat.HTML);
    assertThat(OutputFormat.of(java.nio.file.Path.of("chart"))).isEmpty();
  }
}
