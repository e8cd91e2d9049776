package qi.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import qi.core.pdsa.ChangeAnalysis;
import qi.core.pdsa.CycleStudy;
import qi.core.pdsa.PdsaCycle;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectStore;
import qi.core.pdsa.StudyMethod;

/**
 * Did PDSA cycle 6 change time to triage? The study of one cycle of the example project.
 *
 * <ul>
 *   <li>reading a {@code qi pdsa} project with {@link ProjectStore#read()} (read only: the example
 *       project is left as it is);
 *   <li>{@link CycleStudy#analyze}: the cycle's measure analyzed with the cycle's start as a freeze
 *       point: limits from the weeks before it;
 *   <li>the answer in plain words ({@link ChangeAnalysis#summary()}), written to {@code
 *       examples/target/qi-examples/pdsa-cycle-6.txt}.
 * </ul>
 */
public final class PdsaCycleStudy {
  private PdsaCycleStudy() {}

  public static void main(String[] args) {
    Path file = Path.of("examples/pdsa/qi-project.json");
    Project project = ProjectStore.at(file).read();
    PdsaCycle cycle = project.cycle(6);
    ChangeAnalysis study =
        CycleStudy.analyze(project, cycle.number(), file.getParent(), StudyMethod.FREEZE);
    System.out.println("PDSA " + cycle.number() + ": " + cycle.changeIdea());
    System.out.println(study.summary());
    System.out.println("Verdict: " + study.effect().id());
    Path out = Outputs.file("pdsa-cycle-6.txt");
    try {
      Files.writeString(out, study.summary() + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("Written: " + out);
  }
}
