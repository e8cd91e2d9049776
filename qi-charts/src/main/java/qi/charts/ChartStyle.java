package qi.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qi.core.result.Analysis;
import qi.core.result.PartResult;

/**
 * How to draw an analysis: texts, size and what to add to the chart. An immutable value: {@link
 * #withDefaults()} returns the shared default and every other method returns a new style.
 *
 * <pre>{@code
 * ChartStyle style = ChartStyle.withDefaults()
 *     .title("Time to triage")
 *     .yLabel("Minutes")
 *     .size(1000, 560)
 *     .note("2025-03-03", "PDSA 1: new triage form");
 * }</pre>
 *
 * <p>Defaults: 1000 × 560 pixels (readable at A4 width and on a projector), no title, subtitle or
 * axis labels, no warning limits, no notes, the target carried by the analysis, no NHS icons.
 */
public final class ChartStyle {
  /** The smallest width or height accepted, in pixels. */
  public static final int MIN_SIZE = 100;

  /** The largest width or height accepted, in pixels. */
  public static final int MAX_SIZE = 10_000;

  private static final ChartStyle DEFAULTS =
      new ChartStyle("", "", "", "", 1000, 560, false, List.of(), Double.NaN, null, null);

  private final String title;
  private final String subtitle;
  private final String yLabel;
  private final String xLabel;
  private final int width;
  private final int height;
  private final boolean warningLimits;
  private final List<Note> notes;
  private final double target;
  private final VariationIcon variation;
  private final AssuranceIcon assurance;

  private ChartStyle(
      String title,
      String subtitle,
      String yLabel,
      String xLabel,
      int width,
      int height,
      boolean warningLimits,
      List<Note> notes,
      double target,
      VariationIcon variation,
      AssuranceIcon assurance) {
    this.title = title;
    this.subtitle = subtitle;
    this.yLabel = yLabel;
    this.xLabel = xLabel;
    this.width = width;
    this.height = height;
    this.warningLimits = warningLimits;
    this.notes = List.copyOf(notes);
    this.target = target;
    this.variation = variation;
    this.assurance = assurance;
  }

  /** The default style (shared; it never changes). */
  public static ChartStyle withDefaults() {
    return DEFAULTS;
  }

  /** The title above the chart; empty for none. */
  public ChartStyle title(String text) {
    return new ChartStyle(
        text(text, "title"),
        subtitle,
        yLabel,
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /** A second, smaller line under the title; empty for none. */
  public ChartStyle subtitle(String text) {
    return new ChartStyle(
        title,
        text(text, "subtitle"),
        yLabel,
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /** The label of the y axis; empty for none. */
  public ChartStyle yLabel(String text) {
    return new ChartStyle(
        title,
        subtitle,
        text(text, "yLabel"),
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /** The label of the x axis; empty for none. */
  public ChartStyle xLabel(String text) {
    return new ChartStyle(
        title,
        subtitle,
        yLabel,
        text(text, "xLabel"),
        width,
        height,
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /**
   * The size of the image in pixels (points for PDF).
   *
   * @throws IllegalArgumentException when a side is outside [{@value #MIN_SIZE}, {@value
   *     #MAX_SIZE}], naming it and its value
   */
  public ChartStyle size(int width, int height) {
    return new ChartStyle(
        title,
        subtitle,
        yLabel,
        xLabel,
        side("width", width),
        side("height", height),
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /** Whether to draw the 2σ warning limits ({@code lwl}, {@code uwl}) as well; default false. */
  public ChartStyle warningLimits(boolean draw) {
    return new ChartStyle(
        title, subtitle, yLabel, xLabel, width, height, draw, notes, target, variation, assurance);
  }

  /** Adds a note: {@code text} written at x value {@code x} (see {@link Note}). */
  public ChartStyle note(String x, String text) {
    return notes(concat(notes, new Note(x, text)));
  }

  /** Replaces the notes. */
  public ChartStyle notes(List<Note> notes) {
    Objects.requireNonNull(notes, "notes");
    return new ChartStyle(
        title,
        subtitle,
        yLabel,
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        target,
        variation,
        assurance);
  }

  /**
   * A target line at {@code value}, drawn over the whole chart; overrides the analysis's own target
   * ({@code PointResult.target()}), which is drawn when this is not set.
   *
   * @throws IllegalArgumentException when value is not finite
   */
  public ChartStyle target(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("target (" + value + ") must be finite");
    }
    return new ChartStyle(
        title,
        subtitle,
        yLabel,
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        value,
        variation,
        assurance);
  }

  /**
   * The icons of an analysis's last part: its {@code variation} and, where it has one, its {@code
   * assurance} (NHSRplotthedots draws those of the last point and the last rebase group).
   */
  public ChartStyle iconsOf(Analysis analysis) {
    List<PartResult> parts = analysis.parts();
    if (parts.isEmpty()) {
      return this;
    }
    PartResult last = parts.get(parts.size() - 1);
    return icons(
        VariationIcon.fromId(last.variation().id()),
        last.assurance() == null
            ? AssuranceIcon.NONE
            : AssuranceIcon.fromId(last.assurance().id()));
  }

  /**
   * The NHS "Making Data Count" variation and assurance icons, drawn in the top-right corner of the
   * plot. {@link AssuranceIcon#NONE} draws the variation icon alone.
   */
  public ChartStyle icons(VariationIcon variation, AssuranceIcon assurance) {
    return new ChartStyle(
        title,
        subtitle,
        yLabel,
        xLabel,
        width,
        height,
        warningLimits,
        notes,
        target,
        Objects.requireNonNull(variation, "variation"),
        Objects.requireNonNull(assurance, "assurance"));
  }

  public String title() {
    return title;
  }

  public String subtitle() {
    return subtitle;
  }

  public String yLabel() {
    return yLabel;
  }

  public String xLabel() {
    return xLabel;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public boolean hasWarningLimits() {
    return warningLimits;
  }

  public List<Note> notes() {
    return notes;
  }

  /** The target set by {@link #target(double)}; NaN when not set. */
  public double target() {
    return target;
  }

  /** The variation icon, when {@link #icons} was called. */
  public Optional<VariationIcon> variation() {
    return Optional.ofNullable(variation);
  }

  /** The assurance icon, when {@link #icons} was called. */
  public Optional<AssuranceIcon> assurance() {
    return Optional.ofNullable(assurance);
  }

  private static String text(String text, String role) {
    return Objects.requireNonNull(text, role).strip();
  }

  private static int side(String role, int pixels) {
    if (pixels < MIN_SIZE || pixels > MAX_SIZE) {
      throw new IllegalArgumentException(
          role + " (" + pixels + ") must be between " + MIN_SIZE + " and " + MAX_SIZE);
    }
    return pixels;
  }

  private static List<Note> concat(List<Note> list, Note note) {
    List<Note> all = new ArrayList<>(list);
    all.add(note);
    return all;
  }
}
