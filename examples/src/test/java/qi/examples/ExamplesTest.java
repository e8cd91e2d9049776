package qi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the {@code main} of every example, from an explicit list (a new example is added here), from
 * the repository root as a reader would. Each must finish and print a verdict.
 */
class ExamplesTest {
  record Example(String name, Consumer<String[]> main) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Example> examples() {
    return List.of(
        new Example("RunChartFromCsv", RunChartFromCsv::main),
        new Example("PChartWithParts", PChartWithParts::main),
        new Example("FreezeBaselineThenShift", FreezeBaselineThenShift::main),
        new Example("IncidentLogPerWeek", IncidentLogPerWeek::main),
        new Example("ReadExcelWorkbook", ReadExcelWorkbook::main),
        new Example("TriageNhsIcons", args -> uncheck(() -> TriageNhsIcons.main(args))),
        new Example(
            "WardFallsSmallMultiples", args -> uncheck(() -> WardFallsSmallMultiples.main(args))),
        new Example("PdsaCycleStudy", PdsaCycleStudy::main),
        new Example(
            "EmergencyDepartmentBoard",
            args -> uncheck(() -> EmergencyDepartmentBoard.main(args))));
  }

  interface IoMain {
    void run() throws java.io.IOException;
  }

  private static void uncheck(IoMain main) {
    try {
      main.run();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleRunsAndPrintsAVerdict(Example example) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatCode(() -> example.main().accept(new String[0])).doesNotThrowAnyException();
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    // A verdict's headline (Headline.Finding's labels), or the PDSA study's "Verdict: ".
    assertThat(out)
        .containsPattern(
            "(?m)^(Improvement|Concern|Signal of a change|No signal|No verdict|Verdict): ")
        .contains("Written: examples/target/qi-examples/");
  }
}
