package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises of the README's "Your files are safe" against careless and hostile use: an input is
 * never overwritten, temporary files do not last, ambiguous input is refused, and text from a file
 * cannot drive the terminal.
 */
class CarelessUseTest {
  private static final String DATA = "week,minutes\n1,10\n2,12\n3,11\n4,13\n";

  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void writeData() throws IOException {
    data = dir.resolve("same.csv");
    Files.writeString(data, DATA);
  }

  private CliRun analyzeTo(String input, String output) {
    return CliRun.of(
        "analyze",
        input,
        "--chart",
        "i",
        "--x",
        "week",
        "--y",
        "minutes",
        "--format",
        "csv",
        "--output",
        output);
  }

  // 1. the input is never the output

  @Test
  void outputThatIsTheInputIsRefusedHoweverItIsSpelled() throws IOException {
    Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
    for (String output :
        new String[] {
          data.toString(),
          dir.resolve(".").resolve("same.csv").toString(),
          dir.resolve("sub").resolve("..").resolve("same.csv").toString(),
          link.toString()
        }) {
      assertBadInput(
          analyzeTo(data.toString(), output),
          "--output (" + output + ") is the same file as the input",
          "choose another --output");
    }
    // the input read through a link, written to its real name
    assertBadInput(analyzeTo(link.toString(), data.toString()), "is the same file as the input");
    assertThat(Files.readString(data)).isEqualTo(DATA);
  }

  @Test
  void hardLinkToTheInputIsRefused() throws IOException {
    Path hard = Files.createLink(dir.resolve("hard.csv"), data);

    assertBadInput(analyzeTo(data.toString(), hard.toString()), "is the same file as the input");
    assertThat(Files.readString(data)).isEqualTo(DATA);
  }

  @Test
  void chartOverItsInputOrProjectIsRefused() throws IOException {
    Path html = dir.resolve("data.html");
    Files.writeString(html, "keep");

    assertBadInput(
        CliRun.of(
            "chart",
            data.toString(),
            "--x",
            "week",
            "--y",
            "minutes",
            "--project",
            html.toString(),
            "--output",
            dir.resolve(".").resolve("data.html").toString()),
        "is the same file as --project");
    assertThat(Files.readString(html)).isEqualTo("keep");
  }

