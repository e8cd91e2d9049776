package qi.core.result;

import java.util.List;
import qi.core.parts.Parts;
import qi.core.rules.Direction;
import qi.core.rules.Rule;
import qi.core.rules.RuleSet;
import qi.core.series.Series;

/**
 * The result of analyzing a series: every point and every part, plus notes on how the options were
 * applied (e.g. a freeze ignored because parts were given).
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
    List<PartResult> parts,
    List<String> notes,
    RuleSet rules,
    Direction direction) {
  public Analysis {
    // The engine's columns are immutable already; copying them would build every point.
    points = Points.of(points);
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

  /**
   * The engine's analysis, its points kept as the columns it computed (taken, not copied), each
   * {@link PointResult} built when it is read. Not API: the engine (Engine, in the top package)
   * reaches it through a private lookup, as its part masks are a type of an unexported package.
   * Anyone else builds an analysis with the constructor.
   *
   * @param subgrouped whether a point's n is its subgroup size (Xbar and S charts without a
   *     denominator)
   * @param lines y, cl, lcl, ucl, lwl and uwl per point
   * @param runsSignalOfPart whether the runs analysis of each part signals
   * @param signalMask per point, bit r set when the r-th rule of {@code rules} flags it
   * @param pointTypes per point, the ordinal of its {@link PointType}
   */
  @SuppressWarnings("unused")
  private static Analysis ofColumns(
      String chart,
      Series series,
      boolean subgrouped,
      Parts masks,
      double[][] lines,
      boolean[] runsSignalOfPart,
      double target,
      int[] signalMask,
      byte[] pointTypes,
      List<PartResult> parts,
      List<String> notes,
      RuleSet rules,
      Direction direction) {
    List<String> ruleIds = rules.rules().stream().map(Rule::id).toList();
    PointColumns points =
        new PointColumns(
            series,
            subgrouped,
            masks,
            lines,
            runsSignalOfPart,
            target,
            signalMask,
            ruleIds,
            pointTypes);
    return new Analysis(chart, points, parts, notes, rules, direction);
  }

  /** Whether any point signals by a rule of the rule set. */
  public boolean hasSignal() {
    return readablePoints().hasSignal();
  }

  /**
   * The points read by position, field by field, without building a {@link PointResult} per point
   * (see {@link PointTable}).
   */
  public PointTable table() {
    return new PointTable(readablePoints(), rules.rules());
  }

  /** The points as the verdict reads them: the constructor made them {@link Points}. */
  Points readablePoints() {
    return (Points) points;
  }
}
