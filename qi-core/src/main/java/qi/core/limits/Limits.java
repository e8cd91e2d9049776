package qi.core.limits;

/**
 * The centre line and limits of one chart type, computed for one part. An implementation gives only
 * the centre line and σ̂ᵢ on its own scale ({@link #basis}); the shared step {@link
 * PartLimits#band} makes the 3σ control and 2σ warning limits and clips them to the chart's range.
 */
public interface Limits {

  /** The plotted values, centre line and σ̂ᵢ of one part. */
  Basis basis(PartData part);

  /** The smallest value a limit can take (0 for counts and proportions). */
  default double lowerBound() {
    return Double.NEGATIVE_INFINITY;
  }

  /** The largest value a limit can take (1 for proportions). */
  default double upperBound() {
    return Double.POSITIVE_INFINITY;
  }

  /** Centre line and limits of one part. */
  default PartLimits limits(PartData part) {
    return PartLimits.band(basis(part), lowerBound(), upperBound());
  }
}
