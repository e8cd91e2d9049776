package qi.core.result;

import java.util.List;

/**
 * The result of analysing a series: every point and every part (phase), plus notes on how the
 * options were applied (e.g. a freeze ignored because parts were given).
 *
 * @param chart the chart type's identifier ({@code run}, {@code i}, {@code p}, …)
 * @param points the points in x order
 * @param parts the parts in order
 * @param notes plain-language notes for the user; empty when there is nothing to say
 */
public record Analysis(
    String chart, List<PointResult> points, List<PhaseResult> parts, List<String> notes) {
  public Analysis {
    points = List.copyOf(points);
    parts = List.copyOf(parts);
    notes = List.copyOf(notes);
  }

  /** Whether any point signals, by the 3σ rule or by the runs analysis of its part. */
  public boolean hasSignal() {
    return points.stream().anyMatch(p -> p.sigmaSignal() || p.runsSignal());
  }
}
