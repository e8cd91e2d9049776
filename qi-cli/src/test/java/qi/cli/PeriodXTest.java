package qi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static qi.cli.CliRun.assertBadInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monthly data labelled as spreadsheets export it analyses exactly as the same data dated on the
 * first of each month (the oracle: the ISO run), keeps its labels, and the options that take x
 * values read the data's forms and name themselves in errors.
 */
class PeriodXTest {
  private static final JsonMapper JSON = new JsonMapper();

  @TempDir Path dir;

  /** 24 months from January 2023, labelled by {@code label}; falls and bed days a fixed pattern. */
  private Path months(String name, Function<LocalDate, String> label) throws IOException {
    List<String> lines = new ArrayList<>(List.of("month,falls,days"));
    for (int i = 0; i < 24; i++) {
      LocalDate month = LocalDate.of(2023, 1, 1).plusMonths(i);
      lines.add("\"" + label.apply(month) + "\"," + (i * 5 % 9 + 3) + "," + (950 + i * 37 % 120));
    }
    return Files.write(dir.resolve(name), lines);
  }

  private static JsonNode analyze(Path file, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("analyze", file.toString(), "--x", "month", "--y", "falls", "--n", "days"));
    args.addAll(List.of("--chart", "u", "--format", "json"));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static List<String> column(JsonNode analysis, String field) {
    List<String> values = new ArrayList<>();
    analysis.get("points").forEach(p -> values.add(p.get(field).toString()));
    return values;
  }

  @Test
  void monthLabelsAnalyseAsFirstOfMonthDatesAndKeepTheirText() throws IOException {
    JsonNode iso = analyze(months("iso.csv", LocalDate::toString), "--rebase", "2024-01-01");
    DateTimeFormatter mmmYy = DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH);
    JsonNode labels = analyze(months("jan23.csv", mmmYy::format), "--rebase", "Jan-24");

    for (String field : new String[] {"y", "n", "part", "cl", "lcl", "ucl", "signals"}) {
      assertThat(column(labels, field)).as(field).isEqualTo(column(iso, field));
    }
    assertThat(labels.at("/points/0/x").asString()).isEqualTo("Jan-23");
    assertThat(labels.at("/points/23/x").asString()).isEqualTo("Dec-24");
    assertThat(labels.at("/points/12/part").asInt()).isEqualTo(2);
  }

  @Test
  void rebaseReadsTheDataFormatsAndADateInsideAMonth() throws IOException {
    Path file =
        months("months.csv", m -> m.getYear() + "/" + String.format("%02d", m.getMonthValue()));
    DateTimeFormatter named = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    Path withFormat = months("named.csv", named::format);

    // July 2023 is the 7th month: each form puts point 7 first in part 2
    for (JsonNode run :
        List.of(
            analyze(file, "--rebase", "2023/07"),
            analyze(file, "--rebase", "Jul 2023"),
            analyze(file, "--rebase", "2023-07-15"),
            analyze(withFormat, "--date-format", "MMMM yyyy", "--rebase", "July 2023"))) {
      assertThat(run.at("/points/5/part").asInt()).isEqualTo(1);
      assertThat(run.at("/points/6/part").asInt()).isEqualTo(2);
    }
  }

  @Test
  void periodAggregationOfMonthLabelsEqualsThatOfDates() throws IOException {
    JsonNode iso = analyze(months("iso.csv", LocalDate::toString), "--period", "quarter");
    JsonNode labels =
        analyze(
            months("labels.csv", m -> m.getYear() + "-" + m.getMonthValue()),
            "--period",
            "quarter");

    // 24 months are 8 quarters; the quarters are dates, as with dated data
    assertThat(column(labels, "y")).hasSize(8).isEqualTo(column(iso, "y"));
    assertThat(column(labels, "x")).isEqualTo(column(iso, "x"));
  }

  @Test
  void aPeriodShorterThanTheLabelsIsRefusedNamingBoth() throws IOException {
    Path file = months("months.csv", m -> m.getYear() + "-" + m.getMonthValue());

    assertBadInput(
        CliRun.of("analyze", file.toString(), "--x", "month", "--y", "falls", "--period", "week"),
        "period (week) must not be shorter than the x values, which are each a month (2023-1)");
  }

  @Test
  void rebaseErrorsNameTheOptionAndTheDataForm() throws IOException {
    Path file = months("months.csv", m -> "Q" + ((m.getMonthValue() + 2) / 3) + " " + m.getYear());
    List<String> base = List.of("analyze", file.toString(), "--x", "month", "--y", "falls");

    List<String> soon = new ArrayList<>(base);
    soon.addAll(List.of("--rebase", "soon"));
    assertBadInput(
        CliRun.of(soon), "--rebase (soon) must be an x value written like the data's (Q1 2023)");
    List<String> number = new ArrayList<>(base);
    number.addAll(List.of("--rebase", "7"));
    assertBadInput(
        CliRun.of(number), "--rebase (7) must be a date or period like the data's x values");
  }

  @Test
  void rebaseOfAnAmbiguousLabelTakesTheReadingOfTheData() throws IOException {
    // Financial years 2009/10 to 2014/15; 2011/12 alone could be December 2011
    List<String> lines = new ArrayList<>(List.of("year,falls"));
    for (int y = 2009; y <= 2014; y++) {
      lines.add(y + "/" + (y + 1) % 100 + "," + (y % 4 + 2));
    }
    Path file = Files.write(dir.resolve("fy.csv"), lines);

    CliRun run =
        CliRun.of(
            "analyze",
            file.toString(),
            "--x",
            "year",
            "--y",
            "falls",
            "--rebase",
            "2011/12",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode points = JSON.readTree(run.out()).get("points");
    assertThat(points.get(1).get("part").asInt()).isEqualTo(1);
    assertThat(points.get(2).get("x").asString()).isEqualTo("2011/12");
    assertThat(points.get(2).get("part").asInt()).isEqualTo(2);
  }

  @Test
  void annotationsAndProjectDatesLandOnTheMonthThatHoldsThem() throws IOException {
    Path file =
        months(
            "months.csv", m -> m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)));
    Path html = dir.resolve("chart.html");

    CliRun run =
        CliRun.of(
            "chart",
            file.toString(),
            "--x",
            "month",
            "--y",
            "falls",
            "--annotate",
            "2023-07-15=PDSA 1",
            "--annotate",
            "Mar 2024=PDSA 2",
            "--output",
            html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(html)).contains("PDSA 1").contains("PDSA 2").contains("Jul 2023");
    assertBadInput(
        CliRun.of(
            "chart",
            file.toString(),
            "--x",
            "month",
            "--y",
            "falls",
            "--annotate",
            "Smarch 2024=PDSA",
            "--output",
            html.toString()),
        "--annotate (Smarch 2024) must be an x value written like the data's (Jan 2023)");
  }

  @Test
  void aMonthAnnotatedOnDatedDataStandsForItsFirstDay() throws IOException {
    Path file = months("iso.csv", LocalDate::toString);
    Path html = dir.resolve("chart.html");

    CliRun run =
        CliRun.of(
            "chart",
            file.toString(),
            "--x",
            "month",
            "--y",
            "falls",
            "--annotate",
            "Jul 2023=PDSA 1",
            "--output",
            html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // the note list of the report names the x the note was placed at
    assertThat(Files.readString(html)).contains("2023-07-01").contains("PDSA 1");
  }
}
