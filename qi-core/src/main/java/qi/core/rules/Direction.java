package qi.core.rules;

import java.util.Locale;

/**
 * Which way is better for a measure: higher values ({@link #INCREASE}, e.g. patients seen within 4
 * hours), lower values ({@link #DECREASE}, e.g. falls), or neither ({@link #NEUTRAL}). It turns a
 * signal's side into improvement or concern (NHSRplotthedots {@code improvement_direction}).
 */
public enum Direction {
  INCREASE(1),
  DECREASE(-1),
  NEUTRAL(0);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** +1 when higher is better, −1 when lower is better, 0 for neutral. */
  public int sign() {
    return sign;
  }

  /** The name in JSON and in the CLI: {@code increase}, {@code decrease}, {@code neutral}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The direction with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static Direction fromId(String id) {
    for (Direction d : values()) {
      if (d.id().equalsIgnoreCase(id.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "direction (" + id + ") must be one of increase, decrease, neutral");
  }
}
