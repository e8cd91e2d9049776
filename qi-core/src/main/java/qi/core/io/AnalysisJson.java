package qi.core.io;

import java.io.Writer;
import java.util.OptionalInt;
import qi.core.result.Analysis;
import qi.core.result.PhaseResult;
import qi.core.result.PointResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Analysis} as the JSON of qi's CLI contract: {@code {"chart", "points": [...],
 * "parts": [...], "notes": [...]}} with the field names of {@link PointResult} and {@link
 * PhaseResult}. Undefined numbers are {@code null}, never NaN; doubles are written with enough
 * digits to read back the same double.
 */
public final class AnalysisJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private AnalysisJson() {}

  public static void write(Analysis analysis, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("chart", analysis.chart());
      g.writeArrayPropertyStart("points");
      for (PointResult p : analysis.points()) {
        g.writeStartObject();
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
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("parts");
      for (PhaseResult p : analysis.parts()) {
        g.writeStartObject();
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
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("notes");
      for (String note : analysis.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeEndObject();
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
