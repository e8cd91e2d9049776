package qi.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import qi.core.internal.Stats;

/**
 * A {@link Series} keeps its subgroups as columns, with a shortcut when every subgroup has one row.
 * Whichever storage it picks, {@link Series#subgroups()} must read as the grouping that the class
 * documents, written out here the obvious way: rows grouped by x in a sorted map, each subgroup's
 * fields from its rows in input order (qicharts2 0.8.1 {@code qic.agg}).
 */
class ColumnarSeriesTest {

  @Property(tries = 300, seed = "9101")
  void subgroupsReadAsTheObviousGrouping(
      @ForAll("rows") List<Observation> rows, @ForAll Aggregation aggregation) {
    assertThat(Series.of(rows, aggregation).subgroups())
        .containsExactlyElementsOf(obviousGrouping(rows, aggregation, false));
  }

  @Property(tries = 300, seed = "9102")
  void ratioSubgroupsReadAsTheObviousGrouping(@ForAll("ratioRows") List<Observation> rows) {
    assertThat(Series.ofRatios(rows).subgroups())
        .containsExactlyElementsOf(obviousGrouping(rows, null, true));
  }

  @Test
  void ofValuesPutsEachValueAtItsPosition() {
    Series series = Series.ofValues(4, Double.NaN, 6);

    assertThat(series.subgroups())
        .containsExactly(
            new Subgroup(XValue.of(1), 4, Double.NaN, 4, 1, 4, Double.NaN, null),
            new Subgroup(
                XValue.of(2), Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, null),
            new Subgroup(XValue.of(3), 6, Double.NaN, 6, 1, 6, Double.NaN, null));
  }

  @Test
  void ofValuesKeepsNoReferenceToTheCallersArray() {
    double[] values = {1, 2, 3};
    Series series = Series.ofValues(values);
    values[0] = 100;

    assertThat(series.subgroups().get(0).value()).isEqualTo(1);
  }

  @Test
  void ofValuesRejectsAnInfiniteValueByPosition() {
    assertThatThrownBy(() -> Series.ofValues(1, Double.POSITIVE_INFINITY))
        .hasMessage("y (Infinity) at x 2 must be finite; NaN marks a missing value");
  }

  @Test
  void theSubgroupViewCannotBeChanged() {
    List<Subgroup> subgroups = Series.ofValues(1, 2).subgroups();

    assertThatThrownBy(() -> subgroups.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> subgroups.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Rows on x = 1 … 6, often sharing an x, values sometimes missing, labels sometimes given. */
  @Provide
  Arbitrary<List<Observation>> rows() {
    Arbitrary<Observation> row =
        Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.doubles().between(-100, 100).injectNull(0.15),
                Arbitraries.of("a", "b").injectNull(0.5))
            .as((x, y, label) -> new Observation(XValue.of(x), nanIfNull(y), Double.NaN, label));
    return row.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Observation>> ratioRows() {
    Arbitrary<Observation> row =
        Combinators.combine(
                Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 20).map(Double::valueOf).injectNull(0.15),
                Arbitraries.integers().between(1, 40).map(Double::valueOf).injectNull(0.15))
            .as((x, y, n) -> Observation.ofRatio(XValue.of(x), nanIfNull(y), nanIfNull(n)));
    return row.list().ofMinSize(1).ofMaxSize(12);
  }

  private static double nanIfNull(Double value) {
    return value == null ? Double.NaN : value;
  }

  private static List<Subgroup> obviousGrouping(
      List<Observation> rows, Aggregation aggregation, boolean ratios) {
    Map<XValue, List<Observation>> groups = new TreeMap<>();
    rows.forEach(row -> groups.computeIfAbsent(row.x(), x -> new ArrayList<>()).add(row));
    List<Subgroup> expected = new ArrayList<>();
    groups.forEach(
        (x, group) -> {
          double[] ys = new double[group.size()];
          double[] ns = new double[group.size()];
          int present = 0;
          for (int k = 0; k < ys.length; k++) {
            Observation row = group.get(k);
            boolean complete = !ratios || !(Double.isNaN(row.y()) || Double.isNaN(row.n()));
            ys[k] = complete ? row.y() : Double.NaN;
            ns[k] = complete ? row.n() : Double.NaN;
            present += Double.isNaN(ys[k]) ? 0 : 1;
          }
          double sum = present == 0 ? Double.NaN : Stats.sum(ys);
          double n = ratios && present > 0 ? Stats.sum(ns) : Double.NaN;
          double value;
          if (present == 0) {
            value = Double.NaN;
          } else {
            value = ratios ? sum / n : aggregation.apply(ys);
          }
          expected.add(
              new Subgroup(
                  x, value, n, sum, present, Stats.mean(ys), Stats.sd(ys), group.get(0).label()));
        });
    return expected;
  }
}
