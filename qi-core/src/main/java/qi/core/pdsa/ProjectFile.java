package qi.core.pdsa;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import qi.core.ChartType;
import qi.core.rules.Direction;

/**
 * The layout of a project file (schema version {@value ProjectJson#SCHEMA_VERSION}) as records that
 * jackson-databind maps field by field, and their conversion to and from the project's own records.
 * Every field is written, null when empty, in the order {@link JsonPropertyOrder} fixes. Dates, ids
 * and numbers stay as the file has them until the conversion, which checks them and names the
 * field's path ({@code cycles[1].start}) in its messages.
 */
final class ProjectFile {
  private ProjectFile() {}

  @JsonPropertyOrder({
    "schemaVersion",
    "title",
    "aim",
    "measures",
    "driverDiagram",
    "ramps",
    "cycles"
  })
  record Root(
      int schemaVersion,
      String title,
      AimFile aim,
      List<MeasureFile> measures,
      DiagramFile driverDiagram,
      List<RampFile> ramps,
      List<CycleFile> cycles) {}

  @JsonPropertyOrder({"statement", "howMuch", "byWhen"})
  record AimFile(String statement, String howMuch, String byWhen) {}

  @JsonPropertyOrder({"name", "kind", "file", "x", "y", "n", "chart", "direction", "target"})
  record MeasureFile(
      String name,
      String kind,
      String file,
      String x,
      String y,
      String n,
      String chart,
      String direction,
      Double target) {}

  @JsonPropertyOrder({"primaryDrivers"})
  record DiagramFile(List<PrimaryFile> primaryDrivers) {}

  @JsonPropertyOrder({"name", "secondaryDrivers"})
  record PrimaryFile(String name, List<SecondaryFile> secondaryDrivers) {}

  @JsonPropertyOrder({"name", "changeIdeas"})
  record SecondaryFile(String name, List<String> changeIdeas) {}

  @JsonPropertyOrder({"name", "changeIdea"})
  record RampFile(String name, String changeIdea) {}

  @JsonPropertyOrder({
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
    "act"
  })
  record CycleFile(
      Integer number,
      String changeIdea,
      String ramp,
      String measure,
      String objective,
      List<String> questions,
      String prediction,
      String start,
      String end,
      PlanFile plan,
      @JsonProperty("do") DoFile doing,
      StudyFile study,
      ActFile act) {}

  @JsonPropertyOrder({"who", "what", "where", "when", "data"})
  record PlanFile(String who, String what, String where, String when, String data) {}

  @JsonPropertyOrder({"happened", "observations", "problems"})
  record DoFile(String happened, String observations, String problems) {}

  @JsonPropertyOrder({"comparison", "analysis"})
  record StudyFile(String comparison, AnalysisFile analysis) {}

  @JsonPropertyOrder({"decision", "next"})
  record ActFile(String decision, String next) {}

  /** A change analysis; {@code summary} is written for the reader and derived again on reading. */
  @JsonPropertyOrder({
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
    "summary"
  })
  record AnalysisFile(
      String measure,
      String method,
      String chart,
      String start,
      String baselineFrom,
      Integer pointsBefore,
      Integer pointsAfter,
      Double centreBefore,
      Double centreAfter,
      Boolean sigmaSignal,
      Boolean runsSignal,
      Integer pointsToSignal,
      String effect,
      String summary) {}

  // ---- writing: the project's records as the file's

  static Root of(Project p) {
    return new Root(
        ProjectJson.SCHEMA_VERSION,
        p.title(),
        new AimFile(p.aim().statement(), p.aim().howMuch(), text(p.aim().byWhen())),
        p.measures().stream().map(ProjectFile::of).toList(),
        new DiagramFile(
            p.driverDiagram().primaryDrivers().stream()
                .map(
                    d ->
                        new PrimaryFile(
                            d.name(),
                            d.secondaryDrivers().stream()
                                .map(s -> new SecondaryFile(s.name(), s.changeIdeas()))
                                .toList()))
                .toList()),
        p.ramps().stream().map(r -> new RampFile(r.name(), r.changeIdea())).toList(),
        p.cycles().stream().map(ProjectFile::of).toList());
  }

