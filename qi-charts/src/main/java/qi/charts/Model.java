package qi.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qi.core.result.Analysis;
import qi.core.result.PointResult;
import qi.core.result.PointTable;
import qi.core.result.Vocabulary;

/**
 * What a chart shows, read from an {@link Analysis} and a {@link ChartStyle} without computing any
 * statistic: lines, markers, labels, on an x axis where point i (1-based) sits at x = i. Every
 * renderer draws this model, so tests check the model rather than pixels. A series with more points
 * than the image has pixel columns is thinned to what the eye can see, every signalled, excluded or
 * annotated point kept exactly ({@link Thinning}).
 *
 * <p>Limits and centre lines are step lines: each point's value is drawn from halfway to the
 * previous point to halfway to the next, so a limit that changes with n steps between points. Every
 * line breaks (NaN) between parts and where a value is missing.
 *
 * @param chart the chart type's identifier
 * @param points the analyzed points
 * @param lines the lines, in drawing order, only those with a value somewhere
 * @param markers one marker per point with a value
 * @param partLabels a label per part, when there is more than one
 * @param partBreaks x of each break between two parts (halfway between their points), in order
 * @param baselineEnd x of the end of the frozen baseline, NaN when nothing is frozen
 * @param notes the style's notes, placed on the x axis
 * @param xs the x value of each point, as text (the x axis labels and ticks come from them)
 * @param yMin the smallest y drawn
 * @param yMax the largest y drawn
 * @param words what the rule set calls the centre line and limits
 */
