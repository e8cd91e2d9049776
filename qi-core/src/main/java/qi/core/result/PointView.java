package qi.core.result;

import java.util.List;
import qi.core.internal.PointColumns;
import qi.core.rules.Rule;

/**
 * What the verdict and its headline read of the points, by 0-based position. The engine's points
 * are columns and answer without building a {@link PointResult} (a million points and their x text
 * cost more than the analysis); any other list of points answers through its points.
 */
interface PointView {
  int size();

  int part(int i);

  double y(int i);

  double n(int i);

  double cl(int i);

  double lcl(int i);

  double ucl(int i);

  double target(int i);

  boolean isBaseline(int i);

  boolean isIncluded(int i);

  boolean isSignalled(int i);

  /** Whether the r-th rule of the analysis' rule set flags point i. */
  boolean isFlaggedBy(int i, int r, Rule rule);

  /** Whether the r-th rule is point i's first signal, the one its point type comes from. */
  boolean isFirstSignal(int i, int r, Rule rule);

  String x(int i);

  PointType pointType(int i);

  /** The side of the centre line point i is on: 1 above, -1 below, 0 on it (or undefined). */
  default double side(int i) {
    return Math.signum(y(i) - cl(i));
  }

  static PointView of(Analysis analysis) {
    if (analysis.points() instanceof PointColumns columns) {
      return new PointView() {
        public int size() {
          return columns.size();
        }

        public int part(int i) {
          return columns.part(i);
        }

        public double y(int i) {
          return columns.y(i);
        }

        public double n(int i) {
          return columns.n(i);
        }

        public double cl(int i) {
          return columns.cl(i);
        }

        public double lcl(int i) {
          return columns.lcl(i);
        }

        public double ucl(int i) {
          return columns.ucl(i);
        }

        public double target(int i) {
          return columns.target();
        }

        public boolean isBaseline(int i) {
          return columns.isBaseline(i);
        }

        public boolean isIncluded(int i) {
          return columns.isIncluded(i);
        }

        public boolean isSignalled(int i) {
          return columns.isSignalled(i);
        }

        public boolean isFlaggedBy(int i, int r, Rule rule) {
          return columns.isFlaggedBy(i, r);
        }

        public boolean isFirstSignal(int i, int r, Rule rule) {
          return columns.firstSignal(i) == r;
        }

        public String x(int i) {
          return columns.x(i);
        }

        public PointType pointType(int i) {
          return columns.pointType(i);
        }
      };
    }
    List<PointResult> list = analysis.points();
    return new PointView() {
      public int size() {
        return list.size();
      }

      public int part(int i) {
        return list.get(i).part();
      }

      public double y(int i) {
        return list.get(i).y();
      }

      public double n(int i) {
        return list.get(i).n();
      }

      public double cl(int i) {
        return list.get(i).cl();
      }

      public double lcl(int i) {
        return list.get(i).lcl();
      }

      public double ucl(int i) {
        return list.get(i).ucl();
      }

      public double target(int i) {
        return list.get(i).target();
      }

      public boolean isBaseline(int i) {
        return list.get(i).baseline();
      }

      public boolean isIncluded(int i) {
        return list.get(i).included();
      }

      public boolean isSignalled(int i) {
        return !list.get(i).signals().isEmpty();
      }

      public boolean isFlaggedBy(int i, int r, Rule rule) {
        return list.get(i).signals().contains(rule.id());
      }

      public boolean isFirstSignal(int i, int r, Rule rule) {
        return list.get(i).signals().get(0).equals(rule.id());
      }

      public String x(int i) {
        return list.get(i).x();
      }

      public PointType pointType(int i) {
        return list.get(i).pointType();
      }
    };
  }
}
