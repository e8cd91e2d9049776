package qi.charts;

import java.awt.Color;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.rules.RuleSet;

/**
 * How a point is coloured. {@link #of} is the one place that decides: it reads only the point.
 *
 * <p>Today a point outside its control limits is {@link #SPECIAL_CAUSE} (red), a point of a part
 * whose runs analysis signals a shift is {@link #SHIFT} (orange), any other point {@link
 * #COMMON_CAUSE}. The NHS "Making Data Count" categories ({@link #IMPROVEMENT}, {@link #CONCERN},
 * {@link #NEUTRAL}) carry their palette, ready for when the analysis gives NHS point types.
 */
public enum PointCategory {
  /** Common-cause variation: NHS grey {@code #7b7d7d}. */
  COMMON_CAUSE("Common cause", new Color(0x7b7d7d)),
  /** Outside the 3σ control limits: red {@code #d62728}. */
  SPECIAL_CAUSE("Outside the limits", new Color(0xd62728)),
  /** In a part whose runs analysis signals a shift: orange {@code #f28e2b}. */
  SHIFT("Part with a shift", new Color(0xf28e2b)),
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
   * The category of a point: {@link #SPECIAL_CAUSE} when it is outside its control limits ({@code
   * sigmaSignal}), else {@link #SHIFT} when its part's runs analysis signals ({@code runsSignal}),
   * else {@link #COMMON_CAUSE}.
   */
  public static PointCategory of(PointResult point) {
    if (point.sigmaSignal()) {
      return SPECIAL_CAUSE;
    }
    return point.runsSignal() ? SHIFT : COMMON_CAUSE;
  }

  /**
   * The category of a point of {@code analysis}: with the NHS rule set, the NHS "Making Data Count"
   * colour of its {@code pointType} (improvement blue, concern orange, neutral purple, common cause
   * grey); otherwise {@link #of(PointResult)}.
   */
  public static PointCategory of(PointResult point, Analysis analysis) {
    if (!RuleSet.NHS.equals(analysis.rules())) {
      return of(point);
    }
    return switch (point.pointType()) {
      case COMMON_CAUSE -> COMMON_CAUSE;
      case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
      case SPECIAL_CAUSE_CONCERN -> CONCERN;
      case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
    };
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
