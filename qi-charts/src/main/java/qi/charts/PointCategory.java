package qi.charts;

import java.awt.Color;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.PointTable;
import qi.core.rules.Direction;
import qi.core.rules.Rule;
import qi.core.rules.Rules;

/**
 * How a point is coloured. {@link #of(PointResult, Analysis)} is the one place that decides.
 *
 * <p>Colours mean what they say. With an improvement direction, or under the NHS "Making Data
 * Count" rules, a signalled point takes the colour of its point type: {@link #IMPROVEMENT} (blue),
 * {@link #CONCERN} (orange), {@link #NEUTRAL} (purple: no direction, or a signal without a side).
 * Without a direction under the other rule sets, the neutral colours of qicharts2's tradition: a
 * point outside its control limits is {@link #SPECIAL_CAUSE} (red), a point that another rule flags
 * (a long run, a trend) is {@link #SHIFT} (amber); any other point is {@link #COMMON_CAUSE}.
 */
public enum PointCategory {
  /** Common-cause variation: NHS grey {@code #7b7d7d}. */
  COMMON_CAUSE("Common cause", new Color(0x7b7d7d)),
  /** Outside the 3σ control limits: red {@code #d62728}. */
  SPECIAL_CAUSE("Outside the limits", new Color(0xd62728)),
  /** Flagged by a runs or pattern rule (a long run, too few crossings, a trend): amber. */
  SHIFT("Run or pattern signal", new Color(0xc98a00)),
  /** NHS special cause, improvement: blue {@code #289de0}. */
  IMPROVEMENT("Improvement", new Color(0x289de0)),
  /** NHS special cause, concern: orange {@code #fab428}. */
  CONCERN("Concern", new Color(0xfab428)),
  /** NHS special cause, neither direction better: purple {@code #361475}. */
  NEUTRAL("Neutral", new Color(0x361475));

  private final String label;
  private final Color colour;

  PointCategory(String label, Color colour) {
    this.label = label;
    this.colour = colour;
  }

  /**
   * The neutral category of a point: {@link #COMMON_CAUSE} without a signal, {@link #SPECIAL_CAUSE}
   * when it is outside its control limits ({@code sigmaSignal}), else {@link #SHIFT} (flagged by
   * another rule of the rule set).
   */
  public static PointCategory of(PointResult point) {
    if (point.signals().isEmpty()) {
      return COMMON_CAUSE;
    }
    return point.sigmaSignal() ? SPECIAL_CAUSE : SHIFT;
  }

  /**
   * The category of point i of {@code analysis}, as {@link #of(PointResult, Analysis)}, read from
   * its table: a point that only rules without a side of the rule set flag (a signal of the whole
   * part, too few crossings) is common cause without being built, so a million such points cost no
   * million {@code PointResult}s; any other signalled point is built and decided there.
   */
  static PointCategory of(PointTable table, int i, Analysis analysis) {
    if (!table.signalled(i)) {
      return COMMON_CAUSE;
    }
    boolean byRuleSet = false;
    for (Rule rule : analysis.rules().rules()) {
      if (table.flaggedBy(i, rule)) {
        if (rule.sided()) {
          return of(table.point(i), analysis);
        }
        byRuleSet = true;
      }
    }
    return byRuleSet ? COMMON_CAUSE : of(table.point(i), analysis);
  }

  /**
   * The category of a point of {@code analysis}: with an improvement direction or a "Making Data
   * Count" rule set, the colour of its {@code pointType} (improvement blue, concern orange, neutral
   * purple, common cause grey); otherwise {@link #of(PointResult)}.
   */
  public static PointCategory of(PointResult point, Analysis analysis) {
    if (point.signals().isEmpty() || !sided(point, analysis)) {
      // Only a signal of the whole part (too few crossings): the dashed centre line shows it;
      // painting every point of the part would say each of them is special.
      return COMMON_CAUSE;
    }
    boolean nhs = analysis.rules().rules().contains(Rules.NHS_BEYOND_LIMITS);
    if (!nhs && analysis.direction() == Direction.NEUTRAL) {
      return of(point);
    }
    return switch (point.pointType()) {
      case COMMON_CAUSE -> COMMON_CAUSE;
      case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
      case SPECIAL_CAUSE_CONCERN -> CONCERN;
      case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
    };
  }

  /**
   * Whether a rule with a side (above or below) flags the point; a CUSUM's or an EWMA's own signals
   * ({@code ewma_upper}, {@code cusum_lower}) have one.
   */
  private static boolean sided(PointResult point, Analysis analysis) {
    if (analysis.chart().equals("cusum") || analysis.chart().equals("ewma")) {
      return !point.signals().isEmpty();
    }
    for (Rule rule : analysis.rules().rules()) {
      if (rule.sided() && point.signals().contains(rule.id())) {
        return true;
      }
    }
    return false;
  }

  /** A short name for legends and tooltips. */
  public String label() {
    return label;
  }

  /** The fill colour of the point. */
  public Color colour() {
    return colour;
  }

  /** The colour as CSS hex, e.g. {@code #7b7d7d}. */
  public String hex() {
    return String.format("#%06x", colour.getRGB() & 0xffffff);
  }
}
