package qi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qi.charts.ChartRenderer;
import qi.charts.ChartStyle;
import qi.charts.Note;
import qi.charts.OutputFormat;
import qi.charts.SmallMultiples;
import qi.core.pdsa.Annotation;
import qi.core.pdsa.Project;
import qi.core.pdsa.ProjectStore;
import qi.core.result.Analysis;
import qi.core.result.Facet;
import qi.core.result.PointResult;
import qi.core.rules.RuleSet;
import qi.core.series.XValue;

/** {@code qi chart}: the analysis of {@code qi analyze}, drawn as PNG, SVG, PDF or HTML. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a run or control chart from a CSV, Excel or JSON file: PNG, SVG, PDF, or a"
          + " self-contained HTML report"
          + " (chart with hover tooltips, verdict and summary per part).",
      "The format follows the extension of --output. Takes every analysis option of qi analyze."
    },
    footer = {
      "",
      "Examples:",
      "  qi chart examples/data/time-to-triage.csv --chart i --x week \\",
      "      --y minutes_to_triage --part 24 --annotate 2025-06-16=\"PDSA 2\" --output triage.png",
      "  qi chart examples/data/falls.csv --chart u --x month --y falls --n bed_days \\",
      "      --multiply 1000 --title \"Falls per 1,000 bed days\" --output falls.html"
    })
final class ChartCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "The file to write: .png, .svg, .pdf or .html (replaced atomically).")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title above the chart.")
  String title = "";

  @Option(names = "--subtitle", paramLabel = "TEXT", description = "Smaller line under the title.")
  String subtitle = "";

  @Option(names = "--y-label", paramLabel = "TEXT", description = "Label of the y axis.")
  String yLabel = "";

  @Option(names = "--x-label", paramLabel = "TEXT", description = "Label of the x axis.")
  String xLabel = "";

  @Option(
      names = "--width",
      paramLabel = "PX",
      description = "Image width in pixels (default 1000).")
  int width = ChartStyle.withDefaults().width();

  @Option(
      names = "--height",
      paramLabel = "PX",
      description = "Image height in pixels (default 560).")
  int height = ChartStyle.withDefaults().height();

  @Option(
      names = "--annotate",
      paramLabel = "X=TEXT",
      description =
          "Write TEXT at x value X, e.g. 2025-03-03=\"PDSA 1: new triage form\"; repeatable.")
  List<String> annotations = new ArrayList<>();

  @Option(names = "--warning-limits", description = "Also draw the 2-sigma warning limits.")
  boolean warningLimits;

  @Option(
      names = "--project",
      paramLabel = "FILE",
      description = "A qi pdsa project file: its PDSA cycles become notes at their start dates.")
  Path project;

  @Option(
      names = "--measure",
      paramLabel = "NAME",
      description = "With --project: only the cycles linked to this measure.")
  String measure;

  @Option(
      names = "--columns",
      paramLabel = "N",
      description = "With --by: panels per row (default: about the square root of the panels).")
  Integer columns;

  @Option(names = "--free-y", description = "With --by: each panel gets its own y scale.")
  boolean freeY;

  @Override
  public Integer call() throws IOException {
    System.setProperty("java.awt.headless", "true");
    OutputFormat format =
        OutputFormat.of(output)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--output ("
                            + output
                            + ") must end in .png, .svg, .pdf or .html: the extension chooses the"
                            + " format"));
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("the input", input.file);
    inputs.put("--project", project == null ? null : project.toString());
    Outputs.refuseInputAsOutput(output, inputs);
    List<Facet> facets = analysis.analyzeFacets(input);
    ChartStyle style = style(facets);
    PrintWriter err = spec.commandLine().getErr();
    analysis.notes.forEach(note -> err.println("qi: note: " + Messages.line(note)));
    for (Facet facet : facets) {
      for (String note : facet.analysis().notes()) {
        err.println(
            "qi: note: "
                + Messages.line(
                    (facet.name() == null ? "" : facet.name() + ": ") + OptionNames.of(note)));
      }
    }
    err.flush();
    byte[] bytes;
    try {
      if (facets.size() == 1 && facets.get(0).name() == null) {
        Analysis result = facets.get(0).analysis();
        bytes = ChartRenderer.render(result, withIcons(style, result), format);
      } else {
        SmallMultiples grid = SmallMultiples.of(facets).style(style).sharedY(!freeY);
        bytes = (columns == null ? grid : grid.columns(columns)).render(format);
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("note x")) {
        throw new IllegalArgumentException("--annotate: " + e.getMessage(), e);
      }
      throw e;
    }
    Outputs.writeAtomically(output, bytes);
    return ExitCodes.OK;
  }

  /**
   * Where a note given at x value {@code text} goes, as an x the chart places: the value read as
   * the data's x ({@link XValue#parseLike}), in ISO form so the chart places it between points (a
   * period at its first day); with periods as x, the label of the point whose period holds it (or
   * the last before it), as labels have no place between points.
   */
  private String noteX(String option, String text, List<Facet> facets) {
    XValue x = XValue.parseLike(option, text, analysis.dateFormat, analysis.firstX);
    if (!(analysis.firstX instanceof XValue.Span)) {
      // a period given with dated data stands for its first day
      return x instanceof XValue.Span span ? span.start().toString() : x.text();
    }
    java.util.TreeMap<XValue, String> points = new java.util.TreeMap<>();
    for (Facet facet : facets) {
      for (PointResult point : facet.analysis().points()) {
        points.put(
            XValue.parseLike(option, point.x(), analysis.dateFormat, analysis.firstX), point.x());
      }
    }
    var at = points.floorEntry(x);
    return at != null ? at.getValue() : points.firstEntry().getValue();
  }

  private ChartStyle style(List<Facet> facets) {
    for (String[] side : new String[][] {{"--width", "" + width}, {"--height", "" + height}}) {
      int px = Integer.parseInt(side[1]);
      if (px < ChartStyle.MIN_SIZE || px > ChartStyle.MAX_SIZE) {
        throw new IllegalArgumentException(
            side[0]
                + " ("
                + px
                + ") must be between "
                + ChartStyle.MIN_SIZE
                + " and "
                + ChartStyle.MAX_SIZE
                + " pixels");
      }
    }
    ChartStyle style =
        ChartStyle.withDefaults()
            .title(title)
            .subtitle(subtitle)
            .yLabel(yLabel)
            .xLabel(xLabel)
            .size(width, height)
            .warningLimits(warningLimits);
    List<Note> notes = new ArrayList<>();
    for (String a : annotations) {
      int eq = a.indexOf('=');
      if (eq <= 0 || a.substring(0, eq).isBlank()) {
        throw new IllegalArgumentException(
            "--annotate (" + a + ") must be X=TEXT, e.g. 2025-03-03=\"PDSA 1: new triage form\"");
      }
      notes.add(
          new Note(
              noteX("--annotate", a.substring(0, eq).strip(), facets),
              a.substring(eq + 1).strip()));
    }
    if (project != null) {
      Project pdsa = ProjectStore.at(project).read();
      List<Annotation> cycles = measure == null ? pdsa.annotations() : pdsa.annotations(measure);
      cycles.forEach(
          c -> notes.add(new Note(noteX("--project", c.date().toString(), facets), c.label())));
    } else if (measure != null) {
      throw new IllegalArgumentException("--measure needs --project");
    }
    return style.notes(notes);
  }

  /** With the NHS rule set, the "Making Data Count" icons of the last part. */
  private static ChartStyle withIcons(ChartStyle style, Analysis result) {
    return RuleSet.NHS.equals(result.rules()) ? style.iconsOf(result) : style;
  }
}
