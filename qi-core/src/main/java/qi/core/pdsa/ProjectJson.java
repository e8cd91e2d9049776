package qi.core.pdsa;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

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
 * The layout is the records of {@link ProjectFile}, mapped by jackson-databind with its defaults
 * made strict: unknown fields are rejected (a misspelt field in a hand-edited file would otherwise
 * be dropped on the next write), a string is never taken for a number nor a number for a string or
 * a whole number, duplicate fields are rejected, and the field order is fixed by the records.
 * Messages name the field's path, as {@code cycles[1].start}.
 */
public final class ProjectJson {
  /** The schema version this qi writes. */
  public static final int SCHEMA_VERSION = 2;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .build();

  private ProjectJson() {}

  /** The project as JSON text, ending with a line break. */
  public static String write(Project project) {
    return text(ProjectFile.of(project));
  }

  /** One cycle as JSON text, the object stored in the project file. */
  public static String write(PdsaCycle cycle) {
    return text(ProjectFile.of(cycle));
  }

  /** A change analysis as JSON text. */
  public static String write(ChangeAnalysis analysis) {
    return text(ProjectFile.of(analysis));
  }

  private static String text(Object file) {
    return MAPPER.writeValueAsString(file) + "\n";
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
      current = SchemaMigration.fromV1(current);
    }
    ProjectFile.Root file;
    try {
      file = MAPPER.treeToValue(current, ProjectFile.Root.class);
    } catch (JacksonException e) {
      throw new ProjectFileException(source + ": " + problem(e, current), e);
    }
    return ProjectFile.project(file, source);
  }

  /** What the mapping could not take, at its path: {@code cycles[0].number ("1") must be ...}. */
  private static String problem(JacksonException e, JsonNode root) {
    List<JacksonException.Reference> path = e.getPath();
    if (e instanceof UnrecognizedPropertyException u) {
      String at = path(path.subList(0, Math.max(path.size() - 1, 0)));
      return (at.isEmpty() ? "" : at + " ")
          + "has an unknown field \""
          + u.getPropertyName()
          + "\"; the fields are "
          + u.getKnownPropertyIds();
    }
    Class<?> target =
        e instanceof MismatchedInputException m
            ? m.getTargetType()
            : e instanceof InputCoercionException c ? c.getTargetType() : null;
    if (target != null && !path.isEmpty()) {
      return path(path) + " (" + valueAt(root, path) + ") must be " + expected(target);
    }
    String at = path(path);
    return (at.isEmpty() ? "" : at + ": ") + oneLine(e.getOriginalMessage());
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Double.class || type == double.class) {
      return "a number or null";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return List.class.isAssignableFrom(type) ? "an array" : "an object";
  }

  /** {@code cycles[1].start} for the references root → "cycles" → 1 → "start". */
  private static String path(List<JacksonException.Reference> references) {
    StringBuilder s = new StringBuilder();
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        s.append(s.length() == 0 ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  /** The JSON text of the value at {@code references}, as the file has it. */
  private static JsonNode valueAt(JsonNode root, List<JacksonException.Reference> references) {
    JsonNode node = root;
    for (JacksonException.Reference r : references) {
      node = r.getPropertyName() != null ? node.path(r.getPropertyName()) : node.path(r.getIndex());
    }
    return node;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
