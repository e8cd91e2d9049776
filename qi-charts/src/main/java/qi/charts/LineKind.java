package qi.charts;

/** The lines of a chart, in drawing order (later lines on top). */
enum LineKind {
  WARNING_LOWER("Lower warning limit"),
  WARNING_UPPER("Upper warning limit"),
  CONTROL_LOWER("Lower control limit"),
  CONTROL_UPPER("Upper control limit"),
  TARGET("Target"),
  CENTRE("Centre line"),
  CENTRE_SHIFT("Centre line (shift signalled)"),
  /** The values under an EWMA, drawn faint. */
  RAW("Values"),
  CUSUM_UPPER("Upper CUSUM"),
  CUSUM_LOWER("Lower CUSUM"),
  DATA("Data");

  private final String label;

  LineKind(String label) {
    this.label = label;
  }

  /** The series name, unique per chart. */
  String label() {
    return label;
  }
}
