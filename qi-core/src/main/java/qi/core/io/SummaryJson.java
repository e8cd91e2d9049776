package qi.core.io;

import java.io.OutputStream;
import java.io.Writer;
import qi.core.summary.MeasureSummary;
import qi.core.summary.Summary;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a board {@link Summary} as the JSON of {@code qi summary}: {@code {"measures":
 * [{"measure", "group", "chart", "direction", "points", "latestX", "latestY", "cl", "lcl", "ucl",
 * "target", "variation", "assurance", "verdict", "unit", "notes"}, ...]}}, one object per measure
 * in the summary's order. {@code variation} and {@code assurance} are spelled as {@code parts[]} of
 * {@link AnalysisJson} ({@code improvement_low}, {@code inconsistent}, null without an assurance),
 * {@code chart} and {@code direction} by their ids; undefined numbers are {@code null}, and numbers
 * have the fewest digits that read back as the same double, as in {@link AnalysisJson}. The target
 * is flushed at the end, not closed.
 */
public final class SummaryJson {
  private SummaryJson() {}

  /** Writes the summary in UTF-8. */
  public static void write(Summary summary, OutputStream out, AnalysisJson.Layout layout) {
    try (JsonGenerator g = JsonFields.generator(layout(layout), out)) {
      document(g, summary);
    }
  }

  /** Writes the summary as characters. */
  public static void write(Summary summary, Writer out, AnalysisJson.Layout layout) {
    try (JsonGenerator g = JsonFields.generator(layout(layout), out)) {
      document(g, summary);
    }
  }

  private static tools.jackson.core.ObjectWriteContext layout(AnalysisJson.Layout layout) {
    return layout == AnalysisJson.Layout.PRETTY ? JsonFields.PRETTY : JsonFields.COMPACT;
  }

  private static void document(JsonGenerator g, Summary summary) {
    Digits digits = new Digits(5);
    g.writeStartObject();
    g.writeArrayPropertyStart("measures");
    for (MeasureSummary m : summary.measures()) {
      JsonFields.measure(g, m, digits);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
