package qi.charts;

import java.util.Objects;

/**
 * A text written on the chart at an x value, e.g. the start of a PDSA cycle: {@code new
 * Note("2021-03-01", "PDSA 1: new triage form")}.
 *
 * <p>{@code x} is written as the analysis writes x values: a number ({@code 14}, {@code 2.5}) or an
 * ISO date ({@code 2021-03-01}). A date between two points is placed between them in proportion to
 * time; an x outside the series is placed at its nearer end.
 *
 * @param x where the note points, as text
 * @param text the note; user text, escaped wherever it is written into markup
 */
public record Note(String x, String text) {
  public Note {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(text, "text");
    if (x.isBlank()) {
      throw new IllegalArgumentException("note x (\"" + x + "\") must not be blank");
    }
  }
}