record Model(
    String chart,
    List<PointResult> points,
    List<Line> lines,
    List<Marker> markers,
    List<Label> partLabels,
    List<Double> partBreaks,
    double baselineEnd,
    List<Label> notes,
    List<String> xs,
    double yMin,
    double yMax,
    Vocabulary words) {

  /** A polyline; NaN in y breaks it. */
  record Line(LineKind kind, double[] x, double[] y) {
    /** The finite y values, for tests and scales. */
    double[] values() {
      return java.util.Arrays.stream(y).filter(Double::isFinite).toArray();
    }
  }

  /** A point's marker: hollow when the point is excluded. */
  record Marker(int index, double x, double y, PointCategory category, boolean hollow) {}

  /** A text at an x position. */
  record Label(double x, String text) {}

  /**
   * The model of a chart as drawn: a series longer than the image is wide thinned to what the eye
   * can see ({@link Thinning}).
   */
  static Model of(Analysis analysis, ChartStyle style) {
    return Thinning.toPixels(
        build(analysis, style, Thinning.columnMarkers(analysis.table().size(), style.width())),
        style.width(),
        style.height());
  }

  /** The model with a marker and a vertex for every point. */
  static Model full(Analysis analysis, ChartStyle style) {
    return build(analysis, style, Thinning.allMarkers());
  }

  /** The model, its markers collected by {@code markers} as they are made. */
  private static Model build(Analysis analysis, ChartStyle style, Thinning.Markers markers) {
    // Read field by field: a million points build no PointResult (nor x text) each; only a point
    // that a sided rule flags is built, for its colour, and CUSUM and EWMA points, for their sums.
    List<PointResult> points = analysis.points();
    PointTable table = analysis.table();
    int n = table.size();
    // The x text of a point is made when asked: the axis labels a dozen, a note finds its own.
    List<String> xs =
        new java.util.AbstractList<>() {
          @Override
          public String get(int i) {
            return table.x(i);
          }

          @Override
          public int size() {
            return n;
          }
        };
    List<Label> notes = new ArrayList<>();
    for (Note note : style.notes()) {
      notes.add(new Label(position(note.x(), xs), note.text()));
    }
    for (Label note : notes) {
      markers.annotate((int) Math.round(note.x()));
    }
    double target = style.target();
    boolean warning = style.hasWarningLimits();
    boolean pointTargets = Double.isNaN(target);
    // A dashed centre line marks a part whose runs analysis signals, where the rule set reads it
    // (qicharts2); "Making Data Count" has no runs analysis and keeps its mean solid.
    Vocabulary words = Vocabulary.of(analysis);
    boolean runs = words.runs();
    // Each step line is built as the points are read: a limit constant over a part is a few
    // vertices, not a column of a million values.
    Map<LineKind, Vertices> steps = new EnumMap<>(LineKind.class);
    Vertices lwl = warning ? steps(steps, LineKind.WARNING_LOWER) : null;
    Vertices uwl = warning ? steps(steps, LineKind.WARNING_UPPER) : null;
    Vertices lcl = steps(steps, LineKind.CONTROL_LOWER);
    Vertices ucl = steps(steps, LineKind.CONTROL_UPPER);
    Vertices targets = pointTargets ? steps(steps, LineKind.TARGET) : null;
    Vertices centre = steps(steps, LineKind.CENTRE);
    Vertices shifted = steps(steps, LineKind.CENTRE_SHIFT);
    double[] y = new double[n];
    int[] part = new int[n];
    boolean cusum = analysis.chart().equals("cusum");
    boolean ewma = analysis.chart().equals("ewma");
    double[] upper = cusum ? new double[n] : null;
    double[] lower = cusum ? new double[n] : null;
    double[] average = ewma ? new double[n] : null;
    double baselineEnd = Double.NaN;
    for (int i = 0; i < n; i++) {
      int index = i + 1;
      part[i] = table.part(i);
      boolean first = i == 0 || part[i - 1] != part[i];
      boolean last = i == n - 1 || table.part(i + 1) != part[i];
      if (cusum) {
        // one marker per sum, red on the side that is beyond its decision interval
        PointResult p = table.point(i);
        upper[i] = p.cusumUpper();
        lower[i] = p.cusumLower();
        markers.add(sumMarker(p, upper[i], "cusum_upper"));
        markers.add(sumMarker(p, lower[i], "cusum_lower"));
      } else if (ewma) {
        PointResult p = table.point(i);
        average[i] = p.ewma();
        markers.add(new Marker(index, index, average[i], PointCategory.of(p, analysis), false));
      }
      if (warning) {
        lwl.step(index, first, last, table.lwl(i));
        uwl.step(index, first, last, table.uwl(i));
      }
      lcl.step(index, first, last, table.lcl(i));
      ucl.step(index, first, last, table.ucl(i));
      if (pointTargets) {
        targets.step(index, first, last, table.target(i));
      }
      double cl = table.cl(i);
      boolean shift = runs && table.runsSignal(i);
      centre.step(index, first, last, shift ? Double.NaN : cl);
      shifted.step(index, first, last, shift ? cl : Double.NaN);
      y[i] = table.y(i);
      if (i > 0 && table.baseline(i - 1) && !table.baseline(i)) {
        baselineEnd = i + 0.5;
      }
      if (Double.isFinite(y[i]) && !cusum && !ewma) {
        PointCategory category = PointCategory.of(table, i, analysis);
        markers.add(new Marker(index, index, y[i], category, !table.included(i)));
      }
    }

    List<Line> lines = new ArrayList<>();
    for (LineKind kind : LineKind.values()) {
      Line line =
          kind == LineKind.TARGET && !Double.isNaN(target)
              ? new Line(LineKind.TARGET, new double[] {0.5, n + 0.5}, twice(target))
              : steps.containsKey(kind) ? steps.get(kind).line(kind) : null;
      if (line != null && line.values().length > 0) {
        lines.add(line);
      }
    }
    if (cusum) {
      lines.add(as(LineKind.CUSUM_UPPER, data(part, upper)));
      lines.add(as(LineKind.CUSUM_LOWER, data(part, lower)));
    } else if (ewma) {
      lines.add(as(LineKind.RAW, data(part, y)));
      lines.add(data(part, average));
    } else {
      lines.add(data(part, y));
    }

    List<Label> partLabels = new ArrayList<>();
    List<Double> partBreaks = new ArrayList<>();
    if (analysis.parts().size() > 1) {
      int first = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || part[i] != part[first]) {
          partLabels.add(new Label((first + 1 + i) / 2.0, "Part " + part[first]));
          if (i < n) {
            partBreaks.add(i + 0.5);
          }
          first = i;
        }
      }
    }

    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Line line : lines) {
      for (double v : line.values()) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      min = 0;
      max = 1;
    }
    return new Model(
        analysis.chart(),
        points,
        lines,
        markers.list(),
        partLabels,
        List.copyOf(partBreaks),
        baselineEnd,
        notes,
        xs,
        min,
        max,
        words);
  }

  /** A new step line of this kind, built point by point. */
  private static Vertices steps(Map<LineKind, Vertices> lines, LineKind kind) {
    Vertices line = new Vertices(64);
    lines.put(kind, line);
    return line;
  }

  /** The line of this kind, or null. */
  Line line(LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).findFirst().orElse(null);
  }

  /**
   * The tooltip of a point: x, value, centre line, limits, and which signal fired, in the chart's
   * {@code words}.
   */
  static String tooltip(PointResult p, Vocabulary words) {
    StringBuilder s = new StringBuilder();
    s.append("Point ").append(p.index()).append(": x ").append(p.x());
    s.append(", value ").append(number(p.y()));
    if (!Double.isNaN(p.n())) {
      s.append(" (n ").append(number(p.n())).append(')');
    }
    s.append('\n')
        .append(words.centre().substring(0, 1).toUpperCase(Locale.ROOT))
        .append(words.centre().substring(1))
        .append(' ')
        .append(number(p.cl()));
    if (!Double.isNaN(p.lcl()) || !Double.isNaN(p.ucl())) {
      s.append(", ")
          .append(words.limits())
          .append(' ')
          .append(number(p.lcl()))
          .append(" to ")
          .append(number(p.ucl()));
    }
    if (!Double.isNaN(p.cusumUpper())) {
      s.append("\nCUSUM upper ").append(number(p.cusumUpper()));
      s.append(", lower ").append(number(p.cusumLower()));
    }
    if (!Double.isNaN(p.ewma())) {
      s.append("\nEWMA ").append(number(p.ewma()));
    }
    if (p.sigmaSignal()) {
      s.append("\nSignal: ")
          .append(words.limits().equals("decision interval") ? "beyond the " : "outside the ")
          .append(words.limits());
    }
    if (p.runsSignal()) {
      s.append("\nSignal: the runs analysis of part ").append(p.part()).append(" signals a shift");
    }
    if (!p.signals().isEmpty()) {
      s.append("\nRules: ")
          .append(String.join(", ", p.signals()))
          .append(" (")
          .append(p.pointType().id().replace('_', ' '))
          .append(')');
    }
    if (!p.included()) {
      s.append("\nExcluded from the ")
          .append(words.centre())
          .append(", the ")
          .append(words.limits())
          .append(words.runs() ? " and the runs analysis" : "");
    }
    if (!p.baseline()) {
      // "Frozen limits (after the baseline)", "New data (after the calibration data)"
      s.append('\n')
          .append(words.after().substring(0, 1).toUpperCase(Locale.ROOT))
          .append(words.after().substring(1))
          .append(" (after the ")
          .append(words.before())
          .append(')');
    }
    return s.toString();
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "none";
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.indexOf('.') < 0 || s.indexOf('e') >= 0) {
      return s;
    }
    // trailing zeros and then a trailing point dropped (without a regular expression: a page of
    // a long series formats tens of thousands of numbers for its tooltips)
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  private static Marker sumMarker(PointResult p, double sum, String signal) {
    PointCategory category =
        p.signals().contains(signal) ? PointCategory.SPECIAL_CAUSE : PointCategory.COMMON_CAUSE;
    return new Marker(p.index(), p.index(), sum, category, false);
  }

  /** The line drawn as another kind (the CUSUM sums, the values under an EWMA). */
  private static Line as(LineKind kind, Line line) {
    return new Line(kind, line.x(), line.y());
  }

  /** The data line, broken between parts; x of point i (from 0) is i + 1. */
  private static Line data(int[] part, double[] y) {
    Vertices xy = new Vertices(y.length + 8);
    for (int i = 0; i < y.length; i++) {
      if (i > 0 && part[i - 1] != part[i]) {
        xy.add(i + 0.5, Double.NaN);
      }
      xy.add(i + 1, y[i]);
    }
    return xy.line(LineKind.DATA);
  }

  /**
   * A growing polyline. {@link #level} drops the vertex in the middle of a horizontal run, so a
   * constant limit is one segment per level, however many points it spans.
   */
  private static final class Vertices {
    private double[] x;
    private double[] y;
    private int size;

    Vertices(int capacity) {
      x = new double[capacity];
      y = new double[capacity];
    }

    void add(double px, double py) {
      if (size == x.length) {
        x = java.util.Arrays.copyOf(x, 2 * size + 8);
        y = java.util.Arrays.copyOf(y, 2 * size + 8);
      }
      x[size] = px;
      y[size++] = py;
    }

    /**
     * The step of the point at {@code index} (1-based) with value v: from halfway to the previous
     * point to halfway to the next, or to ±0.3 at the ends of its part; broken before the first
     * point of a part other than the first and where v is NaN.
     */
    void step(int index, boolean first, boolean last, double v) {
      if (first && index > 1) {
        gap(index - 0.5);
      }
      if (Double.isNaN(v)) {
        gap(index);
        return;
      }
      level(first ? (last ? index - 0.3 : index) : index - 0.5, v);
      level(last ? (first ? index + 0.3 : index) : index + 0.5, v);
    }

    /** Adds (px, py), first dropping the last vertex when it is the middle of a level run. */
    void level(double px, double py) {
      if (size >= 2 && y[size - 1] == py && y[size - 2] == py) {
        size--;
      }
      add(px, py);
    }

    /**
     * Breaks the line at px: one NaN vertex, none before the first vertex or after another break (a
     * line without values, such as the target of a chart without one, stays empty however long).
     */
    void gap(double px) {
      if (size > 0 && !Double.isNaN(y[size - 1])) {
        add(px, Double.NaN);
      }
    }

    Line line(LineKind kind) {
      return new Line(kind, java.util.Arrays.copyOf(x, size), java.util.Arrays.copyOf(y, size));
    }
  }

  private static double[] twice(double v) {
    return new double[] {v, v};
  }

  /**
   * Where x value {@code x} sits among the points: the index of the point with that x, or between
   * two points in proportion to their x (dates or numbers), clamped to the ends.
   *
   * @throws IllegalArgumentException when x is neither one of the points' x nor comparable to them
   */
  static double position(String x, List<String> xs) {
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i).equals(x)) {
        return i + 1;
      }
    }
    double value = XLabels.numeric(x);
    double[] values = xs.stream().mapToDouble(XLabels::numeric).toArray();
    boolean comparable =
        !Double.isNaN(value)
            && values.length > 0
            && java.util.Arrays.stream(values).noneMatch(Double::isNaN)
            && XLabels.dates(List.of(x)) != null == (XLabels.dates(xs) != null);
    if (!comparable) {
      throw new IllegalArgumentException(
          "note x ("
              + x
              + ") must be an x value like those of the chart ("
              + (xs.isEmpty() ? "none" : xs.get(0))
              + ")");
    }
    if (value <= values[0]) {
      return 1;
    }
    for (int i = 1; i < values.length; i++) {
      if (value <= values[i]) {
        return i + (value - values[i - 1]) / (values[i] - values[i - 1]);
      }
    }
    return values.length;
  }
}
