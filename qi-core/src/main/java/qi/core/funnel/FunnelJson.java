package qi.core.funnel;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Funnel} as the JSON of qi's CLI contract, streamed: {@code {"funnel": {"type",
 * "srMethod", "target", "phi", "tau2", "limit", "trim", "multiplier", "shmiRounding",
 * "overdispersion", "adjusted", "unitsUsed", "outliers"}, "units": [...], "limits": [...]}} with
 * the field names of {@link UnitResult} and {@link LimitPoint}; {@code side} is {@code "high"},
 * {@code "low"} or null. Non-finite numbers are {@code null}; doubles are written with enough
 * digits to read back the same double.
 */
public final class FunnelJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FunnelJson() {}

  /** Writes {@code funnel} to {@code out} (not closed). */
  public static void write(Funnel funnel, Writer out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectPropertyStart("funnel");
      g.writeStringProperty("type", funnel.type().id());
      g.writeStringProperty(
          "srMethod", funnel.type() == FunnelType.SR ? funnel.srMethod().id() : null);
      number(g, "target", funnel.target());
      number(g, "phi", funnel.phi());
      number(g, "tau2", funnel.tau2());
      number(g, "limit", funnel.limit().percent());
      number(g, "trim", funnel.trim());
      number(g, "multiplier", funnel.multiplier());
      g.writeBooleanProperty("shmiRounding", funnel.shmiRounding());
      g.writeBooleanProperty("overdispersion", funnel.overdispersion());
      g.writeBooleanProperty("adjusted", funnel.adjusted());
      g.writeNumberProperty("unitsUsed", funnel.unitsUsed());
      g.writeNumberProperty("outliers", funnel.high().size() + funnel.low().size());
      g.writeEndObject();
      g.writeArrayPropertyStart("units");
      for (UnitResult u : funnel.units()) {
        g.writeStartObject();
        g.writeStringProperty("unit", u.unit());
        number(g, "numerator", u.numerator());
        number(g, "denominator", u.denominator());
        number(g, "value", u.value());
        number(g, "z", u.z());
        number(g, "lcl95", u.lcl95());
        number(g, "ucl95", u.ucl95());
        number(g, "lcl998", u.lcl998());
        number(g, "ucl998", u.ucl998());
        number(g, "lcl95Adjusted", u.lcl95Adjusted());
        number(g, "ucl95Adjusted", u.ucl95Adjusted());
        number(g, "lcl998Adjusted", u.lcl998Adjusted());
        number(g, "ucl998Adjusted", u.ucl998Adjusted());
        g.writeBooleanProperty("outlier", u.outlier());
        g.writeStringProperty("side", FunnelCsv.side(u.side()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("limits");
      for (LimitPoint p : funnel.limits()) {
        g.writeStartObject();
        number(g, "denominator", p.denominator());
        number(g, "lcl95", p.lcl95());
        number(g, "ucl95", p.ucl95());
        number(g, "lcl998", p.lcl998());
        number(g, "ucl998", p.ucl998());
        number(g, "lcl95Adjusted", p.lcl95Adjusted());
        number(g, "ucl95Adjusted", p.ucl95Adjusted());
        number(g, "lcl998Adjusted", p.lcl998Adjusted());
        number(g, "ucl998Adjusted", p.ucl998Adjusted());
        g.writeEndObject();
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
}
