package qi.core.io;

import java.io.Writer;
import java.util.List;
import java.util.OptionalInt;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PartResult;
import qi.core.result.PointResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Analysis} as the JSON of qi's CLI contract: {@code {"chart", "points": [...],
 * "parts": [...], "notes": [...]}} with the field names of {@link PointResult} and {@link
 * PartResult} (enums as their ids, e.g. {@code special_cause_improvement}). Undefined numbers are
 * {@code null}, never NaN; doubles are written with enough digits to read back the same double.
 */
public final class AnalysisJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private AnalysisJson() {}

  /** Writes one analysis. */
  public static void write(Analysis analysis, Writer out) {
    write(List.of(new Facet(null, analysis)), out);
  }

  /**
   * Writes the analyses of several facets as one object: every point and part then carries {@code
   * facet}, and the facets follow each other in the given order. A facet with a null name writes no
   * {@code facet} field.
   */
  public static void write(List<Facet> facets, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("chart", facets.isEmpty() ? null : facets.get(0).analysis().chart());
      g.writeArrayPropertyStart("points");
      for (Facet facet : facets) {
        for (PointResult p : facet.analysis().points()) {
          g.writeStartObject();
          facetName(g, facet);
          g.writeNumberProperty("index", p.index());
          g.writeStringProperty("x", p.x());
          number(g, "y", p.y());
          number(g, "n", p.n());
          g.writeNumberProperty("part", p.part());
          g.writeBooleanProperty("baseline", p.baseline());
          g.writeBooleanProperty("included", p.included());
          number(g, "cl", p.cl());
          number(g, "lcl", p.lcl());
          number(g, "ucl", p.ucl());
          number(g, "lwl", p.lwl());
          number(g, "uwl", p.uwl());
          g.writeBooleanProperty("sigmaSignal", p.sigmaSignal());
          g.writeBooleanProperty("runsSignal", p.runsSignal());
          number(g, "target", p.target());
          g.writeArrayPropertyStart("signals");
          for (String signal : p.signals()) {
            g.writeString(signal);
          }
          g.writeEndArray();
          g.writeStringProperty("pointType", p.pointType().id());
          memoryFields(g, facet.analysis().chart(), p);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("parts");
      for (Facet facet : facets) {
        for (PartResult p : facet.analysis().parts()) {
          g.writeStartObject();
          facetName(g, facet);
          g.writeNumberProperty("part", p.part());
          g.writeNumberProperty("nObs", p.nObs());
          g.writeNumberProperty("nUseful", p.nUseful());
          integer(g, "longestRun", p.longestRun());
          integer(g, "longestRunMax", p.longestRunMax());
          integer(g, "crossings", p.crossings());
          integer(g, "crossingsMin", p.crossingsMin());
          g.writeBooleanProperty("runsSignal", p.runsSignal());
          g.writeNumberProperty("sigmaSignals", p.sigmaSignals());
          number(g, "cl", p.cl());
          number(g, "lcl", p.lcl());
          number(g, "ucl", p.ucl());
          number(g, "lwl", p.lwl());
          number(g, "uwl", p.uwl());
          g.writeStringProperty("variation", p.variation().id());
          g.writeStringProperty("assurance", p.assurance() == null ? null : p.assurance().id());
          g.writeBooleanProperty("shortPartWarning", p.shortPartWarning());
          memoryFields(g, p);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("notes");
      for (Facet facet : facets) {
        for (String note : facet.analysis().notes()) {
          g.writeString(facet.name() == null ? note : facet.name() + ": " + note);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** CUSUM: {@code cusumUpper}, {@code cusumLower}; EWMA: {@code ewma}; other charts: none. */
  private static void memoryFields(JsonGenerator g, String chart, PointResult p) {
    if (chart.equals("cusum")) {
      number(g, "cusumUpper", p.cusumUpper());
      number(g, "cusumLower", p.cusumLower());
    } else if (chart.equals("ewma")) {
      number(g, "ewma", p.ewma());
    }
  }

  /** CUSUM and EWMA parts: {@code center}, {@code sd}, {@code sdMethod}; other charts: none. */
  private static void memoryFields(JsonGenerator g, PartResult p) {
    if (p.sdMethod() != null) {
      number(g, "center", p.center());
      number(g, "sd", p.sd());
      g.writeStringProperty("sdMethod", p.sdMethod());
    }
  }

  private static void facetName(JsonGenerator g, Facet facet) {
    if (facet.name() != null) {
      g.writeStringProperty("facet", facet.name());
    }
  }

  private static void number(JsonGenerator g, String name, double value) {
    g.writeName(name);
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeNull();
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsInt());
    } else {
      g.writeNull();
    }
  }
}
