package qi.core.io;

/**
 * Input that qi cannot read: a missing file or column, a value that is not a number or a date, a
 * denominator that is not positive. The message is one line naming the source, the line and the
 * column.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
