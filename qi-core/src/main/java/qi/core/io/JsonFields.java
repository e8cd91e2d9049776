package qi.core.io;

import java.io.OutputStream;
import java.io.Writer;
import java.util.OptionalInt;
import qi.core.result.Facet;
import qi.core.result.PartResult;
import qi.core.summary.MeasureSummary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The objects of qi's JSON contract other than points ({@link JsonPoints}), one method per object,
 * shared by {@link AnalysisJson} (one document) and {@link AnalysisJsonLines} (one object per
 * line). Each method writes a whole object; a new object of the contract gets its own method here.
 */
final class JsonFields {
  /**
   * Jackson's streaming core only, without the data-binding layer (a few hundred classes fewer to
   * load on every start): the caller's stream is flushed but never closed.
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Compact: no white space. */
  static final ObjectWriteContext COMPACT = new Layout(false, null);

  /** Indented by Jackson's default pretty printer. */
  static final ObjectWriteContext PRETTY = new Layout(true, null);

  /** Compact, one top-level value per line (JSON Lines). */
  static final ObjectWriteContext LINES = new Layout(false, new SerializedString("\n"));

  /** A generator of UTF-8 bytes. */
  static JsonGenerator generator(ObjectWriteContext layout, OutputStream out) {
    return FACTORY.createGenerator(layout, out);
  }

  /** A generator of characters. */
  static JsonGenerator generator(ObjectWriteContext layout, Writer out) {
    return FACTORY.createGenerator(layout, out);
  }

  /**
   * Jackson's default pretty printer (or none) and the separator of top-level values (or Jackson's
   * space). The printer is made for each document that asks, never before: making one spins a dozen
   * method handles of string concatenation, a few per cent of a short compact run.
   */
  private static final class Layout extends ObjectWriteContext.Base {
    private final boolean pretty;
    private final SerializableString separator;

    Layout(boolean pretty, SerializableString separator) {
      this.pretty = pretty;
      this.separator = separator;
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return pretty ? new DefaultPrettyPrinter() : null; // it keeps the indentation: one each
    }

    @Override
    public boolean hasPrettyPrinter() {
      return pretty;
    }

