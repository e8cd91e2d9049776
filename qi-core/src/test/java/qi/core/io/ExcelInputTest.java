package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.Version;
import org.junit.jupiter.api.Test;

class ExcelInputTest {
  @Test
  void dependencyNamedWithoutPoiIsThePoiQiCoreIsTestedWith() {
    // The message without POI names ExcelInput.POI_DEPENDENCY; the build puts poi.version from the
    // parent pom on this test path, so a POI upgrade that forgets the message fails here.
    assertThat(ExcelInput.POI_DEPENDENCY)
        .isEqualTo("org.apache.poi:poi-ooxml:" + Version.getVersion());
  }

  @Test
  void workbooksAreReadableWhenPoiIsPresent() {
    // POI is on qi-core's test path (an optional dependency is still a test dependency); the case
    // without it is examples/consumer-core's FallsPerMonthTest.
    assertThat(ExcelInput.isAvailable()).isTrue();
  }
}