  private static MeasureFile of(Measure m) {
    return new MeasureFile(
        m.name(),
        m.kind().id(),
        m.file(),
        m.x(),
        m.y(),
        m.n(),
        m.chart().id(),
        m.direction().id(),
        number(m.target()));
  }

  static CycleFile of(PdsaCycle c) {
    ChangeAnalysis analysis = c.study().analysis();
    return new CycleFile(
        c.number(),
        c.changeIdea(),
        c.ramp(),
        c.measure(),
        c.objective(),
        c.questions(),
        c.prediction(),
        text(c.start()),
        text(c.end()),
        new PlanFile(
            c.plan().who(), c.plan().what(), c.plan().where(), c.plan().when(), c.plan().data()),
        new DoFile(c.doing().happened(), c.doing().observations(), c.doing().problems()),
        new StudyFile(c.study().comparison(), analysis == null ? null : of(analysis)),
        c.decision() == null ? null : new ActFile(c.decision().act().id(), c.decision().next()));
  }

  static AnalysisFile of(ChangeAnalysis a) {
    return new AnalysisFile(
        a.measure(),
        a.method().id(),
        a.chart().id(),
        text(a.start()),
        text(a.baselineFrom()),
        a.pointsBefore(),
        a.pointsAfter(),
        number(a.centreBefore()),
        number(a.centreAfter()),
        a.sigmaSignal(),
        a.runsSignal(),
        a.pointsToSignal().isPresent() ? a.pointsToSignal().getAsInt() : null,
        a.effect().id(),
        a.summary());
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static Double number(double value) {
    return Double.isFinite(value) ? value : null;
  }

  // ---- reading: the file's records as the project's, each check naming its path

  static Project project(Root r, String source) {
    At root = new At(source, "");
    AimFile aimFile = root.given("aim", r.aim());
    At aim = root.field("aim");
    List<Measure> measures = new ArrayList<>();
    for (int i = 0; i < size(r.measures()); i++) {
      MeasureFile m = root.element("measures", i, r.measures().get(i));
      At at = root.field("measures").index(i);
      measures.add(
          at.build(
              () ->
                  new Measure(
                      m.name(),
                      MeasureKind.fromId(m.kind()),
                      m.file(),
                      m.x(),
                      m.y(),
                      m.n(),
                      ChartType.fromId(String.valueOf(m.chart())),
                      Direction.fromId(m.direction()),
                      nan(m.target()))));
    }
    DiagramFile diagramFile = root.given("driverDiagram", r.driverDiagram());
    At diagram = root.field("driverDiagram");
    List<DriverDiagram.PrimaryDriver> primaries = new ArrayList<>();
    for (int i = 0; i < size(diagramFile.primaryDrivers()); i++) {
      PrimaryFile p = diagram.element("primaryDrivers", i, diagramFile.primaryDrivers().get(i));
      At pAt = diagram.field("primaryDrivers").index(i);
      List<DriverDiagram.SecondaryDriver> secondaries = new ArrayList<>();
      for (int k = 0; k < size(p.secondaryDrivers()); k++) {
        SecondaryFile s = pAt.element("secondaryDrivers", k, p.secondaryDrivers().get(k));
        secondaries.add(
            pAt.field("secondaryDrivers")
                .index(k)
                .build(() -> new DriverDiagram.SecondaryDriver(s.name(), list(s.changeIdeas()))));
      }
      primaries.add(pAt.build(() -> new DriverDiagram.PrimaryDriver(p.name(), secondaries)));
    }
    List<Ramp> ramps = new ArrayList<>();
    for (int i = 0; i < size(r.ramps()); i++) {
      RampFile ramp = root.element("ramps", i, r.ramps().get(i));
      ramps.add(root.field("ramps").index(i).build(() -> new Ramp(ramp.name(), ramp.changeIdea())));
    }
    List<PdsaCycle> cycles = new ArrayList<>();
    for (int i = 0; i < size(r.cycles()); i++) {
      CycleFile c = root.element("cycles", i, r.cycles().get(i));
      cycles.add(cycle(c, root.field("cycles").index(i)));
    }
    return root.build(
        () ->
            new Project(
                r.title(),
                aim.build(
                    () ->
                        new Aim(
                            aimFile.statement(),
                            aimFile.howMuch(),
                            aim.date("byWhen", aimFile.byWhen()))),
                measures,
                diagram.build(() -> new DriverDiagram(primaries)),
                ramps,
                cycles));
  }

  private static PdsaCycle cycle(CycleFile c, At at) {
    PlanFile plan = at.given("plan", c.plan());
    DoFile doing = at.given("do", c.doing());
    StudyFile study = at.given("study", c.study());
    At studyAt = at.field("study");
    ChangeAnalysis analysis =
        study.analysis() == null ? null : analysis(study.analysis(), studyAt.field("analysis"));
    int number = at.given("number", c.number());
    LocalDate start = at.date("start", c.start());
    LocalDate end = at.date("end", c.end());
    ActFile act = c.act();
    return at.build(
        () ->
            new PdsaCycle(
                number,
                c.changeIdea(),
                c.ramp(),
                c.measure(),
                c.objective(),
                list(c.questions()),
                c.prediction(),
                start,
                end,
                at.field("plan")
                    .build(
                        () ->
                            new Plan(
                                plan.who(), plan.what(), plan.where(), plan.when(), plan.data())),
                at.field("do")
                    .build(
                        () -> new Doing(doing.happened(), doing.observations(), doing.problems())),
                studyAt.build(() -> new Study(study.comparison(), analysis)),
                act == null
                    ? null
                    : at.field("act")
                        .build(() -> new Decision(Act.fromId(act.decision()), act.next()))));
  }

  private static ChangeAnalysis analysis(AnalysisFile a, At at) {
    LocalDate start = at.date("start", a.start());
    LocalDate baselineFrom = at.date("baselineFrom", a.baselineFrom());
    int before = at.given("pointsBefore", a.pointsBefore());
    int after = at.given("pointsAfter", a.pointsAfter());
    boolean sigma = at.bool("sigmaSignal", a.sigmaSignal());
    boolean runs = at.bool("runsSignal", a.runsSignal());
    return at.build(
        () ->
            new ChangeAnalysis(
                a.measure(),
                StudyMethod.fromId(a.method()),
                ChartType.fromId(String.valueOf(a.chart())),
                start,
                baselineFrom,
                before,
                after,
                nan(a.centreBefore()),
                nan(a.centreAfter()),
                sigma,
                runs,
                a.pointsToSignal() == null
                    ? OptionalInt.empty()
                    : OptionalInt.of(a.pointsToSignal()),
                Effect.fromId(a.effect())));
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private static List<String> list(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static double nan(Double value) {
    return value == null ? Double.NaN : value;
  }

  /** A path in the file, for messages: {@code cycles[1].plan}; empty at the top. */
  record At(String source, String path) {
    At field(String name) {
      return new At(source, path.isEmpty() ? name : path + "." + name);
    }

    At index(int i) {
      return new At(source, path + "[" + i + "]");
    }

    ProjectFileException error(String field, String problem) {
      String full = field == null ? path : field(field).path();
      return new ProjectFileException(source + ": " + (full.isEmpty() ? "" : full + " ") + problem);
    }

    <T> T given(String field, T value) {
      if (value == null) {
        throw error(field, "must be given");
      }
      return value;
    }

    <T> T element(String list, int i, T value) {
      if (value == null) {
        throw field(list).index(i).error(null, "(null) must be an object");
      }
      return value;
    }

    boolean bool(String field, Boolean value) {
      if (value == null) {
        throw error(field, "(null) must be true or false");
      }
      return value;
    }

    LocalDate date(String field, String text) {
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(field, "(\"" + text + "\") must be a date YYYY-MM-DD");
      }
    }

    /** Builds a value, naming this path in a validation message. */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (ProjectFileException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new ProjectFileException(
            source + ": " + (path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
      }
    }
  }
}
