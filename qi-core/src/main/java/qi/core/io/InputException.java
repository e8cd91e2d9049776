package qi.core.io;

/**
 * Input that qi cannot read: a missing file or column, a value that is not a number or a date, a
 * denominator that is not positive. The message is one line naming the source, the line and the
 * column.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An error whose message is {@code message} with every line break (and the space around it) made
   * one space.
   */
  public InputException(String message) {
    super(oneLine(message));
  }

  public InputException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /** Quoted cells and header names can hold line breaks; a message must stay one line. */
  private static String oneLine(String message) {
    return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ");
  }
}
