package qi.core.pdsa;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Older layouts of the project file turned into the current one, on the JSON tree before the
 * records are mapped, so that the mapping knows one layout only. See {@link ProjectJson} for what
 * each version changed.
 */
final class SchemaMigration {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaMigration() {}

  /** Version 1 → 2: the aim string becomes {@code {"statement"}}; act and next join in "act". */
  static ObjectNode fromV1(ObjectNode v1) {
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
}
