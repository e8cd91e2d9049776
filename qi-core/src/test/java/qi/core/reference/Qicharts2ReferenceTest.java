package qi.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public qicharts2 0.8.1 case (shared/reference, R 4.2.2) agrees with qi's API per point and
 * per part to 1e-9 relative.
 */
class Qicharts2ReferenceTest {
  static final Path ROOT = Path.of("src/test/resources/reference");

  static List<ReferenceCase> cases() throws IOException {
    return ReferenceCase.qicharts2(ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void apiAgreesWithQicharts2(ReferenceCase reference) throws IOException {
    assertThat(reference.differences(reference.analyzeWithApi())).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyChartTypeHasAReferenceCase() throws IOException {
    assertThat(cases().stream().map(ReferenceCase::chartId).distinct())
        .containsExactlyInAnyOrder(
            "run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip");
  }
}
