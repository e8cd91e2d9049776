package qi.charts;

import java.util.Objects;
import qi.core.result.Analysis;

/**
 * One panel of {@link SmallMultiples}: a name (the value of the facet column, user text) and its
 * analysis.
 *
 * @param name the panel's title
 * @param analysis what the panel draws
 */
public record Panel(String name, Analysis analysis) {
  public Panel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(analysis, "analysis");
  }
}
