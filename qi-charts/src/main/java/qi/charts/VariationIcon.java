package qi.charts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The NHS "Making Data Count" variation icon: what the latest points of an XmR chart say, and in
 * which direction is better. Drawn by {@link ChartStyle#icons}; qi-charts decides none of this.
 */
public enum VariationIcon {
  /** Common-cause variation only (grey). */
  COMMON_CAUSE("common_cause"),
  /** Special cause, improvement, values high (blue). */
  IMPROVEMENT_HIGH("improvement_high"),
  /** Special cause, improvement, values low (blue). */
  IMPROVEMENT_LOW("improvement_low"),
  /** Special cause, concern, values high (orange). */
  CONCERN_HIGH("concern_high"),
  /** Special cause, concern, values low (orange). */
  CONCERN_LOW("concern_low"),
  /** Special cause where neither direction is better, values high (purple). */
  NEUTRAL_HIGH("neutral_high"),
  /** Special cause where neither direction is better, values low (purple). */
  NEUTRAL_LOW("neutral_low");

  private final String id;

  VariationIcon(String id) {
    this.id = id;
  }

  /** The identifier used in JSON and on the command line, e.g. {@code improvement_high}. */
  public String id() {
    return id;
  }

  /**
   * The variation with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static VariationIcon fromId(String id) {
    for (VariationIcon v : values()) {
      if (v.id.equalsIgnoreCase(id.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "variation ("
            + id
            + ") must be one of "
            + Arrays.stream(values()).map(VariationIcon::id).collect(Collectors.joining(", ")));
  }

  boolean isHigh() {
    return id.endsWith("_high");
  }

  boolean isLow() {
    return id.endsWith("_low");
  }

  PointCategory category() {
    return switch (this) {
      case COMMON_CAUSE -> PointCategory.COMMON_CAUSE;
      case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> PointCategory.IMPROVEMENT;
      case CONCERN_HIGH, CONCERN_LOW -> PointCategory.CONCERN;
      case NEUTRAL_HIGH, NEUTRAL_LOW -> PointCategory.NEUTRAL;
    };
  }

  /** The icon in words, as "Making Data Count" names it, for readers who cannot see it. */
  public String describe() {
    return switch (this) {
      case COMMON_CAUSE -> "Variation icon: common cause variation only (grey)";
      case IMPROVEMENT_HIGH ->
          "Variation icon: special cause variation of an improving nature, values higher (blue)";
      case IMPROVEMENT_LOW ->
          "Variation icon: special cause variation of an improving nature, values lower (blue)";
      case CONCERN_HIGH ->
          "Variation icon: special cause variation of a concerning nature, values higher (orange)";
      case CONCERN_LOW ->
          "Variation icon: special cause variation of a concerning nature, values lower (orange)";
      case NEUTRAL_HIGH ->
          "Variation icon: special cause variation, neither improving nor concerning, values"
              + " higher (purple)";
      case NEUTRAL_LOW ->
          "Variation icon: special cause variation, neither improving nor concerning, values"
              + " lower (purple)";
    };
  }
}
