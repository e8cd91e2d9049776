package qi.core.limits;

import java.util.concurrent.ForkJoinTask;
import qi.core.internal.SpcConstants;
import qi.core.internal.Stats;

/** Moving ranges and their screened average, shared by the I, T, P′ and U′ charts. */
final class MovingRanges {
  private MovingRanges() {}

  /**
   * From this many values on, {@link #centred} (and the XmR chart) take the mean and the moving
   * ranges' averages on two cores: each of R's means of a million values is a few tens of
   * milliseconds, while handing work to another thread costs well under one.
   */
  static final int BOTH_CORES_FROM = 100_000;

  /** Whether a mean and moving ranges of this many values are taken on two cores. */
  static boolean onBothCores(int values) {
    return values >= BOTH_CORES_FROM && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** |vᵢ − vᵢ₋₁| for i ≥ 1; NaN where either value is missing. */
  static double[] of(double[] values) {
    double[] ranges = new double[Math.max(values.length - 1, 0)];
    for (int i = 1; i < values.length; i++) {
      ranges[i - 1] = Math.abs(values[i] - values[i - 1]);
    }
    return ranges;
  }

  /**
   * |(vᵢ − centre) − (vᵢ₋₁ − centre)| for i ≥ 1, the moving ranges of the deviations from centre.
   */
  static double[] about(double[] values, double centre) {
    double[] ranges = new double[Math.max(values.length - 1, 0)];
    for (int i = 1; i < values.length; i++) {
      ranges[i - 1] = Math.abs((values[i] - centre) - (values[i - 1] - centre));
    }
    return ranges;
  }

  /**
   * The average moving range of {@code values}, screened (Nelson 1982) when asked: ranges at or
   * above 3.267·AMR are dropped and AMR recomputed. With every range 0, screening keeps none and
   * the result is NaN, as in qicharts2.
   */
  static double average(double[] values, boolean screen) {
    return screenedMean(of(values), screen, SpcConstants.D4);
  }

  /** The mean of {@code values}, recomputed without those at or above factor·mean if asked. */
  static double screenedMean(double[] values, boolean screen, double factor) {
    double mean = Stats.mean(values);
    if (!screen) {
      return mean;
    }
    return Stats.meanBelow(values, factor * mean);
  }

  /** σ̂ = AMR / d₂ from the moving ranges of {@code values}. */
  static double sigma(double[] values, boolean screen) {
    return average(values, screen) / SpcConstants.D2;
  }

  /**
   * σ̂ = AMR / d₂ from the moving ranges of the deviations {@code values} − centre, as qicharts2
   * takes them for the I chart.
   */
  static double sigmaAbout(double[] values, double centre, boolean screen) {
    return screenedMean(about(values, centre), screen, SpcConstants.D4) / SpcConstants.D2;
  }

  /** The mean of an I chart's base values and its σ̂ about that mean. */
  record Centred(double mean, double sigma) {}

  /**
   * The mean x̄ of {@code values} and {@link #sigmaAbout σ̂ about it}, the same bits as one after
   * the other; from {@value #BOTH_CORES_FROM} values on, on two cores.
   *
   * <p>σ̂ waits for x̄ only through the deviations xᵢ − x̄. Where each of them is exact (a double),
   * (xᵢ − x̄) − (xᵢ₋₁ − x̄) is the rounding of the same real number as xᵢ − xᵢ₋₁, so the moving
   * ranges are those of the values themselves, which another thread can average while this one
   * takes x̄. Whether they are exact is decided from the least and greatest value once x̄ is known
   * ({@link #deviationsExact}); where they may not be, σ̂ is taken about x̄ after all.
   */
  static Centred centred(double[] values, boolean screen) {
    if (!onBothCores(values.length)) {
      double mean = Stats.mean(values);
      return new Centred(mean, sigmaAbout(values, mean, screen));
    }
    // the moving ranges of the values, and their least and greatest value (a missing value,
    // NaN, is neither), in one pass before the other thread starts on them
    double[] ranges = new double[values.length - 1];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      min = v < min ? v : min;
      max = v > max ? v : max;
      if (i > 0) {
        ranges[i - 1] = Math.abs(v - values[i - 1]);
      }
    }
    ForkJoinTask<Double> amr =
        ForkJoinTask.adapt(() -> screenedMean(ranges, screen, SpcConstants.D4)).fork();
    double mean = Stats.mean(values);
    if (deviationsExact(mean, min, max)) {
      return new Centred(mean, amr.join() / SpcConstants.D2);
    }
    double sigma = sigmaAbout(values, mean, screen);
    amr.join(); // never left running
    return new Centred(mean, sigma);
  }

  /**
   * Whether x − centre is a double, exactly, for every x in [min, max]: all of one sign, normal and
   * finite. x and the centre are multiples of 2^(e − 52), e the lower of their two binary
   * exponents, so their difference is exact when it is below 2^(e + 1). Below the centre that is
   * hardest for x = min (centre − x is largest and its binade lowest); above, x − centre must be
   * below 2^(e(centre) + 1), hardest for x = max.
   */
  static boolean deviationsExact(double centre, double min, double max) {
    if (centre < 0) {
      double least = -max;
      max = -min;
      min = least;
      centre = -centre;
    }
    return min >= Double.MIN_NORMAL
        && max < Double.POSITIVE_INFINITY
        && centre >= Double.MIN_NORMAL
        && centre < Double.POSITIVE_INFINITY
        && below(centre - min, min)
        && below(max - centre, centre);
  }

  /**
   * Whether the exact difference that {@code difference} rounds is below 2^(e + 1), e the binary
   * exponent of {@code of}: the rounded difference is within 2⁻⁵³ of it, so a margin of 2⁻⁵⁰
   * decides.
   */
  private static boolean below(double difference, double of) {
    return difference <= Math.scalb(1 - 0x1p-50, Math.getExponent(of) + 1);
  }
}
