package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qi.core.reference.NhsReferenceCase;
import qi.core.reference.ReferenceCase;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public qicharts2 0.8.1 case agrees with {@code qi analyze --format json} (the CLI
 * contract), called with the arguments shared/tools/reference-check uses.
 */
class AnalyzeReferenceTest {
  static List<ReferenceCase> cases() throws IOException {
    return ReferenceCase.qicharts2(Path.of("../qi-core/src/test/resources/reference"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cliAgreesWithQicharts2(ReferenceCase reference) throws IOException {
    CliRun run = CliRun.of(reference.cliArguments());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(reference.differences(new JsonMapper().readTree(run.out()))).isEmpty();
  }

  static List<NhsReferenceCase> nhsCases() throws IOException {
    return NhsReferenceCase.all(Path.of("../qi-core/src/test/resources/reference"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nhsCases")
  void cliAgreesWithNhsrPlotTheDots(NhsReferenceCase reference) throws IOException {
    CliRun run = CliRun.of(reference.cliArguments());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(reference.differences(new JsonMapper().readTree(run.out()))).isEmpty();
  }
}
