package qi.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.io.InputException;

class FunnelInputTest {
  private static List<FunnelRow> read(String csv) {
    return FunnelInput.read(new StringReader(csv), "t.csv", "trust", "deaths", "expected");
  }

  @Test
  void readsTheNamedColumnsWithTheirLineNumbers() {
    List<FunnelRow> rows = read("\uFEFFtrust,region,deaths,expected\nA,N,10,9.5\n\nB,S,3,4\n");
    assertThat(rows).containsExactly(new FunnelRow("A", 10, 9.5, 2), new FunnelRow("B", 3, 4, 4));
  }

  @Test
  void readsSemicolonsWithDecimalCommas() {
    List<FunnelRow> rows = read("trust;deaths;expected\n\"Trust; A\";10;9,5\n");
    assertThat(rows).containsExactly(new FunnelRow("Trust; A", 10, 9.5, 2));
  }

  @Test
  void aMissingColumnListsTheColumns() {
    assertThatThrownBy(() -> read("trust,deaths\nA,1\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("t.csv: no column \"expected\"; the columns are trust, deaths");
  }

  @Test
  void aCellThatIsNotANumberNamesLineColumnAndUnit() {
    assertThatThrownBy(() -> read("trust,deaths,expected\nA,1,2\nB,ten,2\n"))
        .hasMessage("t.csv: line 3, column \"deaths\" (unit \"B\"): \"ten\" is not a number");
  }

  @Test
  void anEmptyCellIsAMissingValue() {
    assertThatThrownBy(() -> read("trust,deaths,expected\nA,1,\n"))
        .hasMessage("t.csv: line 2, column \"expected\" (unit \"A\"): missing value");
  }

  @Test
  void anEmptyUnitIsNamedByItsLine() {
    assertThatThrownBy(() -> read("trust,deaths,expected\n,1,2\n"))
        .hasMessage("t.csv: line 2, column \"trust\": the unit is empty");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> read("")).hasMessage("t.csv: no header row (is the file empty?)");
  }
}
