package qi.core.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qi.core.internal.Checks;

/**
 * Counts the rows of an event log (one row per event: a fall, an infection, a complaint) per
 * period: falls per week is one observation per week whose y is the number of rows in that week.
 *
 * <p>With denominators (the rows' n, e.g. bed days), each period's n is Σn over its rows, so the
 * counts chart as a U chart of events per unit of exposure. Rows with a missing n add nothing to
 * it.
 *
 * <h2>Empty periods</h2>
 *
 * With a {@link Period}, every period between the first and the last event is present: one with no
 * rows has the count 0 (a real zero, not a gap). It has no denominator to divide by, so with
 * denominators its n is NaN, and the point is a gap. Without a period, or when the x values are
 * periods already and the period is theirs ({@code Jan 2023} with {@link Period#MONTH}), each
 * distinct x is one point and nothing is filled in: qi cannot write a missing label the way the
 * file would have.
 */
public final class EventCounts {
  private EventCounts() {}

  /**
   * One observation per period (or per distinct x when {@code period} is null): y the number of
   * rows, n the sum of their n (NaN when none has one), and the label of its first row in input
   * order (the part label of {@code --part-column}); a period without rows has the label of the
   * period before it, as it belongs to the part in force.
   *
   * @throws IllegalArgumentException when {@code events} is empty, or a period is given and x holds
   *     numbers
   */
  public static List<Observation> of(List<Observation> events, Period period) {
    Checks.notNull("events", events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    TreeMap<XValue, double[]> counts = new TreeMap<>();
    Map<XValue, String> labels = new HashMap<>();
    for (Observation event : events) {
      XValue key = period == null ? event.x() : event.x().bucket(period);
      double[] count = counts.computeIfAbsent(key, k -> new double[] {0, Double.NaN});
      labels.putIfAbsent(key, event.label());
      count[0]++;
      if (!Double.isNaN(event.n())) {
        count[1] = Double.isNaN(count[1]) ? event.n() : count[1] + event.n();
      }
    }
    if (period != null && counts.firstKey() instanceof XValue.Day) {
      LocalDate last = ((XValue.Day) counts.lastKey()).date();
      LocalDate day = ((XValue.Day) counts.firstKey()).date();
      while (day.isBefore(last)) {
        day = next(period, day);
        counts.putIfAbsent(XValue.of(day), new double[] {0, Double.NaN});
      }
    }
    List<Observation> observations = new ArrayList<>(counts.size());
    String label = null;
    for (Map.Entry<XValue, double[]> count : counts.entrySet()) {
      label = labels.getOrDefault(count.getKey(), label);
      double[] c = count.getValue();
      observations.add(new Observation(count.getKey(), c[0], c[1], label));
    }
    return observations;
  }

  private static LocalDate next(Period period, LocalDate start) {
    return switch (period) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }
}
