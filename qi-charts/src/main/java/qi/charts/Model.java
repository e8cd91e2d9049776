package qi.charts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import qi.core.result.Analysis;
import qi.core.result.PartResult;
import qi.core.result.PointResult;

/**
 * What a chart shows, read from an {@link Analysis} and a {@link ChartStyle} without computing any
 * statistic: lines, markers, labels, on an x axis where point i (1-based) sits at x = i. Every
 * renderer draws this model, so tests check the model rather than pixels.
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
 * @param baselineEnd x of the end of the frozen baseline, NaN when nothing is frozen
 * @param notes the style's notes, placed on the x axis
 * @param xLabels the x axis label of each point
 * @param yMin the smallest y drawn
 * @param yMax the largest y drawn
 */
record Model(
    String chart,
    List<PointResult> points,
    List<Line> lines,
    List<Marker> markers,
    List<Label> partLabels,
    double baselineEnd,
    List<Label> notes,
    List<String> xLabels,
    double yMin,
    double yMax) {

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

  static Model of(Analysis analysis, ChartStyle style) {
    List<PointResult> points = analysis.points();
    List<Line> lines = new ArrayList<>();
    Map<LineKind, ToDoubleFunction<PointResult>> steps = new EnumMap<>(LineKind.class);
    if (style.hasWarningLimits()) {
      steps.put(LineKind.WARNING_LOWER, PointResult::lwl);
      steps.put(LineKind.WARNING_UPPER, PointResult::uwl);
    }
    steps.put(LineKind.CONTROL_LOWER, PointResult::lcl);
    steps.put(LineKind.CONTROL_UPPER, PointResult::ucl);
    double target = style.target();
    steps.put(LineKind.TARGET, Double.isNaN(target) ? PointResult::target : p -> style.target());
    steps.put(LineKind.CENTRE, p -> p.runsSignal() ? Double.NaN : p.cl());
    steps.put(LineKind.CENTRE_SHIFT, p -> p.runsSignal() ? p.cl() : Double.NaN);
    for (Map.Entry<LineKind, ToDoubleFunction<PointResult>> e : steps.entrySet()) {
      Line line =
          e.getKey() == LineKind.TARGET && !Double.isNaN(target)
              ? new Line(LineKind.TARGET, new double[] {0.5, points.size() + 0.5}, twice(target))
              : step(e.getKey(), points, e.getValue());
      if (line.values().length > 0) {
        lines.add(line);
      }
    }
    boolean cusum = analysis.chart().equals("cusum");
    boolean ewma = analysis.chart().equals("ewma");
    if (cusum) {
      lines.add(series(LineKind.CUSUM_UPPER, points, PointResult::cusumUpper));
      lines.add(series(LineKind.CUSUM_LOWER, points, PointResult::cusumLower));
    } else if (ewma) {
      lines.add(series(LineKind.RAW, points, PointResult::y));
      lines.add(series(LineKind.DATA, points, PointResult::ewma));
    } else {
      lines.add(data(points));
    }

    List<Marker> markers = new ArrayList<>();
    for (PointResult p : points) {
      if (cusum) {
        // one marker per sum, red on the side that is beyond its decision interval
        markers.add(sumMarker(p, p.cusumUpper(), "cusum_upper"));
        markers.add(sumMarker(p, p.cusumLower(), "cusum_lower"));
      } else if (ewma) {
        markers.add(
            new Marker(p.index(), p.index(), p.ewma(), PointCategory.of(p, analysis), false));
      } else if (Double.isFinite(p.y())) {
        markers.add(
            new Marker(p.index(), p.index(), p.y(), PointCategory.of(p, analysis), !p.included()));
      }
    }

    List<Label> partLabels = new ArrayList<>();
    if (analysis.parts().size() > 1) {
      for (PartResult part : analysis.parts()) {
        List<PointResult> mine = points.stream().filter(p -> p.part() == part.part()).toList();
        if (!mine.isEmpty()) {
          double centre = (mine.get(0).index() + mine.get(mine.size() - 1).index()) / 2.0;
          partLabels.add(new Label(centre, "Part " + part.part()));
        }
      }
    }

    double baselineEnd = Double.NaN;
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i - 1).baseline() && !points.get(i).baseline()) {
        baselineEnd = i + 0.5;
      }
    }

    List<String> xs = points.stream().map(PointResult::x).toList();
    List<Label> notes = new ArrayList<>();
    for (Note note : style.notes()) {
      notes.add(new Label(position(note.x(), xs), note.text()));
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
        markers,
        partLabels,
        baselineEnd,
        notes,
        XLabels.of(xs),
        min,
        max);
  }

  /** The line of this kind, or null. */
  Line line(LineKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).findFirst().orElse(null);
  }

  /** The tooltip of a point: x, value, centre line, limits, and which signal fired. */
  static String tooltip(PointResult p) {
    StringBuilder s = new StringBuilder();
    s.append("Point ").append(p.index()).append(": x ").append(p.x());
    s.append(", value ").append(number(p.y()));
    if (!Double.isNaN(p.n())) {
      s.append(" (n ").append(number(p.n())).append(')');
    }
    s.append("\nCentre line ").append(number(p.cl()));
    if (!Double.isNaN(p.lcl()) || !Double.isNaN(p.ucl())) {
      s.append(", limits ").append(number(p.lcl())).append(" to ").append(number(p.ucl()));
    }
    if (!Double.isNaN(p.cusumUpper())) {
      s.append("\nCUSUM upper ").append(number(p.cusumUpper()));
      s.append(", lower ").append(number(p.cusumLower()));
    }
    if (!Double.isNaN(p.ewma())) {
      s.append("\nEWMA ").append(number(p.ewma()));
    }
    if (p.sigmaSignal()) {
      s.append(
          Double.isNaN(p.cusumUpper()) && Double.isNaN(p.ewma())
              ? "\nSignal: outside the control limits (3σ rule)"
              : "\nSignal: beyond the chart's limits");
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
      s.append("\nExcluded from centre line, limits and runs analysis");
    }
    if (!p.baseline()) {
      s.append("\nAfter the frozen baseline");
    }
    return s.toString();
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "none";
    }
    String s = String.format(Locale.ROOT, "%.4g", v);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  private static Marker sumMarker(PointResult p, double sum, String signal) {
    PointCategory category =
        p.signals().contains(signal) ? PointCategory.SPECIAL_CAUSE : PointCategory.COMMON_CAUSE;
    return new Marker(p.index(), p.index(), sum, category, false);
  }

  /** A polyline through one value per point (CUSUM sums, EWMA, raw values under an EWMA). */
  private static Line series(
      LineKind kind, List<PointResult> points, ToDoubleFunction<PointResult> value) {
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = points.get(i).index();
      y[i] = value.applyAsDouble(points.get(i));
    }
    return new Line(kind, x, y);
  }

  private static Line data(List<PointResult> points) {
    List<double[]> xy = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      PointResult p = points.get(i);
      if (i > 0 && points.get(i - 1).part() != p.part()) {
        xy.add(new double[] {p.index() - 0.5, Double.NaN});
      }
      xy.add(new double[] {p.index(), p.y()});
    }
    return line(LineKind.DATA, xy);
  }

  private static Line step(
      LineKind kind, List<PointResult> points, ToDoubleFunction<PointResult> value) {
    List<double[]> xy = new ArrayList<>();
    int n = points.size();
    for (int i = 0; i < n; i++) {
      PointResult p = points.get(i);
      boolean first = i == 0 || points.get(i - 1).part() != p.part();
      boolean last = i == n - 1 || points.get(i + 1).part() != p.part();
      if (first && i > 0) {
        xy.add(new double[] {p.index() - 0.5, Double.NaN});
      }
      double v = value.applyAsDouble(p);
      double left = first ? (last ? p.index() - 0.3 : p.index()) : p.index() - 0.5;
      double right = last ? (first ? p.index() + 0.3 : p.index()) : p.index() + 0.5;
      if (Double.isNaN(v)) {
        xy.add(new double[] {p.index(), Double.NaN});
      } else {
        xy.add(new double[] {left, v});
        xy.add(new double[] {right, v});
      }
    }
    // Drop vertices in the middle of a horizontal run: one segment per level.
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < xy.size(); i++) {
      double y = xy.get(i)[1];
      boolean middle =
          i > 0
              && i < xy.size() - 1
              && !Double.isNaN(y)
              && y == xy.get(i - 1)[1]
              && y == xy.get(i + 1)[1];
      if (!middle) {
        kept.add(xy.get(i));
      }
    }
    return line(kind, kept);
  }

  private static Line line(LineKind kind, List<double[]> xy) {
    double[] x = new double[xy.size()];
    double[] y = new double[xy.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = xy.get(i)[0];
      y[i] = xy.get(i)[1];
    }
    return new Line(kind, x, y);
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
