package qi.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRecords} splits text into the records that Apache Commons CSV 1.14.1 (the oracle, the
 * reader qi used before) gives with the format qi used: RFC 4180 with ignored surrounding spaces
 * and ignored empty lines. Both fail on the same text, with qi's own message.
 */
class CsvRecordsTest {
  private static final String[] FRAGMENTS = {
    "a",
    "b",
    "12",
    "1.5",
    " ",
    "  ",
    "\t",
    ",",
    ",",
    ";",
    "|",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "\"",
    "\"\"",
    "\"x\"",
    "\"a,b\"",
    "\"a\nb\"",
    "\" q \"",
    "\u00a0",
    "\u2028",
    "\u0000",
    "\uFEFF",
    "é"
  };

  @Provide
  Arbitrary<String> csvText() {
    return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  /** Records as lists of fields, or the one word "fails". */
  private static List<List<String>> commons(String text, char delimiter) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    } catch (IOException | RuntimeException e) {
      return List.of(List.of("fails"));
    }
    return records;
  }

  /** Records read through a buffer of four characters, so that fields cross its refills. */
  private static CsvRecords records(String text, char delimiter) {
    char[] buffer = new char[4];
    return new CsvRecords(new StringReader(text), "t.csv", delimiter, buffer, 0, 0);
  }

  private static List<List<String>> qi(String text, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    try {
      CsvRecords reader = records(text, delimiter);
      while (reader.next()) {
        records.add(reader.fields());
      }
    } catch (IOException | InputException e) {
      return List.of(List.of("fails"));
    }
    return records;
  }

  @Property(seed = "20261125", tries = 3000)
  void recordsAreThoseOfCommonsCsvWithComma(@ForAll("csvText") String text) {
    assertThat(qi(text, ',')).isEqualTo(commons(text, ','));
  }

  @Property(seed = "20261125", tries = 3000)
  void recordsAreThoseOfCommonsCsvWithTab(@ForAll("csvText") String text) {
    assertThat(qi(text, '\t')).isEqualTo(commons(text, '\t'));
  }

  @Test
  void eachRecordIsNamedByTheLineItStartsOn() throws IOException {
    CsvRecords reader = records("x,y\n\n1,2\r\n\"a\nb\",3\r4,5", ',');
    List<Long> lines = new ArrayList<>();
    while (reader.next()) {
      lines.add(reader.line());
    }

    // header 1, empty line 2, "1,2" 3, "a\nb" over 4 and 5, a lone \r ends line 5, "4,5" 6
    assertThat(lines).containsExactly(1L, 3L, 4L, 6L);
  }

  @Test
  void quoteNeverClosedNamesTheLineWhereItOpensAndTheColumn() throws IOException {
    CsvRecords reader = records("x,y\n1,\"2\n3,4\n", ',');
    reader.next();
    reader.nameColumns(reader.fields());

    assertThatThrownBy(reader::next)
        .hasMessage(
            "t.csv: line 2, column \"y\": quoted value not closed: no closing \" before the end of"
                + " the file");
  }

  @Test
  void textAfterAClosingQuoteNamesLineAndColumn() throws IOException {
    CsvRecords reader = records("x,y\n1,2\n3,\"4\"5\n", ',');
    reader.next();
    reader.nameColumns(reader.fields());
    reader.next();

    assertThatThrownBy(reader::next)
        .hasMessage(
            "t.csv: line 3, column \"y\": \"5\" after the closing quote; a quote inside a quoted"
                + " value is written \"\"");
  }

  @Test
  void columnsBeyondTheHeaderAreNumbered() throws IOException {
    CsvRecords reader = records("x\n1,\"2\"3\n", ',');
    reader.next();
    reader.nameColumns(reader.fields());

    assertThatThrownBy(reader::next).hasMessageStartingWith("t.csv: line 2, column 2: \"3\" after");
  }
}
