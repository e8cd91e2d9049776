package qi.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qi.core.series.Observation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads observations from a JSON array of objects, one object per row: {@code [{"week":
 * "2025-01-06", "minutes": 24.2}, ...]}. Fields hold numbers, text (read as a CSV cell is) or
 * {@code null} (missing); a field absent from one object is missing there. The array is read one
 * object at a time, so it may be large.
 *
 * <p>Every error is an {@link InputException} naming the source, the record (1-based) with its
 * line, and the field.
 */
public final class JsonInput {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonInput() {}

  /** Reads the observations of a JSON file. */
  public static List<Observation> read(Path file, Columns columns, ReadOptions options) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), columns, options);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Reads the observations of JSON text.
   *
   * @param source the name used in messages (a file name, or {@code <stdin>})
   */
  public static List<Observation> read(
      Reader reader, String source, Columns columns, ReadOptions options) {
    Map<Long, Long> lines = new HashMap<>();
    Set<String> fields = new LinkedHashSet<>();
    Table table =
        new Table(
            source,
            (row, column) ->
                "record "
                    + row.number()
                    + " (line "
                    + lines.get(row.number())
                    + "), field \""
                    + column
                    + "\"",
            columns,
            options.decimalSeparator(),
            options.dateFormat());
    long record = 0;
    boolean inRecord = false;
    try (JsonParser parser = MAPPER.createParser(reader)) {
      JsonToken start = parser.nextToken();
      if (start != JsonToken.START_ARRAY) {
        throw new InputException(
            source
                + ": expected an array of objects, [{...}, {...}], but the file starts with "
                + (start == null ? "nothing" : parser.getString()));
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        record++;
        inRecord = true;
        long line = parser.currentTokenLocation().getLineNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw new InputException(
              source + ": record " + record + " (line " + line + ") is not an object");
        }
        JsonNode node = MAPPER.readTree(parser);
        node.propertyNames().forEach(fields::add);
        lines.put(record, line);
        table.add(
            new Table.Row(
                record,
                cell(source, record, line, node, columns.x()),
                cell(source, record, line, node, columns.y()),
                cell(source, record, line, node, columns.n()),
                cell(source, record, line, node, columns.label())));
        inRecord = false;
      }
    } catch (JacksonException e) {
      throw new InputException(
          source + ": " + malformed(e, inRecord ? "record " + record : "after record " + record),
          e);
    }
    if (record == 0) {
      throw new InputException(source + ": no data rows");
    }
    Header.requireColumns(source, "field", List.copyOf(fields), columns);
    return table.observations();
  }

  /**
   * The parser's error in our words: where (line, column, record) and what, without the parser's
   * advice on its own settings ("enable JsonReadFeature...", "StreamReadConstraints...").
   */
  static String malformed(JacksonException e, String record) {
    TokenStreamLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? record
            : "line " + at.getLineNr() + ", column " + at.getColumnNr() + " (" + record + ")";
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return "a value at " + where + " is too long or nested too deeply to be read";
    }
    if (message.startsWith("Duplicate Object property")) {
      int open = message.indexOf('"');
      int close = message.lastIndexOf('"');
      String field = open >= 0 && close > open ? message.substring(open + 1, close) : "a field";
      return "field \""
          + field
          + "\" appears twice in one object at "
          + where
          + "; which value is meant would be a guess";
    }
    // "Unexpected character ('x' (code 120)): expected a valid value ...": keep what was found,
    // drop what the parser expected or suggests
    String what = message.split(":\\s|\\R|;\\s", 2)[0].strip();
    if (what.isEmpty() || what.contains("Feature") || what.contains("enable")) {
      what = "unexpected text";
    }
    return "not valid JSON at " + where + ": " + what;
  }

  private static Object cell(String source, long record, long line, JsonNode node, String field) {
    if (field == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isString()) {
      return value.stringValue();
    }
    throw new InputException(
        source
            + ": record "
            + record
            + " (line "
            + line
            + "), field \""
            + field
            + "\": "
            + value
            + " is neither a number nor text");
  }
}
