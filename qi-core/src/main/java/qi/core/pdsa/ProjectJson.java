package qi.core.pdsa;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import qi.core.ChartType;
import qi.core.rules.Direction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project as JSON: pretty-printed, every field always written (null when empty) in a fixed order,
 * so that two versions of a project differ only where the project does.
 *
 * <h2>Schema versions</h2>
 *
 * The top-level {@code schemaVersion} says which layout a file has. {@link #read} reads the current
 * version ({@value #SCHEMA_VERSION}) and migrates older ones; a newer or unknown version is
 * rejected, so an old qi never rewrites, and loses, what a newer one wrote.
 *
 * <ul>
 *   <li>Version 1: {@code aim} was one string; a cycle's decision was a string field {@code act}
 *       ({@code "adopt"}) with a separate {@code next} field beside it.
 *   <li>Version 2: {@code aim} is {@code {"statement", "howMuch", "byWhen"}}, so that the "how
 *       much" and "by when" of the Model for Improvement have their own fields; a cycle's {@code
 *       act} is {@code {"decision", "next"}}, so the whole A of PDSA sits in one section like P, D
 *       and S.
 * </ul>
 *
 * Unknown fields are rejected (a misspelt field in a hand-edited file would otherwise be dropped on
 * the next write).
 */
public final class ProjectJson {
  /** The schema version this qi writes. */
  public static final int SCHEMA_VERSION = 2;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ProjectJson() {}

  /** The project as JSON text, ending with a line break. */
  public static String write(Project project) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("title", project.title());
    ObjectNode aim = root.putObject("aim");
    aim.put("statement", project.aim().statement());
    aim.put("howMuch", project.aim().howMuch());
    date(aim, "byWhen", project.aim().byWhen());
    ArrayNode measures = root.putArray("measures");
    for (Measure m : project.measures()) {
      ObjectNode o = measures.addObject();
      o.put("name", m.name());
      o.put("kind", m.kind().id());
      o.put("file", m.file());
      o.put("x", m.x());
      o.put("y", m.y());
      o.put("n", m.n());
      o.put("chart", m.chart().id());
      o.put("direction", m.direction().id());
      number(o, "target", m.target());
    }
    ArrayNode primaries = root.putObject("driverDiagram").putArray("primaryDrivers");
    for (DriverDiagram.PrimaryDriver p : project.driverDiagram().primaryDrivers()) {
      ObjectNode po = primaries.addObject();
      po.put("name", p.name());
      ArrayNode secondaries = po.putArray("secondaryDrivers");
      for (DriverDiagram.SecondaryDriver s : p.secondaryDrivers()) {
        ObjectNode so = secondaries.addObject();
        so.put("name", s.name());
        ArrayNode ideas = so.putArray("changeIdeas");
        s.changeIdeas().forEach(ideas::add);
      }
    }
    ArrayNode ramps = root.putArray("ramps");
    for (Ramp r : project.ramps()) {
      ObjectNode o = ramps.addObject();
      o.put("name", r.name());
      o.put("changeIdea", r.changeIdea());
    }
    ArrayNode cycles = root.putArray("cycles");
    for (PdsaCycle c : project.cycles()) {
      cycle(cycles.addObject(), c);
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }

  private static void cycle(ObjectNode o, PdsaCycle c) {
    o.put("number", c.number());
    o.put("changeIdea", c.changeIdea());
    o.put("ramp", c.ramp());
    o.put("measure", c.measure());
    o.put("objective", c.objective());
    ArrayNode questions = o.putArray("questions");
    c.questions().forEach(questions::add);
    o.put("prediction", c.prediction());
    date(o, "start", c.start());
    date(o, "end", c.end());
    ObjectNode plan = o.putObject("plan");
    plan.put("who", c.plan().who());
    plan.put("what", c.plan().what());
    plan.put("where", c.plan().where());
    plan.put("when", c.plan().when());
    plan.put("data", c.plan().data());
    ObjectNode doing = o.putObject("do");
    doing.put("happened", c.doing().happened());
    doing.put("observations", c.doing().observations());
    doing.put("problems", c.doing().problems());
    ObjectNode study = o.putObject("study");
    study.put("comparison", c.study().comparison());
    ChangeAnalysis a = c.study().analysis();
    if (a == null) {
      study.putNull("analysis");
    } else {
      analysis(study.putObject("analysis"), a);
    }
    if (c.decision() == null) {
      o.putNull("act");
    } else {
      ObjectNode act = o.putObject("act");
      act.put("decision", c.decision().act().id());
      act.put("next", c.decision().next());
    }
  }

  /** A change analysis as a JSON object (as stored in a cycle's study, and for the CLI). */
  static void analysis(ObjectNode o, ChangeAnalysis a) {
    o.put("measure", a.measure());
    o.put("method", a.method().id());
    o.put("chart", a.chart().id());
    date(o, "start", a.start());
    date(o, "baselineFrom", a.baselineFrom());
    o.put("pointsBefore", a.pointsBefore());
    o.put("pointsAfter", a.pointsAfter());
    number(o, "centreBefore", a.centreBefore());
    number(o, "centreAfter", a.centreAfter());
    o.put("sigmaSignal", a.sigmaSignal());
    o.put("runsSignal", a.runsSignal());
    if (a.pointsToSignal().isPresent()) {
      o.put("pointsToSignal", a.pointsToSignal().getAsInt());
    } else {
      o.putNull("pointsToSignal");
    }
    o.put("effect", a.effect().id());
    o.put("summary", a.summary());
  }

  /** One cycle as JSON text, the object stored in the project file. */
  public static String write(PdsaCycle cycle) {
    ObjectNode o = NODES.objectNode();
    cycle(o, cycle);
    return MAPPER.writeValueAsString(o) + "\n";
  }

  /** A change analysis as JSON text. */
  public static String write(ChangeAnalysis analysis) {
    ObjectNode o = NODES.objectNode();
    analysis(o, analysis);
    return MAPPER.writeValueAsString(o) + "\n";
  }

  /**
   * Reads a project from JSON text, migrating an older schema version.
   *
   * @param source the name used in messages (the file name)
   * @throws ProjectFileException naming the source and the field, for invalid JSON, an unknown
   *     schema version, a field of the wrong type or a project that does not hold together
   */
  public static Project read(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new ProjectFileException(
          source + ": not valid JSON (" + oneLine(e.getOriginalMessage()) + location(e) + ")", e);
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw new ProjectFileException(source + ": must hold a JSON object (a qi project)");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isIntegralNumber()) {
      throw new ProjectFileException(
          source
              + ": schemaVersion ("
              + version
              + ") must be a whole number; is this a qi project?");
    }
    int v = version.intValue();
    if (v < 1 || v > SCHEMA_VERSION) {
      throw new ProjectFileException(
          source
              + ": schemaVersion ("
              + v
              + ") must be between 1 and "
              + SCHEMA_VERSION
              + (v > SCHEMA_VERSION ? ": the file was written by a newer qi; upgrade qi" : ""));
    }
    ObjectNode current = (ObjectNode) root;
    if (v == 1) {
      current = migrateV1(current);
    }
    try {
      return project(new Obj(source, "", current));
    } catch (ProjectFileException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ProjectFileException(source + ": " + e.getMessage(), e);
    }
  }

  /** Version 1 → 2: the aim string becomes {@code {"statement"}}; act and next join in "act". */
  static ObjectNode migrateV1(ObjectNode v1) {
    ObjectNode v2 = v1.deepCopy();
    v2.put("schemaVersion", 2);
    JsonNode aim = v2.get("aim");
    if (aim != null && aim.isString()) {
      ObjectNode o = NODES.objectNode();
      o.put("statement", aim.stringValue());
      o.putNull("howMuch");
      o.putNull("byWhen");
      v2.set("aim", o);
    }
    JsonNode cycles = v2.get("cycles");
    if (cycles != null && cycles.isArray()) {
      for (JsonNode node : cycles) {
        if (node instanceof ObjectNode cycle) {
          JsonNode act = cycle.remove("act");
          JsonNode next = cycle.remove("next");
          if (act == null || act.isNull()) {
            cycle.putNull("act");
          } else {
            ObjectNode o = cycle.putObject("act");
            o.set("decision", act);
            o.set("next", next == null ? NODES.nullNode() : next);
          }
        }
      }
    }
    return v2;
  }

  private static Project project(Obj root) {
    root.only("schemaVersion", "title", "aim", "measures", "driverDiagram", "ramps", "cycles");
    Obj aim = root.object("aim");
    aim.only("statement", "howMuch", "byWhen");
    List<Measure> measures = new ArrayList<>();
    for (Obj m : root.objects("measures")) {
      m.only("name", "kind", "file", "x", "y", "n", "chart", "direction", "target");
      measures.add(
          m.build(
              () ->
                  new Measure(
                      m.text("name"),
                      MeasureKind.fromId(m.text("kind")),
                      m.text("file"),
                      m.text("x"),
                      m.text("y"),
                      m.text("n"),
                      ChartType.fromId(String.valueOf(m.text("chart"))),
                      Direction.fromId(m.text("direction")),
                      m.number("target"))));
    }
    List<DriverDiagram.PrimaryDriver> primaries = new ArrayList<>();
    Obj diagram = root.object("driverDiagram");
    diagram.only("primaryDrivers");
    for (Obj p : diagram.objects("primaryDrivers")) {
      p.only("name", "secondaryDrivers");
      List<DriverDiagram.SecondaryDriver> secondaries = new ArrayList<>();
      for (Obj s : p.objects("secondaryDrivers")) {
        s.only("name", "changeIdeas");
        secondaries.add(
            s.build(
                () -> new DriverDiagram.SecondaryDriver(s.text("name"), s.texts("changeIdeas"))));
      }
      primaries.add(p.build(() -> new DriverDiagram.PrimaryDriver(p.text("name"), secondaries)));
    }
    List<Ramp> ramps = new ArrayList<>();
    for (Obj r : root.objects("ramps")) {
      r.only("name", "changeIdea");
      ramps.add(r.build(() -> new Ramp(r.text("name"), r.text("changeIdea"))));
    }
    List<PdsaCycle> cycles = new ArrayList<>();
    for (Obj c : root.objects("cycles")) {
      cycles.add(cycle(c));
    }
    return new Project(
        root.text("title"),
        aim.build(() -> new Aim(aim.text("statement"), aim.text("howMuch"), aim.date("byWhen"))),
        measures,
        diagram.build(() -> new DriverDiagram(primaries)),
        ramps,
        cycles);
  }

  private static PdsaCycle cycle(Obj c) {
    c.only(
        "number",
        "changeIdea",
        "ramp",
        "measure",
        "objective",
        "questions",
        "prediction",
        "start",
        "end",
        "plan",
        "do",
        "study",
        "act");
    Obj plan = c.object("plan");
    plan.only("who", "what", "where", "when", "data");
    Obj doing = c.object("do");
    doing.only("happened", "observations", "problems");
    Obj study = c.object("study");
    study.only("comparison", "analysis");
    Obj analysis = study.optionalObject("analysis");
    Obj act = c.optionalObject("act");
    if (act != null) {
      act.only("decision", "next");
    }
    return c.build(
        () ->
            new PdsaCycle(
                c.integer("number"),
                c.text("changeIdea"),
                c.text("ramp"),
                c.text("measure"),
                c.text("objective"),
                c.texts("questions"),
                c.text("prediction"),
                c.date("start"),
                c.date("end"),
                plan.build(
                    () ->
                        new Plan(
                            plan.text("who"),
                            plan.text("what"),
                            plan.text("where"),
                            plan.text("when"),
                            plan.text("data"))),
                doing.build(
                    () ->
                        new Doing(
                            doing.text("happened"),
                            doing.text("observations"),
                            doing.text("problems"))),
                study.build(
                    () ->
                        new Study(
                            study.text("comparison"),
                            analysis == null ? null : analysis(analysis))),
                act == null
                    ? null
                    : act.build(
                        () -> new Decision(Act.fromId(act.text("decision")), act.text("next")))));
  }

  private static ChangeAnalysis analysis(Obj a) {
    a.only(
        "measure",
        "method",
        "chart",
        "start",
        "baselineFrom",
        "pointsBefore",
        "pointsAfter",
        "centreBefore",
        "centreAfter",
        "sigmaSignal",
        "runsSignal",
        "pointsToSignal",
        "effect",
        "summary");
    return a.build(
        () -> {
          Integer toSignal = a.optionalInteger("pointsToSignal");
          return new ChangeAnalysis(
              a.text("measure"),
              StudyMethod.fromId(a.text("method")),
              ChartType.fromId(String.valueOf(a.text("chart"))),
              a.date("start"),
              a.date("baselineFrom"),
              a.integer("pointsBefore"),
              a.integer("pointsAfter"),
              a.number("centreBefore"),
              a.number("centreAfter"),
              a.bool("sigmaSignal"),
              a.bool("runsSignal"),
              toSignal == null ? OptionalInt.empty() : OptionalInt.of(toSignal),
              Effect.fromId(a.text("effect")));
        });
  }

  private static void date(ObjectNode o, String name, LocalDate date) {
    o.put(name, date == null ? null : date.toString());
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isFinite(value)) {
      o.put(name, value);
    } else {
      o.putNull(name);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  /** A JSON object at a path of the file, read field by field with messages naming the path. */
  private record Obj(String source, String path, JsonNode node) {
    private ProjectFileException error(String field, String problem) {
      return new ProjectFileException(source + ": " + where(field) + problem);
    }

    private String where(String field) {
      String full = path.isEmpty() ? field : field == null ? path : path + "." + field;
      return full == null || full.isEmpty() ? "" : full + " ";
    }

    /** Rejects fields this version does not know. */
    void only(String... names) {
      Set<String> known = new HashSet<>(List.of(names));
      for (String name : node.propertyNames()) {
        if (!known.contains(name)) {
          throw error(null, "has an unknown field \"" + name + "\"; the fields are " + known);
        }
      }
    }

    /** Builds a value, naming this object's path in a validation message. */
    <T> T build(java.util.function.Supplier<T> builder) {
      try {
        return builder.get();
      } catch (ProjectFileException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new ProjectFileException(
            source + ": " + (path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
      }
    }

    private JsonNode field(String name) {
      JsonNode value = node.get(name);
      return value == null || value.isNull() ? null : value;
    }

    String text(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return null;
      }
      if (!value.isString()) {
        throw error(name, "(" + value + ") must be a string");
      }
      return value.stringValue();
    }

    List<String> texts(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw error(name, "(" + value + ") must be an array of strings");
      }
      List<String> list = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isString()) {
          throw error(name, "(" + value + ") must be an array of strings");
        }
        list.add(item.stringValue());
      }
      return list;
    }

    LocalDate date(String name) {
      String text = text(name);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(name, "(\"" + text + "\") must be a date YYYY-MM-DD");
      }
    }

    double number(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return Double.NaN;
      }
      if (!value.isNumber()) {
        throw error(name, "(" + value + ") must be a number or null");
      }
      return value.doubleValue();
    }

    Integer optionalInteger(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return null;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw error(name, "(" + value + ") must be a whole number");
      }
      return value.intValue();
    }

    int integer(String name) {
      Integer value = optionalInteger(name);
      if (value == null) {
        throw error(name, "must be given");
      }
      return value;
    }

    boolean bool(String name) {
      JsonNode value = field(name);
      if (value == null || !value.isBoolean()) {
        throw error(name, "(" + value + ") must be true or false");
      }
      return value.booleanValue();
    }

    Obj optionalObject(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return null;
      }
      if (!value.isObject()) {
        throw error(name, "(" + value + ") must be an object");
      }
      return new Obj(source, path.isEmpty() ? name : path + "." + name, value);
    }

    Obj object(String name) {
      Obj value = optionalObject(name);
      if (value == null) {
        throw error(name, "must be given");
      }
      return value;
    }

    List<Obj> objects(String name) {
      JsonNode value = field(name);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw error(name, "(" + value + ") must be an array");
      }
      List<Obj> list = new ArrayList<>();
      String base = path.isEmpty() ? name : path + "." + name;
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        if (!item.isObject()) {
          throw error(name + "[" + i + "]", "(" + item + ") must be an object");
        }
        list.add(new Obj(source, base + "[" + i + "]", item));
      }
      return list;
    }
  }
}