  @Test
  void outputBesideTheInputIsWritten() {
    CliRun run = analyzeTo(data.toString(), dir.resolve("points.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("points.csv")).exists();
  }

  // 2. temporary files do not last

  @Test
  void staleTemporaryFilesOfKilledWritersAreRemovedByTheNextWrite() throws IOException {
    Path stale = dir.resolve(".other.csv" + Outputs.TEMP_SUFFIX);
    Path ownStale = Outputs.temporaryOf(dir.resolve("points.csv"));
    Path notOurs = dir.resolve(".other.csv.tmp");
    Files.writeString(stale, "half");
    Files.writeString(ownStale, "half");
    Files.writeString(notOurs, "someone else's");

    CliRun run = analyzeTo(data.toString(), dir.resolve("points.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(ownStale).doesNotExist();
    assertThat(notOurs).exists();
  }

  @Test
  void temporaryFileOfALiveWriterIsLeftAlone() throws IOException {
    Path live = dir.resolve(".busy.csv" + Outputs.TEMP_SUFFIX);
    Files.writeString(live, "being written");
    // another qi writing busy.csv holds the lock on its temporary file
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                live.toString())
            .start();
    try {
      assertThat(other.getInputStream().read()).isEqualTo('L'); // locked

      CliRun run = analyzeTo(data.toString(), dir.resolve("points.csv").toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(live).exists();
    } finally {
      other.destroy();
    }
  }

  /** Holds a lock on a file, as a writing qi does, until killed. */
  static final class LockHolder {
    public static void main(String[] args) throws Exception {
      try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        System.out.write('L');
        System.out.flush();
        Thread.sleep(60_000);
      }
    }
  }

  @Test
  void failedWriteLeavesNoTemporaryFile() throws IOException {
    // --output names a file in a folder that does not exist: nothing may be left anywhere
    CliRun run = analyzeTo(data.toString(), dir.resolve("missing").resolve("o.csv").toString());

    assertBadInput(run, "does not exist");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("same.csv");
    }
  }

  // 3. ambiguity is refused

  @Test
  void headerWithTheSelectedColumnTwiceIsRefused() throws IOException {
    Path twice = dir.resolve("twice.csv");
    Files.writeString(twice, "week,minutes,minutes\n1,10,20\n2,12,22\n");

    assertBadInput(
        CliRun.of("analyze", twice.toString(), "--x", "week", "--y", "minutes"),
        "twice.csv: column \"minutes\" appears more than once in the header (columns 2 and 3)");
  }

  @Test
  void headerWithAnUnusedColumnTwiceIsRead() throws IOException {
    Path twice = dir.resolve("twice.csv");
    Files.writeString(twice, "week,minutes,note,note\n1,10,a,b\n2,12,c,d\n");

    CliRun run = CliRun.of("analyze", twice.toString(), "--x", "week", "--y", "minutes");

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void excelHeaderWithTheSelectedColumnTwiceIsRefused() throws IOException {
    Path book = dir.resolve("twice.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Data");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("week");
      header.createCell(1).setCellValue("minutes");
      header.createCell(2).setCellValue("minutes");
      var row = sheet.createRow(1);
      for (int c = 0; c < 3; c++) {
        row.createCell(c).setCellValue(c + 1);
      }
      try (var out = Files.newOutputStream(book)) {
        workbook.write(out);
      }
    }

    assertBadInput(
        CliRun.of("analyze", book.toString(), "--x", "week", "--y", "minutes"),
        "column \"minutes\" appears more than once in the header (columns 2 and 3)");
  }

  @Test
  void jsonObjectWithAKeyTwiceIsRefused() throws IOException {
    Path json = dir.resolve("twice.json");
    Files.writeString(
        json,
        "[{\"week\": 1, \"minutes\": 10},\n {\"week\": 2, \"minutes\": 12," + " \"minutes\": 99}]");

    assertBadInput(
        CliRun.of("analyze", json.toString(), "--x", "week", "--y", "minutes"),
        "twice.json: field \"minutes\" appears twice in one object at line 2",
        "(record 2)");
  }

  @Test
  void targetGivenTwiceForOneFacetIsRefused() throws IOException {
    Path wards = dir.resolve("wards.csv");
    Files.writeString(wards, "ward,week,falls\nWard A,1,2\nWard A,2,3\nWard B,1,4\nWard B,2,1\n");

    assertBadInput(
        CliRun.of(
            "analyze",
            wards.toString(),
            "--x",
            "week",
            "--y",
            "falls",
            "--by",
            "ward",
            "--target",
            "Ward A=1,Ward A=2"),
        "--target (Ward A=1,Ward A=2) gives facet \"Ward A\" more than one value");
  }

  // 4. text from a file cannot drive the terminal

  @Test
  void escapeSequencesFromAHeaderAreShownEscaped() throws IOException {
    Path hostile = dir.resolve("hostile.csv");
    // ESC[2J clears the screen; ESC]0;...BEL sets the window title; NUL from a binary file
    Files.writeString(hostile, "week,\u001b[2Jm\u001b]0;owned\u0007x\u0000y\n1,2\n");

    CliRun run = CliRun.of("analyze", hostile.toString(), "--x", "week", "--y", "nope");

    assertBadInput(run, "\\u001b[2Jm\\u001b]0;owned\\u0007x\\u0000y");
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\0");
  }

  @Test
  void hugeFieldGivesAnErrorLineOfReadableLength() throws IOException {
    Path huge = dir.resolve("huge.csv");
    Files.writeString(huge, "week,minutes\n1," + "9x".repeat(500_000) + "\n");

    CliRun run = CliRun.of("analyze", huge.toString(), "--x", "week", "--y", "minutes");

    assertBadInput(run, "huge.csv: line 2", " more characters)");
    // the cap (Messages.MAX_LINE) plus "qi: " and the marker of the cut
    assertThat(run.err().strip().length()).isLessThan(Messages.MAX_LINE + 40);
  }

  @Test
  void verdictTextEscapesAFacetNameFromTheFile() throws IOException {
    Path wards = dir.resolve("wards.csv");
    Files.writeString(
        wards,
        "ward,week,falls\n\"Re\u001b[31md\",1,2\n\"Re\u001b[31md\",2,3\n\"Re\u001b[31md\",3,1\n");

    CliRun run =
        CliRun.of("analyze", wards.toString(), "--x", "week", "--y", "falls", "--by", "ward");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("== Re\\u001b[31md").doesNotContain("\u001b");
  }
}
