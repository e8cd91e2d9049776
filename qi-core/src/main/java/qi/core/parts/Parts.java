package qi.core.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import qi.core.internal.Checks;

/**
 * Which part each point belongs to, whether it is in the baseline, and whether it is included in
 * the calculations: the masks that qicharts2's {@code qic.agg} builds as {@code part}, {@code
 * baseline} and {@code include}. Positions are 1-based, in the sorted series.
 *
 * <ul>
 *   <li><b>Parts.</b> A new part starts after each given position; each part gets its own centre
 *       line, limits and runs analysis.
 *   <li><b>Freeze.</b> Centre line and limits come from the first k points only and are drawn over
 *       the whole part; the runs analysis still uses every included point. As in qicharts2, freeze
 *       applies only when no parts are given.
 *   <li><b>Exclusions.</b> Excluded points are left out of centre line, limits and runs analysis,
 *       but are still plotted and can still signal.
 * </ul>
 */
public final class Parts {
  private final int[] part;
  private final boolean[] baseline;
  private final boolean[] included;
  private final int partCount;

  private Parts(int[] part, boolean[] baseline, boolean[] included) {
    this.part = part;
    this.baseline = baseline;
    this.included = included;
    this.partCount = part.length == 0 ? 0 : part[part.length - 1];
  }

  /**
   * The masks for a series of {@code size} points.
   *
   * @param freeze the baseline length k (0: no freeze); ignored when {@code partEnds} is not empty
   * @param partEnds positions after which a new part starts, each in 1 … size − 1
   * @param excluded positions left out of the calculations, each in 1 … size
   * @throws IllegalArgumentException naming the option and value that does not fit the series
   */
  public static Parts of(int size, int freeze, Set<Integer> partEnds, Set<Integer> excluded) {
    return of(size, freeze, partEnds, excluded, 0);
  }

  /**
   * As {@link #of(int, int, Set, Set)}, and within each part only the first {@code fixAfter} points
   * count for centre line and limits (0: all), as NHSRplotthedots' {@code fix_after_n_points}.
   */
  public static Parts of(
      int size, int freeze, Set<Integer> partEnds, Set<Integer> excluded, int fixAfter) {
    Checks.atLeast("freeze", freeze, 0);
    Checks.atLeast("fixAfter", fixAfter, 0);
    if (freeze > size) {
      throw new IllegalArgumentException(
          "freeze (" + freeze + ") must be <= number of subgroups (" + size + ")");
    }
    for (int end : partEnds) {
      if (end < 1 || end >= size) {
        throw new IllegalArgumentException(
            "part ("
                + end
                + ") must be between 1 and "
                + (size - 1)
                + ": a new part starts after that position, and the series has "
                + size
                + " subgroups");
      }
    }
    for (int position : excluded) {
      Checks.position("exclude", position, size);
    }
    boolean[] endsHere = new boolean[size + 1];
    partEnds.forEach(end -> endsHere[end] = true);
    boolean[] left = new boolean[size + 1];
    excluded.forEach(position -> left[position] = true);
    int[] part = new int[size];
    int current = 1;
    for (int i = 0; i < size; i++) {
      part[i] = current;
      if (endsHere[i + 1]) {
        current++;
      }
    }
    boolean[] baseline = new boolean[size];
    boolean[] included = new boolean[size];
    boolean frozen = freeze > 0 && partEnds.isEmpty();
    int partStart = 0;
    for (int i = 0; i < size; i++) {
      if (i > 0 && part[i] != part[i - 1]) {
        partStart = i;
      }
      boolean fixed = fixAfter == 0 || i - partStart < fixAfter;
      baseline[i] = (!frozen || i < freeze) && fixed;
      included[i] = !left[i + 1];
    }
    return new Parts(part, baseline, included);
  }

  /**
   * Part ends from a label per point: a new part starts where a label appears for the first time,
   * as qicharts2 does with a character {@code part} column. A label that comes back later does not
   * start a new part.
   */
  public static Set<Integer> partEndsFromLabels(List<String> labels) {
    Set<String> seen = new java.util.HashSet<>();
    Set<Integer> ends = new TreeSet<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = Objects.requireNonNullElse(labels.get(i), "");
      if (seen.add(label) && i > 0) {
        ends.add(i);
      }
    }
    return ends;
  }

  public int size() {
    return part.length;
  }

  public int partCount() {
    return partCount;
  }

  /** The 1-based part of the point at 0-based {@code index}. */
  public int part(int index) {
    return part[index];
  }

  public boolean isBaseline(int index) {
    return baseline[index];
  }

  public boolean isIncluded(int index) {
    return included[index];
  }

  /** The 0-based index ranges [from, to) of the parts, in order. */
  public List<int[]> partRanges() {
    List<int[]> ranges = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= part.length; i++) {
      if (i == part.length || part[i] != part[from]) {
        ranges.add(new int[] {from, i});
        from = i;
      }
    }
    return ranges;
  }

  @Override
  public String toString() {
    return "Parts" + Arrays.toString(part);
  }
}
