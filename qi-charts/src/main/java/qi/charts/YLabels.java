package qi.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of the y axis, which qi draws itself (as the x axis, so that an SVG has its labels as
 * text): round values, 1, 2 or 5 times a power of ten apart, at least a given distance apart on
 * screen, each labelled with the decimals of the step ({@code 0.25} gives {@code 0.00}, {@code
 * 0.25}, {@code 0.50}).
 */
final class YLabels {
  private YLabels() {}

  /**
   * The ticks within [{@code min}, {@code max}], positioned in y values, on an axis {@code pixels}
   * long with at least {@code gap} pixels between two ticks; none when the range is empty or not
   * finite.
   */
  static List<XLabels.Tick> ticks(double min, double max, double pixels, double gap) {
    List<XLabels.Tick> ticks = new ArrayList<>();
    double range = max - min;
    if (!(range > 0) || !Double.isFinite(range) || !(pixels > 0)) {
      return ticks;
    }
    double least = range * gap / pixels;
    double power = Math.pow(10, Math.floor(Math.log10(least)));
    double step = 10 * power;
    for (double m : new double[] {1, 2, 5}) {
      if (m * power >= least) {
        step = m * power;
        break;
      }
    }
    // The step as written in decimal (0.2, 5E-4, 50) and its decimals (1, 4, 0): labels are exact
    // multiples of it, so that none shows a rounding error (0.30000000000000004) or "-0".
    BigDecimal exact = new BigDecimal(Double.toString(step)).stripTrailingZeros();
    int decimals = Math.max(0, exact.scale());
    for (long k = (long) Math.ceil(min / step); k * step <= max; k++) {
      BigDecimal value = BigDecimal.valueOf(k).multiply(exact);
      ticks.add(
          new XLabels.Tick(
              value.doubleValue(),
              value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString()));
    }
    return ticks;
  }
}
