package qi.core.result;

import java.util.List;
import qi.core.internal.PointColumns;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;

/**
 * The result of analysing a series: every point and every part (phase), plus notes on how the
 * options were applied (e.g. a freeze ignored because parts were given).
 *
 * @param chart the chart type's identifier ({@code run}, {@code i}, {@code p}, …)
 * @param points the points in x order
 * @param parts the parts in order
 * @param notes plain-language notes for the user; empty when there is nothing to say
 * @param rules the rule set that decided the points' signals
 * @param direction the improvement direction that turned signals into point types
 */
public record Analysis(
    String chart,
    List<PointResult> points,
    List<PhaseResult> parts,
    List<String> notes,
    RuleSet rules,
    Direction direction) {
  public Analysis {
    // The engine's columns are immutable already; copying them would build every point.
    points = points instanceof PointColumns ? points : List.copyOf(points);
    parts = List.copyOf(parts);
    notes = List.copyOf(notes);
  }

  private static final String NO_DENOMINATOR = "no denominator at ";
  private static final String NO_VALUE = ": no value plotted";

  /**
   * The note for a point whose denominator is 0 (with numerator 0): it has no value, and is a gap.
   */
  public static String noDenominatorNote(String x) {
    return NO_DENOMINATOR + x + NO_VALUE;
  }

  /** The x of each point the notes name as having no denominator, in order. */
  public List<String> withoutDenominator() {
    return notes.stream()
        .filter(note -> note.startsWith(NO_DENOMINATOR) && note.endsWith(NO_VALUE))
        .map(note -> note.substring(NO_DENOMINATOR.length(), note.length() - NO_VALUE.length()))
        .toList();
  }

  /** Whether any point signals by a rule of the rule set. */
  public boolean hasSignal() {
    if (points instanceof PointColumns columns) {
      return columns.hasSignal();
    }
    return points.stream().anyMatch(p -> !p.signals().isEmpty());
  }
}
