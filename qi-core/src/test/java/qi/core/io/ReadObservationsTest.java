package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * The list a reader returns, rows held as values and rows read with their whole column mixed, is
 * the list of observations written in the file: in file order, equal to an ordinary list of them,
 * unmodifiable.
 */
class ReadObservationsTest {
  private static List<Observation> read(String csv, Columns columns) {
    return CsvInput.read(new StringReader(csv), "t.csv", columns);
  }

  @Test
  void rowsHeldAsValuesAndRowsReadAsTextKeepTheirOrder() {
    // ;-delimited, so the decimal separator is detected: "2,5" and "3,5" wait for the column,
    // the integers and the empty x (dropped) do not.
    List<Observation> read = read("x;y\n1;2,5\n2;7\n;9\n3;3,5\n4;NA\n", Columns.of("x", "y"));

    assertThat(read)
        .isEqualTo(
            List.of(
                Observation.of(XValue.of(1), 2.5),
                Observation.of(XValue.of(2), 7),
                Observation.of(XValue.of(3), 3.5),
                Observation.of(XValue.of(4), Double.NaN)));
  }

  @Test
  void datesRatiosAndLabelsAreRead() {
    List<Observation> read =
        read(
            "week,falls,days,ward\n2024-01-01,3,250,A\n2024-01-08,4,260, B \n2024-01-01,5,270,C\n",
            Columns.of("week", "falls").withN("days").withLabel("ward"));

    XValue first = XValue.of(LocalDate.of(2024, 1, 1));
    assertThat(read)
        .containsExactly(
            new Observation(first, 3, 250, "A"),
            new Observation(XValue.of(LocalDate.of(2024, 1, 8)), 4, 260, "B"),
            new Observation(first, 5, 270, "C"));
  }

  @Test
  void listIsUnmodifiableAndChecksItsIndex() {
    List<Observation> read = read("x,y\n1,2\n2,3\n", Columns.of("x", "y"));

    assertThatThrownBy(() -> read.add(Observation.of(XValue.of(3), 4)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> read.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(read).hasSize(2).hasSameHashCodeAs(List.copyOf(read));
  }
}
