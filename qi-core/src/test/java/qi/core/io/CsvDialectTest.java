package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import qi.core.series.Observation;
import qi.core.series.XValue;

/**
 * The CSV rules qi reads by, whatever parses them: those of Apache Commons CSV 1.14 with the format
 * qi first used ({@code RFC4180} with the header, ignored surrounding spaces, ignored empty lines).
 * Each expected value is the text written into the input, read by those rules.
 */
class CsvDialectTest {
  private static final Columns XY = Columns.of("x", "y");
  private static final Columns XY_LABEL = Columns.of("x", "y").withLabel("note");

  private static List<Observation> read(String text, Columns columns) {
    return CsvInput.read(new StringReader(text), "t.csv", columns);
  }

  @Test
  void quotedFieldKeepsDelimitersLineBreaksAndDoubledQuotes() {
    List<Observation> rows = read("x,y,note\n1,2,\"a,b \"\"c\"\"\nd\"\n", XY_LABEL);

    assertThat(rows).extracting(Observation::label).containsExactly("a,b \"c\"\nd");
  }

  @Test
  void quoteInsideAnUnquotedFieldIsKeptAsItIs() {
    List<Observation> rows = read("x,y,note\n1,2,5\" screw\n", XY_LABEL);

    assertThat(rows).extracting(Observation::label).containsExactly("5\" screw");
  }

  @Test
  void crlfLfAndLoneCrAllEndARecord() {
    List<Observation> rows = read("x,y\r\n1,10\n2,20\r3,30\r\n", XY);

    assertThat(rows).extracting(Observation::y).containsExactly(10.0, 20.0, 30.0);
  }

  /** FastCSV's strict parser before 4.3 took the line break after {@code "a\rb"} for a CRLF's. */
  @Test
  void loneCrInsideQuotesLeavesTheNextLineBreakEndingTheRecord() {
    List<Observation> rows = read("x,y,note\n1,10,\"a\rb\"\n2,20,c\n", XY_LABEL);

    assertThat(rows).extracting(Observation::label).containsExactly("a\rb", "c");
  }

  @Test
  void byteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstName() {
    List<Observation> rows = read("\uFEFFx,y\n1,10\n", XY);

    assertThat(rows).extracting(Observation::y).containsExactly(10.0);
  }

  @Test
  void emptyLinesAreSkippedButCountedInLineNumbers() {
    assertThat(read("\nx,y\n\n1,10\r\n\r\n2,20\n\n", XY))
        .extracting(Observation::y)
        .containsExactly(10.0, 20.0);
    assertThatThrownBy(() -> read("x,y\n\n1,10\n\r\n2,ten\n", XY))
        .hasMessage("t.csv: line 5, column \"y\": \"ten\" is not a number");
  }

  @Test
  void whitespaceAroundUnquotedFieldsIsDropped() {
    List<Observation> rows = read(" x \t, y\n 1 ,\t10 \n", XY);

    assertThat(rows).extracting(Observation::x).containsExactly(XValue.of(1));
    assertThat(rows).extracting(Observation::y).containsExactly(10.0);
  }

  @Test
  void spacesAroundQuotesAreDroppedButSpacesInsideKept() {
    List<Observation> rows = read("\"x\", \" y \" \n1, \"10\" \n", Columns.of("x", " y "));

    assertThat(rows).extracting(Observation::y).containsExactly(10.0);
  }

  @Test
  void delimiterAtTheEndOfTheTextAddsAnEmptyLastField() {
    List<Observation> rows = read("x,y\n1,10\n2,", XY);

    assertThat(rows).extracting(Observation::y).containsExactly(10.0, Double.NaN);
  }

  @Test
  void lineNumbersAreThoseWhereTheRecordStarts() {
    assertThatThrownBy(() -> read("x,y,note\n1,10,\"two\nlines\"\n2,ten,c\n", XY_LABEL))
        .hasMessage("t.csv: line 4, column \"y\": \"ten\" is not a number");
  }

  @Test
  void quoteNeverClosedNamesTheLineWhereItOpens() {
    assertThatThrownBy(() -> read("x,y\n1,\"10\n2,20\n", XY))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.csv: line 2, column \"y\": quoted value not closed: no closing \" before the end"
                + " of the file");
  }

  @Test
  void quoteNeverClosedBeforeTheLongestFieldIsNamedToo() {
    String rows = "3,4\n".repeat(16 * 1024 * 1024 / 4);

    assertThatThrownBy(() -> read("x,y\n1,\"2\n" + rows, XY))
        .hasMessage(
            "t.csv: line 2, column \"y\": value longer than 16777216 characters; is a quote not"
                + " closed?");
  }

  @Test
  void textAfterAClosingQuoteIsRejected() {
    assertThatThrownBy(() -> read("x,y\n1,\"10\"5\n", XY))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "t.csv: line 2, column \"y\": \"5\" after the closing quote; a quote inside a quoted"
                + " value is written \"\"");
    // FastCSV drops only characters up to U+0020 around quotes: U+2028, whitespace to Java's
    // Character.isWhitespace and so to Commons CSV, is text after the closing quote. Being a line
    // break, it shows as a space in the one-line message.
    assertThatThrownBy(() -> read("x,y\n1,\"10\"\u2028\n", XY))
        .hasMessage(
            "t.csv: line 2, column \"y\": \" \" after the closing quote; a quote inside a quoted"
                + " value is written \"\"");
  }

  @Test
  void emptyHeaderNameIsRejectedWithTheHeader() {
    assertThatThrownBy(() -> read("x,,y\n1,2,3\n", XY))
        .hasMessage("t.csv: line 1, column 2: header name is empty; the header is [x, , y]");
  }

  @Test
  void lineWithTooFewFieldsNamesTheFirstColumnMissing() {
    assertThatThrownBy(() -> read("x,note,y\n1,a,10\n2,b\n", XY))
        .hasMessage("t.csv: line 3, column \"y\": missing; the line has 2 fields, the header 3");
  }

  @Test
  void repeatedSelectedColumnIsRefusedAndARepeatedOtherColumnIsNot() {
    // which "y" is meant would be a guess; a repeated column that is not read does not matter
    assertThatThrownBy(() -> read("x,y,y\n1,10,20\n", XY))
        .hasMessageStartingWith("t.csv: column \"y\" appears more than once in the header");
    assertThat(read("x,y,z,z\n1,10,a,b\n", XY)).extracting(Observation::y).containsExactly(10.0);
  }
}
