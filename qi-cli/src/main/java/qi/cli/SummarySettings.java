package qi.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import qi.core.ChartType;
import qi.core.io.Input;
import qi.core.io.InputException;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.series.XValue;
import qi.core.summary.MeasureSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings file of {@code qi summary}: one entry per measure, as CSV with a header row or as
 * JSON (an array of objects, or {@code {"measures": [...]}}), with the fields {@link #FIELDS}. Only
 * {@code measure} is required; a blank or absent field keeps what the data's columns or the
 * defaults give. {@code rebase} lists x values written as the data's, separated by {@code ;} or
 * {@code ,} (a JSON array too). Every error names the file, the row (CSV line or JSON entry), the
 * measure and the field.
 */
final class SummarySettings {
  /** The fields a settings file may have, in the order the README lists them. */
  static final List<String> FIELDS =
      List.of(
          "measure",
          "chart",
          "direction",
          "target",
          "multiply",
          "rebase",
          "unit",
          "group",
          "rules");

  /**
   * One measure's entry.
   *
   * @param where the file and row, e.g. {@code settings.csv line 3}
   * @param fields the non-blank fields by name, {@code measure} among them
   */
  record Entry(String where, Map<String, String> fields) {
    String measure() {
      return fields.get("measure");
    }

    /** The prefix of this entry's messages: file, row and measure. */
    String context() {
      return where + " (measure " + measure() + ")";
    }
  }

  private SummarySettings() {}

  /** Reads the entries of a CSV file, or JSON when the name ends in {@code .json}. */
  static List<Entry> read(String file) {
    Path path = Path.of(file);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": settings file not found (--settings)");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Entry> entries =
        file.toLowerCase(Locale.ROOT).endsWith(".json") ? json(file, text) : csv(file, text);
    Map<String, String> seen = new LinkedHashMap<>();
    for (Entry entry : entries) {
      String before = seen.put(entry.measure(), entry.where());
      if (before != null) {
        throw new IllegalArgumentException(
            entry.context()
                + ": measure is already set at "
                + before.substring(file.length() + 1)
                + "; one entry per measure");
      }
    }
    return entries;
  }

  private static List<Entry> csv(String file, String text) {
    char delimiter = Input.delimiterOf(text);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .skipEmptyLines(true)
            .trimWhitespacesAroundQuotes(true)
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofCsvRecord(text);
    List<Entry> entries = new ArrayList<>();
    try {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(file + ": no header row (is the file empty?)");
      }
      List<String> names =
          records.next().getFields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
      for (String name : names) {
        known(file + " line 1", name);
      }
      if (!names.contains("measure")) {
        throw new IllegalArgumentException(
            file + ": no column \"measure\"; the columns are " + String.join(", ", names));
      }
      while (records.hasNext()) {
        CsvRecord r = records.next();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < r.getFieldCount(); i++) {
          String value = r.getField(i).strip();
          if (!value.isEmpty()) {
            fields.put(names.get(i), value);
          }
        }
        entries.add(entry(file + " line " + r.getStartingLineNumber(), fields));
      }
    } catch (CsvParseException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    return entries;
  }

  private static List<Entry> json(String file, String text) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    JsonNode list = root != null && root.isObject() ? root.get("measures") : root;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          file + ": must hold an array of measure settings, or {\"measures\": [...]}");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = file + " entry " + (i + 1);
      JsonNode item = list.get(i);
      if (!item.isObject()) {
        throw new IllegalArgumentException(where + ": must be an object with a \"measure\" field");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : item.properties()) {
        String name = field.getKey().toLowerCase(Locale.ROOT);
        known(where, name);
        String value = value(field.getValue());
        if (!value.isBlank()) {
          fields.put(name, value.strip());
        }
      }
      entries.add(entry(where, fields));
    }
    return entries;
  }

  /** A JSON value as the text a CSV cell would hold: arrays joined by {@code ;}. */
  private static String value(JsonNode node) {
    if (node.isNull()) {
      return "";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(value(item)));
      return String.join(";", items);
    }
    return node.isString() ? node.stringValue() : node.toString();
  }

  private static Entry entry(String where, Map<String, String> fields) {
    if (!fields.containsKey("measure")) {
      throw new IllegalArgumentException(where + ": measure is missing; every entry names one");
    }
    return new Entry(where, fields);
  }

  private static void known(String where, String name) {
    if (!FIELDS.contains(name)) {
      throw new IllegalArgumentException(
          where + ": unknown field (" + name + "); the fields are " + String.join(", ", FIELDS));
    }
  }

  /**
   * {@code settings} with the fields of {@code entry}, each replacing what was there (the settings
   * file wins over the data's columns).
   *
   * @param dateFormat the data's {@code --date-format}, or null
   * @param like an x value of the measure, whose kind rebase values must share
   */
  static MeasureSettings apply(
      MeasureSettings settings, Entry entry, String dateFormat, XValue like) {
    MeasureSettings s = settings;
    for (Map.Entry<String, String> field : entry.fields().entrySet()) {
      String value = field.getValue();
      UnaryOperator<MeasureSettings> change =
          switch (field.getKey()) {
            case "chart" -> m -> m.withChart(ChartType.fromId(value));
            case "direction" -> m -> m.withDirection(Direction.fromId(value));
            case "target" -> m -> m.withTarget(number("target", value));
            case "multiply" -> m -> m.withMultiply(number("multiply", value));
            case "rebase" ->
                m ->
                    m.withRebase(
                        java.util.Arrays.stream(value.split("[;,]"))
                            .map(String::strip)
                            .filter(x -> !x.isEmpty())
                            .map(x -> XValue.parseLike("rebase", x, dateFormat, like))
                            .toArray(XValue[]::new));
            case "unit" -> m -> m.withUnit(value);
            case "group" -> m -> m.withGroup(value);
            case "rules" -> m -> m.withRules(RuleSet.named(value));
            default -> m -> m; // measure
          };
      try {
        s = change.apply(s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(entry.context() + ": " + e.getMessage(), e);
      }
    }
    return s;
  }

  /** A number of a setting; {@code field (value) must be a number} otherwise. */
  static double number(String field, String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " (" + text + ") must be a number");
    }
  }
}
