package qi.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws a long series as the eye sees it: a chart with more points than its width in pixels keeps,
 * per pixel column, what can be told apart on the screen; every point that means something is still
 * drawn exactly.
 *
 * <p>The rule, applied by {@link Model#of} when the points outnumber the image's width {@code W} in
 * pixels (a shorter chart is drawn unchanged, point by point):
 *
 * <ul>
 *   <li>The x range is cut into {@code W} columns (each at most one screen pixel wide: the plot is
 *       narrower than the image). Every line (data, centre, limits, target) keeps, per column and
 *       per unbroken stretch, its first, lowest, highest and last vertex, in order (M4 aggregation:
 *       the polyline covers the same pixels). Breaks between parts and at missing values stay where
 *       they are.
 *   <li>Every marker that means something is kept at its exact position: points outside the limits
 *       or otherwise signalled (any colour but common cause), excluded (hollow) points, and points
 *       where a note is written. Two such markers of the same colour and fill whose centres fall on
 *       the same pixel of the {@code W} × {@code H} image are drawn once (one on top of the other
 *       draws the same pixels).
 *   <li>Common-cause markers keep, per column, the lowest and the highest one: the grey band the
 *       eye sees, with its edges exact.
 * </ul>
 *
 * <p>So a chart of 10<sup>6</sup> points draws a few thousand vertices and markers, and its SVG and
 * HTML stay small, while no signalled, excluded or annotated point disappears. The hover targets of
 * SVG and HTML follow the drawn markers.
 */
final class Thinning {
  private Thinning() {}

  /**
   * The model as drawn on a {@code width} × {@code height} image: unchanged when it has no more
   * points than {@code width}, else thinned by the rule of the class comment.
   */
  static Model toPixels(Model model, int width, int height) {
    int n = model.points().size();
    if (n <= width) {
      return model;
    }
    Grid grid = new Grid(n, width, height, model.yMin(), model.yMax());
    List<Model.Line> lines = new ArrayList<>(model.lines().size());
    for (Model.Line line : model.lines()) {
      lines.add(line.x().length <= 2 * width ? line : thin(line, grid));
    }
    return new Model(
        model.chart(),
        model.points(),
        lines,
        markers(model, grid),
        model.partLabels(),
        model.partBreaks(),
        model.baselineEnd(),
        model.notes(),
        model.xs(),
        model.yMin(),
        model.yMax(),
        model.words());
  }

  /**
   * Collects a model's markers as they are made. For a series longer than the image is wide it
   * keeps, of the common-cause markers that no note names, only the lowest and highest of each
   * pixel column: all that {@link #toPixels} keeps of them, so a million points never hold a
   * million markers. The rest are kept, in the order of the points, for {@link #toPixels} to
   * decide.
   */
  static class Markers {
    final List<Model.Marker> kept = new ArrayList<>();
    final Set<Integer> annotated = new HashSet<>();

    /** The marker of the point at this index (1-based) is kept: a note is written there. */
    void annotate(int index) {
      annotated.add(index);
    }

    void add(Model.Marker marker) {
      kept.add(marker);
    }

    /** The markers collected, in the order of the points. */
    List<Model.Marker> list() {
      return kept;
    }
  }

  /** Every marker. */
  static Markers allMarkers() {
    return new Markers();
  }

  /** The markers of n points on an image {@code width} pixels wide (see {@link Markers}). */
  static Markers columnMarkers(int n, int width) {
    return n <= width ? new Markers() : new ColumnMarkers(new Grid(n, width, 1, 0, 1));
  }

  /**
   * The common-cause markers of each pixel column reduced to its lowest and highest as they come.
   */
  private static final class ColumnMarkers extends Markers {
    private final Grid grid;
    private final List<Model.Marker> others = new ArrayList<>();
    private final List<Integer> othersSeq = new ArrayList<>();
    private int current = Integer.MIN_VALUE;
    private int seq;
    private Model.Marker low;
    private int lowSeq;
    private Model.Marker high;
    private int highSeq;

    ColumnMarkers(Grid grid) {
      this.grid = grid;
    }

    @Override
    void add(Model.Marker m) {
      int c = grid.column(m.x());
      if (c != current) {
        flush();
        current = c;
      }
      seq++;
      if (m.category() != PointCategory.COMMON_CAUSE
          || m.hollow()
          || annotated.contains(m.index())) {
        others.add(m);
        othersSeq.add(seq);
        return;
      }
      // the first lowest and the first highest, as toPixels picks them
      if (low == null || m.y() < low.y()) {
        low = m;
        lowSeq = seq;
      }
      if (high == null || m.y() > high.y()) {
        high = m;
        highSeq = seq;
      }
    }

    /** The column's markers into the list, in the order they came. */
    private void flush() {
      for (int i = 0; i < others.size(); i++) {
        int at = othersSeq.get(i);
        while (low != null && Math.min(lowSeq, highSeq) < at) {
          keepLowOrHigh();
        }
        kept.add(others.get(i));
      }
      while (low != null) {
        keepLowOrHigh();
      }
      others.clear();
      othersSeq.clear();
    }

    /** Keeps the earlier of the column's lowest and highest (once, if they are the same). */
    private void keepLowOrHigh() {
      if (lowSeq == highSeq) {
        kept.add(low);
        low = null;
        high = null;
      } else if (lowSeq < highSeq) {
        kept.add(low);
        low = high;
        lowSeq = highSeq;
      } else {
        kept.add(high);
        high = low;
        highSeq = lowSeq;
      }
    }

    @Override
    List<Model.Marker> list() {
      flush();
      return kept;
    }
  }

  /** Pixel columns and rows over the chart's x range (0.5 to n + 0.5) and y range. */
  private record Grid(int n, int width, int height, double yMin, double yMax) {
    int column(double x) {
      return (int) Math.floor((x - 0.5) / n * width);
    }

    int row(double y) {
      return yMax > yMin ? (int) Math.floor((y - yMin) / (yMax - yMin) * height) : 0;
    }
  }

  /** M4 per column and unbroken stretch: first, lowest, highest, last vertex, in order. */
  private static Model.Line thin(Model.Line line, Grid grid) {
    double[] x = line.x();
    double[] y = line.y();
    double[] outX = new double[Math.min(x.length, 4 * grid.width() + 64)];
    double[] outY = new double[outX.length];
    int size = 0;
    int first = -1;
    int low = -1;
    int high = -1;
    int last = -1;
    int column = Integer.MIN_VALUE;
    for (int i = 0; i <= x.length; i++) {
      boolean end = i == x.length;
      boolean gap = !end && Double.isNaN(y[i]);
      int c = end || gap ? Integer.MIN_VALUE : grid.column(x[i]);
      if (first >= 0 && (end || gap || c != column)) {
        int[] kept = {first, low, high, last};
        Arrays.sort(kept);
        for (int k = 0; k < kept.length; k++) {
          if (k == 0 || kept[k] != kept[k - 1]) {
            if (size == outX.length) {
              outX = Arrays.copyOf(outX, 2 * size);
              outY = Arrays.copyOf(outY, 2 * size);
            }
            outX[size] = x[kept[k]];
            outY[size++] = y[kept[k]];
          }
        }
        first = -1;
      }
      if (end) {
        break;
      }
      if (gap) {
        if (size > 0 && !Double.isNaN(outY[size - 1])) {
          if (size == outX.length) {
            outX = Arrays.copyOf(outX, 2 * size);
            outY = Arrays.copyOf(outY, 2 * size);
          }
          outX[size] = x[i];
          outY[size++] = Double.NaN;
        }
        continue;
      }
      if (first < 0) {
        first = low = high = i;
        column = c;
      }
      if (y[i] < y[low]) {
        low = i;
      }
      if (y[i] > y[high]) {
        high = i;
      }
      last = i;
    }
    return new Model.Line(line.kind(), Arrays.copyOf(outX, size), Arrays.copyOf(outY, size));
  }

  /**
   * Every signalled, excluded or annotated marker (one per pixel and look), and the lowest and
   * highest common-cause marker of each column, in the order of the points.
   */
  private static List<Model.Marker> markers(Model model, Grid grid) {
    Set<Integer> annotated = new HashSet<>();
    for (Model.Label note : model.notes()) {
      annotated.add((int) Math.round(note.x()));
    }
    List<Model.Marker> markers = model.markers();
    boolean[] keep = new boolean[markers.size()];
    Set<Long> drawn = new HashSet<>();
    int column = Integer.MIN_VALUE;
    int low = -1;
    int high = -1;
    for (int i = 0; i <= markers.size(); i++) {
      Model.Marker m = i < markers.size() ? markers.get(i) : null;
      int c = m == null ? Integer.MIN_VALUE : grid.column(m.x());
      if (c != column && low >= 0) {
        keep[low] = true;
        keep[high] = true;
        low = -1;
        high = -1;
      }
      if (m == null) {
        break;
      }
      column = c;
      if (m.category() != PointCategory.COMMON_CAUSE
          || m.hollow()
          || annotated.contains(m.index())) {
        long pixel =
            (((long) c * (grid.height() + 1) + grid.row(m.y())) * PointCategory.values().length
                        + m.category().ordinal())
                    * 2
                + (m.hollow() ? 1 : 0);
        keep[i] = drawn.add(pixel) || annotated.contains(m.index());
      } else {
        if (low < 0 || m.y() < markers.get(low).y()) {
          low = i;
        }
        if (high < 0 || m.y() > markers.get(high).y()) {
          high = i;
        }
      }
    }
    List<Model.Marker> kept = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        kept.add(markers.get(i));
      }
    }
    return kept;
  }
}
