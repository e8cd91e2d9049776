package qi.core.io;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.Headline;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes an {@link Analysis} as the JSON of qi's CLI contract: {@code {"chart", "points": [...],
 * "parts": [...], "notes": [...], "verdict": {...}}} with the field names of {@link PointResult}
 * and {@link PartResult} (enums as their ids, e.g. {@code special_cause_improvement}). Undefined
 * numbers are {@code null}, never NaN.
 *
 * <p>Numbers are written with the fewest digits that read back as exactly the same double
 * (Schubfach: the shortest decimal in the double's rounding interval, as {@code Double.toString} of
 * JDK 19 and later), e.g. {@code 61.170212765957444}.
 *
 * <p>The JSON is written as it is produced, through a streaming generator: the document is never
 * held in memory, so a million points need no more memory than their analysis. The target is
 * flushed at the end, not closed. {@link AnalysisJsonLines} writes the same objects one per line.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("analysis.json"))) {
 *   AnalysisJson.write(analysis, out);                                  // compact, UTF-8
 * }
 * AnalysisJson.write(facets, writer, AnalysisJson.Layout.PRETTY);        // indented, for people
 * }</pre>
 */
public final class AnalysisJson {
  /** How the document is laid out; the content is the same. */
  public enum Layout {
    /** No white space: the smallest and fastest, the default. */
    COMPACT,
    /** Indented, one field per line: for people reading it. */
    PRETTY
  }

  private AnalysisJson() {}

  /** Writes one analysis as compact JSON in UTF-8. */
  public static void write(Analysis analysis, OutputStream out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /** Writes the analyses of several facets as compact JSON in UTF-8 (see below). */
  public static void write(List<Facet> facets, OutputStream out) {
    write(facets, out, Layout.COMPACT);
  }

  /**
   * Writes the analyses of several facets as one object in UTF-8: every point and part then carries
   * {@code facet}, and the facets follow each other in the given order. A facet with a null name
   * writes no {@code facet} field.
   */
  public static void write(List<Facet> facets, OutputStream out, Layout layout) {
    try (JsonGenerator g = JsonFields.generator(layout(layout), out)) {
      document(g, facets);
    }
  }

  /** Writes one analysis as compact JSON. */
  public static void write(Analysis analysis, Writer out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /** Writes the analyses of several facets as compact JSON. */
  public static void write(List<Facet> facets, Writer out) {
    write(facets, out, Layout.COMPACT);
  }

  /** As {@link #write(List, OutputStream, Layout)}, to characters. */
  public static void write(List<Facet> facets, Writer out, Layout layout) {
    try (JsonGenerator g = JsonFields.generator(layout(layout), out)) {
      document(g, facets);
    }
  }

  private static ObjectWriteContext layout(Layout layout) {
    return layout == Layout.PRETTY ? JsonFields.PRETTY : JsonFields.COMPACT;
  }

  private static void document(JsonGenerator g, List<Facet> facets) {
    boolean pretty = g.getPrettyPrinter() != null;
    g.writeStartObject();
    g.writeStringProperty("chart", facets.isEmpty() ? null : facets.get(0).analysis().chart());
    g.writeArrayPropertyStart("points");
    PointBlocks.write(
        facets, () -> new JsonPoints(pretty, null), JsonPoints::format, p -> p.writeTo(g));
    g.writeEndArray();
    g.writeArrayPropertyStart("parts");
    for (Facet facet : facets) {
      for (PartResult p : facet.analysis().parts()) {
        JsonFields.part(g, null, facet, p);
      }
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("notes");
    for (Facet facet : facets) {
      for (String note : facet.analysis().notes()) {
        g.writeString(JsonFields.note(facet, note));
      }
    }
    g.writeEndArray();
    verdicts(g, facets);
    g.writeEndObject();
  }

  /**
   * The headline of the verdict with its codes: {@code "verdict": {"headline", "finding",
   * "variation", "assurance"}} for one analysis; {@code "verdicts": [...]}, each with its {@code
   * facet}, for named facets.
   */
  private static void verdicts(JsonGenerator g, List<Facet> facets) {
    boolean named = facets.stream().anyMatch(f -> f.name() != null);
    if (named) {
      g.writeArrayPropertyStart("verdicts");
    } else if (facets.size() == 1) {
      g.writeName("verdict");
    } else {
      return;
    }
    for (Facet facet : facets) {
      Headline h = Headline.of(facet.analysis());
      g.writeStartObject();
      if (facet.name() != null) {
        g.writeStringProperty("facet", facet.name());
      }
      g.writeStringProperty("headline", h.text());
      g.writeStringProperty("finding", h.finding().id());
      g.writeStringProperty("variation", h.variation() == null ? null : h.variation().id());
      g.writeStringProperty("assurance", h.assurance() == null ? null : h.assurance().id());
      g.writeEndObject();
    }
    if (named) {
      g.writeEndArray();
    }
  }
}
