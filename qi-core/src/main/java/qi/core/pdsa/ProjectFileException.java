package qi.core.pdsa;

/**
 * A project file qi cannot use: invalid JSON, an unknown schema version, a field of the wrong type
 * or a project that does not hold together. The message is one line that names the file and, where
 * there is one, the field ({@code qi-project.json: cycles[2].start ("2025-13-01") must be a date
 * YYYY-MM-DD}). The file is never changed when this is thrown.
 */
public final class ProjectFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the file, for a caller that wants to say what to do about it. */
  public enum Kind {
    /** There is no file at the path. */
    NOT_FOUND,
    /** A new project was to be created where a file exists already. */
    EXISTS,
    /** The file exists but is not a project qi can use. */
    INVALID
  }

  private final Kind kind;

  public ProjectFileException(String message) {
    this(Kind.INVALID, message, null);
  }

  public ProjectFileException(String message, Throwable cause) {
    this(Kind.INVALID, message, cause);
  }

  ProjectFileException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** What is wrong with the file. */
  public Kind kind() {
    return kind;
  }
}
