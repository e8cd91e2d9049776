package qi.charts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The NHS "Making Data Count" assurance icon: whether the process, as it runs, will meet its
 * target. Drawn by {@link ChartStyle#icons}; qi-charts decides none of this.
 */
public enum AssuranceIcon {
  /** The process will consistently meet the target (blue P). */
  PASS("pass"),
  /** The process will consistently fail the target (orange F). */
  FAIL("fail"),
  /** The process will sometimes meet the target and sometimes not (grey ?). */
  INCONSISTENT("inconsistent"),
  /** No target, or no assurance to show: no icon is drawn. */
  NONE("none");

  private final String id;

  AssuranceIcon(String id) {
    this.id = id;
  }

  /** The identifier used in JSON and on the command line, e.g. {@code pass}. */
  public String id() {
    return id;
  }

  /**
   * The assurance with this identifier (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the identifiers accepted
   */
  public static AssuranceIcon fromId(String id) {
    for (AssuranceIcon a : values()) {
      if (a.id.equalsIgnoreCase(id.trim())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "assurance ("
            + id
            + ") must be one of "
            + Arrays.stream(values()).map(AssuranceIcon::id).collect(Collectors.joining(", ")));
  }

  /** The icon in words, as "Making Data Count" explains it; empty for {@link #NONE}. */
  public String describe() {
    return switch (this) {
      case PASS -> "Assurance icon: the process will consistently meet the target (blue P)";
      case FAIL -> "Assurance icon: the process will consistently miss the target (orange F)";
      case INCONSISTENT ->
          "Assurance icon: the process will sometimes meet and sometimes miss the target,"
              + " by common-cause variation alone (grey)";
      case NONE -> "";
    };
  }
}
