package qi.core.pdsa;

/**
 * A project file qi cannot use: invalid JSON, an unknown schema version, a field of the wrong type
 * or a project that does not hold together. The message is one line that names the file and, where
 * there is one, the field ({@code qi-project.json: cycles[2].start ("2025-13-01") must be a date
 * YYYY-MM-DD}). The file is never changed when this is thrown.
 */
public final class ProjectFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ProjectFileException(String message) {
    super(message);
  }

  public ProjectFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
