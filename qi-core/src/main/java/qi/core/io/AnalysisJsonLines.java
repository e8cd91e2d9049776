package qi.core.io;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PartResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes an {@link Analysis} as JSON Lines (<a href="https://jsonlines.org">jsonlines.org</a>): one
 * compact object per line, for consumers that read as they go. First one line per point, then one
 * per part, then one per note; each object starts with {@code "type"} ({@code "point"}, {@code
 * "part"}, {@code "note"}) and otherwise has the fields of the same object in {@link AnalysisJson}
 * ({@code facet} included), a note its text as {@code "note"}. Every line, the last included, ends
 * with {@code \n}.
 *
 * <pre>{@code
 * {"type":"point","index":1,"x":"1","y":48.0,...,"pointType":"common_cause"}
 * {"type":"part","part":1,"nObs":10,...,"shortPartWarning":true}
 * }</pre>
 *
 * Written as it is produced; the target is flushed at the end, not closed.
 */
public final class AnalysisJsonLines {
  private static final SerializableString PART = new SerializedString("part");
  private static final SerializableString NOTE = new SerializedString("note");

  private AnalysisJsonLines() {}

  /** Writes one analysis in UTF-8. */
  public static void write(Analysis analysis, OutputStream out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /** Writes the analyses of several facets in UTF-8, the facets in the given order. */
  public static void write(List<Facet> facets, OutputStream out) {
    try (JsonGenerator g = JsonFields.generator(JsonFields.LINES, out)) {
      lines(g, facets);
    }
  }

  /** Writes one analysis. */
  public static void write(Analysis analysis, Writer out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /** Writes the analyses of several facets, the facets in the given order. */
  public static void write(List<Facet> facets, Writer out) {
    try (JsonGenerator g = JsonFields.generator(JsonFields.LINES, out)) {
      lines(g, facets);
    }
  }

  private static void lines(JsonGenerator g, List<Facet> facets) {
    PointBlocks.write(
        facets, () -> new JsonPoints(false, "point"), JsonPoints::format, p -> p.writeTo(g));
    for (Facet facet : facets) {
      for (PartResult p : facet.analysis().parts()) {
        JsonFields.part(g, PART, facet, p);
      }
    }
    for (Facet facet : facets) {
      for (String note : facet.analysis().notes()) {
        JsonFields.note(g, NOTE, facet, note);
      }
    }
    if (g.streamWriteContext().getEntryCount() > 0) { // the last line's end; none when empty
      g.writeRaw('\n');
    }
  }
}
