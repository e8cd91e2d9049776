package qi.core.pdsa;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A second process for {@link ProjectStoreTest}: adds cycles to a project, one update each.
 *
 * <p>Arguments: the project file, a label, and the number of cycles to add ({@code 0}: forever,
 * until killed). Each cycle's change idea is {@code LABEL-i}.
 */
public final class StoreWriterMain {
  private StoreWriterMain() {}

  public static void main(String[] args) {
    ProjectStore store = ProjectStore.at(Path.of(args[0]));
    String label = args[1];
    int count = Integer.parseInt(args[2]);
    String padding = args.length > 3 ? "x".repeat(Integer.parseInt(args[3])) : "";
    for (int i = 1; count == 0 || i <= count; i++) {
      String idea = label + "-" + i;
      store.update(
          p ->
              p.withCycle(
                  PdsaCycle.planned(
                      p.nextCycleNumber(),
                      idea,
                      "Objective " + padding,
                      List.of(),
                      "Prediction",
                      LocalDate.parse("2025-01-06"))));
    }
  }
}
