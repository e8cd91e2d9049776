package qi.core.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import qi.core.internal.Checks;
import qi.core.series.Aggregation;
import qi.core.series.Observation;
import qi.core.series.Series;

/**
 * A board summary across many measures, as NHS England's Making Data Count asks for it: per measure
 * the latest value, its limits and the variation and assurance icons ({@link MeasureSummary}).
 *
 * <p>Built from long-format data, one row per measure and period: each {@link Observation}'s {@code
 * label} names its measure. Each measure is analyzed on its own, exactly as {@code qi analyze}
 * analyzes that measure's rows alone with the same options: a ratio series ({@link
 * Series#ofRatios(List)}) when any of its rows has a denominator, otherwise values whose rows with
 * the same x are averaged ({@link Aggregation#MEAN}), then the chart of its {@link
 * MeasureSettings}.
 *
 * <pre>{@code
 * Summary board = Summary.of(rows, List.of(
 *     MeasureSettings.of("Falls").withDirection(Direction.DECREASE).withTarget(5)));
 * for (MeasureSummary m : board.measures()) {
 *   System.out.println(m.measure() + ": " + m.variation().id());
 * }
 * }</pre>
 *
 * @param measures the rows, in the order the measures first appear in the data
 */
public record Summary(List<MeasureSummary> measures) {
  public Summary {
    measures = List.copyOf(measures);
  }

  /**
   * Analyzes every measure of {@code rows}: those named in {@code settings} with their settings,
   * the others with {@link MeasureSettings#of(String)}'s defaults. Measures are independent and
   * analyzed in parallel; an error is that of the first failing measure in order.
   *
   * @param rows the observations, each labelled with its measure's name
   * @param settings settings per measure, at most one per measure, each naming a measure of the
   *     data
   * @throws IllegalArgumentException when there are no rows, a row has no measure, settings name a
   *     measure twice or one that is not in the data, or a measure's analysis fails (the message
   *     starts with {@code measure NAME:})
   */
  public static Summary of(List<Observation> rows, List<MeasureSettings> settings) {
    Checks.notEmpty("rows", Checks.notNull("rows", rows));
    Checks.notNull("settings", settings);
    Map<String, List<Observation>> byMeasure = new LinkedHashMap<>();
    for (Observation row : rows) {
      String measure = row.label();
      if (measure == null || measure.isBlank()) {
        throw new IllegalArgumentException(
            "measure of the row at x " + row.x().text() + " must not be blank");
      }
      byMeasure.computeIfAbsent(measure, k -> new ArrayList<>()).add(row);
    }
    Map<String, MeasureSettings> given = new HashMap<>();
    for (MeasureSettings s : settings) {
      if (!byMeasure.containsKey(s.measure())) {
        throw new IllegalArgumentException(
            "settings name measure (" + s.measure() + ") that is not in the data");
      }
      if (given.put(s.measure(), s) != null) {
        throw new IllegalArgumentException(
            "settings name measure (" + s.measure() + ") more than once");
      }
    }
    List<Map.Entry<String, List<Observation>>> entries = new ArrayList<>(byMeasure.entrySet());
    Object[] results = new Object[entries.size()];
    IntStream.range(0, results.length)
        .parallel()
        .forEach(
            k -> {
              String measure = entries.get(k).getKey();
              MeasureSettings s = given.getOrDefault(measure, MeasureSettings.of(measure));
              try {
                results[k] =
                    MeasureSummary.of(s, s.spec(series(entries.get(k).getValue())).analyze());
              } catch (IllegalArgumentException e) {
                results[k] =
                    new IllegalArgumentException("measure " + measure + ": " + e.getMessage(), e);
              } catch (RuntimeException e) {
                results[k] = e;
              }
            });
    List<MeasureSummary> measures = new ArrayList<>(results.length);
    for (Object result : results) {
      if (result instanceof RuntimeException e) {
        throw e;
      }
      measures.add((MeasureSummary) result);
    }
    return new Summary(measures);
  }

  /**
   * The series of one measure's rows, as {@code qi analyze} reads them: ratios when any row has a
   * denominator (with {@code --n}), otherwise values averaged per x.
   */
  public static Series series(List<Observation> rows) {
    boolean ratios = rows.stream().anyMatch(row -> !Double.isNaN(row.n()));
    return ratios ? Series.ofRatios(rows) : Series.of(rows, Aggregation.MEAN);
  }

  /** The groups of the measures, in the order they first appear; {@code ""} when one has none. */
  public List<String> groups() {
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    measures.forEach(m -> groups.add(m.group()));
    return List.copyOf(groups);
  }

  /** The measures of {@code group}, in order. */
  public List<MeasureSummary> measures(String group) {
    return measures.stream().filter(m -> m.group().equals(group)).toList();
  }
}