    @Override
    public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
      return separator == null ? defaultSeparator : separator;
    }
  }

  // The field names, encoded once: the generator copies their bytes instead of escaping each name
  // of each of a million objects.
  private static final SerializableString ASSURANCE = new SerializedString("assurance");
  private static final SerializableString CL = new SerializedString("cl");
  private static final SerializableString CENTER = new SerializedString("center");
  private static final SerializableString SD = new SerializedString("sd");
  private static final SerializableString SD_METHOD = new SerializedString("sdMethod");
  private static final SerializableString CROSSINGS = new SerializedString("crossings");
  private static final SerializableString CROSSINGS_MIN = new SerializedString("crossingsMin");
  private static final SerializableString FACET = new SerializedString("facet");
  private static final SerializableString LCL = new SerializedString("lcl");
  private static final SerializableString LONGEST_RUN = new SerializedString("longestRun");
  private static final SerializableString LONGEST_RUN_MAX = new SerializedString("longestRunMax");
  private static final SerializableString LWL = new SerializedString("lwl");
  private static final SerializableString N_OBS = new SerializedString("nObs");
  private static final SerializableString N_USEFUL = new SerializedString("nUseful");
  private static final SerializableString NOTE = new SerializedString("note");
  private static final SerializableString PART = new SerializedString("part");
  private static final SerializableString RUNS_SIGNAL = new SerializedString("runsSignal");
  private static final SerializableString SHORT_PART_WARNING =
      new SerializedString("shortPartWarning");
  private static final SerializableString SIGMA_SIGNALS = new SerializedString("sigmaSignals");
  private static final SerializableString TARGET = new SerializedString("target");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString UCL = new SerializedString("ucl");
  private static final SerializableString UWL = new SerializedString("uwl");
  private static final SerializableString VARIATION = new SerializedString("variation");
  private static final SerializableString MEASURE = new SerializedString("measure");
  private static final SerializableString GROUP = new SerializedString("group");
  private static final SerializableString CHART = new SerializedString("chart");
  private static final SerializableString DIRECTION = new SerializedString("direction");
  private static final SerializableString POINTS = new SerializedString("points");
  private static final SerializableString LATEST_X = new SerializedString("latestX");
  private static final SerializableString LATEST_Y = new SerializedString("latestY");
  private static final SerializableString VERDICT = new SerializedString("verdict");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString NOTES = new SerializedString("notes");

  private JsonFields() {}

  /** One part's summary; {@code type}, when not null, comes first (JSON Lines). */
  static void part(JsonGenerator g, SerializableString type, Facet facet, PartResult p) {
    g.writeStartObject();
    head(g, type, facet);
    g.writeName(PART);
    g.writeNumber(p.part());
    g.writeName(N_OBS);
    g.writeNumber(p.nObs());
    g.writeName(N_USEFUL);
    g.writeNumber(p.nUseful());
    integer(g, LONGEST_RUN, p.longestRun());
    integer(g, LONGEST_RUN_MAX, p.longestRunMax());
    integer(g, CROSSINGS, p.crossings());
    integer(g, CROSSINGS_MIN, p.crossingsMin());
    g.writeName(RUNS_SIGNAL);
    g.writeBoolean(p.runsSignal());
    g.writeName(SIGMA_SIGNALS);
    g.writeNumber(p.sigmaSignals());
    number(g, CL, p.cl());
    number(g, LCL, p.lcl());
    number(g, UCL, p.ucl());
    number(g, LWL, p.lwl());
    number(g, UWL, p.uwl());
    g.writeName(VARIATION);
    g.writeString(p.variation().id());
    g.writeName(ASSURANCE);
    g.writeString(p.assurance() == null ? null : p.assurance().id());
    g.writeName(SHORT_PART_WARNING);
    g.writeBoolean(p.shortPartWarning());
    if (p.sdMethod() != null) {
      // CUSUM and EWMA only: the centre and σ the statistic was computed with
      number(g, CENTER, p.center());
      number(g, SD, p.sd());
      g.writeName(SD_METHOD);
      g.writeString(p.sdMethod());
    }
    g.writeEndObject();
  }

  /**
   * One row of a board summary, with the spellings of {@link #part} for {@code variation} and
   * {@code assurance} and the chart's and direction's ids.
   */
  static void measure(JsonGenerator g, MeasureSummary m) {
    g.writeStartObject();
    g.writeName(MEASURE);
    g.writeString(m.measure());
    g.writeName(GROUP);
    g.writeString(m.group());
    g.writeName(CHART);
    g.writeString(m.chart().id());
    g.writeName(DIRECTION);
    g.writeString(m.direction().id());
    g.writeName(POINTS);
    g.writeNumber(m.points());
    g.writeName(LATEST_X);
    g.writeString(m.latestX());
    number(g, LATEST_Y, m.latestY());
    number(g, CL, m.cl());
    number(g, LCL, m.lcl());
    number(g, UCL, m.ucl());
    number(g, TARGET, m.target());
    g.writeName(VARIATION);
    g.writeString(m.variation().id());
    g.writeName(ASSURANCE);
    g.writeString(m.assurance() == null ? null : m.assurance().id());
    g.writeName(VERDICT);
    g.writeString(m.verdict());
    g.writeName(UNIT);
    g.writeString(m.unit());
    g.writeName(NOTES);
    g.writeStartArray();
    for (String note : m.notes()) {
      g.writeString(note);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One note as its own object (JSON Lines): {@code {"type", "facet", "note"}}. */
  static void note(JsonGenerator g, SerializableString type, Facet facet, String note) {
    g.writeStartObject();
    head(g, type, facet);
    g.writeName(NOTE);
    g.writeString(note);
    g.writeEndObject();
  }

  /** A note as the document's {@code notes} list holds it: prefixed with the facet's name. */
  static String note(Facet facet, String note) {
    return facet.name() == null ? note : facet.name() + ": " + note;
  }

  private static void head(JsonGenerator g, SerializableString type, Facet facet) {
    if (type != null) {
      g.writeName(TYPE);
      g.writeString(type);
    }
    if (facet.name() != null) {
      g.writeName(FACET);
      g.writeString(facet.name());
    }
  }

  /**
   * A number with the fewest digits that read back the same ({@link Digits#text}); null if
   * undefined.
   */
  private static void number(JsonGenerator g, SerializableString name, double value) {
    g.writeName(name);
    if (Double.isFinite(value)) {
      g.writeNumber(Digits.text(value));
    } else {
      g.writeNull();
    }
  }

  private static void integer(JsonGenerator g, SerializableString name, OptionalInt value) {
    g.writeName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsInt());
    } else {
      g.writeNull();
    }
  }
}
