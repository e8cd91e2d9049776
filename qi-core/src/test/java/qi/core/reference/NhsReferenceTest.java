package qi.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public NHSRplotthedots 0.2.2 case (shared/reference, R 4.2.2) agrees with qi's XmR chart
 * and NHS rules through the API: mean, limits, rule, point type and icons.
 */
class NhsReferenceTest {
  static List<NhsReferenceCase> cases() throws IOException {
    return NhsReferenceCase.all(Qicharts2ReferenceTest.ROOT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void apiAgreesWithNhsrPlotTheDots(NhsReferenceCase reference) throws IOException {
    assertThat(reference.differences(reference.analyzeWithApi())).isEmpty();
  }
}
