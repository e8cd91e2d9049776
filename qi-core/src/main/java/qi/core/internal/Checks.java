package qi.core.internal;

import java.util.Collection;

/**
 * Validation at the API boundary, with one message format: {@code argument (value) must be …} plus
 * the context that makes the value wrong.
 */
public final class Checks {
  private Checks() {}

  public static <T> T notNull(String argument, T value) {
    if (value == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    return value;
  }

  public static int atLeast(String argument, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(argument + " (" + value + ") must be >= " + minimum);
    }
    return value;
  }

  public static double positiveFinite(String argument, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          argument + " (" + format(value) + ") must be a finite number > 0");
    }
    return value;
  }

  public static double finite(String argument, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(argument + " (" + format(value) + ") must be finite");
    }
    return value;
  }

  /** Checks a 1-based position in a series of {@code size} subgroups. */
  public static int position(String argument, int value, int size) {
    if (value < 1 || value > size) {
      throw new IllegalArgumentException(
          argument
              + " ("
              + value
              + ") must be between 1 and the number of subgroups ("
              + size
              + ")");
    }
    return value;
  }

  public static void notEmpty(String argument, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(argument + " must not be empty");
    }
  }

  /** Checks that a text is given and not blank; returns it stripped. */
  public static String notBlank(String argument, String value) {
    notNull(argument, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(argument + " (\"" + value + "\") must not be blank");
    }
    return value.strip();
  }

  /** A text that may be absent: null stays null, a blank text becomes null, others are stripped. */
  public static String optionalText(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Checks that {@code value} is not before {@code other} (either may be null, which passes):
   * {@code end (2024-03-01) must not be before start (2024-03-08)}.
   */
  public static <T extends Comparable<? super T>> T notBefore(
      String argument, T value, String otherArgument, T other) {
    if (value != null && other != null && value.compareTo(other) < 0) {
      throw new IllegalArgumentException(
          argument + " (" + value + ") must not be before " + otherArgument + " (" + other + ")");
    }
    return value;
  }

  /** Formats a number for a message: integers without a decimal point. */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
