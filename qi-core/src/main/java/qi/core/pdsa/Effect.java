package qi.core.pdsa;

import java.util.Locale;
import qi.core.rules.Direction;

/**
 * What the data did after a cycle started, read against the measure's {@link Direction}.
 *
 * <ul>
 *   <li>{@link #NO_SIGNAL}: common-cause variation only after the start.
 *   <li>{@link #IMPROVEMENT}: a special cause in the measure's direction of improvement.
 *   <li>{@link #DETERIORATION}: a special cause against it.
 *   <li>{@link #NEUTRAL}: a special cause on a measure with no preferred direction.
 * </ul>
 */
public enum Effect {
  NO_SIGNAL,
  IMPROVEMENT,
  DETERIORATION,
  NEUTRAL;

  /** The name in JSON: {@code no_signal}, {@code improvement}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static Effect fromId(String id) {
    return Ids.fromId(Effect.class, "effect", id);
  }
}
