package qi.core.internal;

/**
 * A number in the x87 80-bit extended format that R's {@code LDOUBLE} is on x86-64 Linux: a 64-bit
 * significand, every operation rounded to nearest, ties to even, at 64 significant bits. R sums in
 * it ({@code sum()}, {@code mean()}, {@code var()}), so qi does too, to land on the same double
 * where a sum rounded at 53 bits would land one ulp away (a monthly mean then differs from the
 * median it equals in R, and the runs analysis changes).
 *
 * <p>The value is {@code (negative ? -1 : 1) · significand · 2^exponent} with the significand read
 * unsigned and normalised (bit 63 set), or zero. The exponent range is that of an {@code int},
 * wider than the x87's, which only matters beyond the double range (R turns such sums into ±∞, and
 * so does {@link #toDouble()}). Instances are mutable scratch values of one computation.
 */
final class LongDouble {
  private static final long SIGN_BIT = Long.MIN_VALUE;

  private boolean negative;
  private long significand;
  private int exponent;

  /** Zero. */
  LongDouble() {}

  /** Sets this to the double {@code x} (exactly; x finite). */
  LongDouble set(double x) {
    long bits = Double.doubleToRawLongBits(x);
    long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
    int biased = (int) (bits >>> 52) & 0x7FF;
    negative = bits < 0;
    if (biased == 0) {
      if (fraction == 0) {
        significand = 0;
        exponent = 0;
        return this;
      }
      int shift = Long.numberOfLeadingZeros(fraction);
      significand = fraction << shift;
      exponent = -1074 - shift;
    } else {
      significand = (fraction | 0x0010_0000_0000_0000L) << 11;
      exponent = biased - 1075 - 11;
    }
    return this;
  }

  /**
   * Sets this to round(x − s), R's {@code (dx[i] - s)} of the correction pass. A value in the same
   * binade as s and of its sign (most values, near their mean) differs from it exactly: the
   * difference of the two significands, normalised.
   */
  LongDouble setDifference(double x, LongDouble s) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52) & 0x7FF;
    if (biased != 0
        && s.significand != 0
        && biased - 1086 == s.exponent
        && (bits < 0) == s.negative) {
      long a = ((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L) << 11;
      long b = s.significand;
      if (a == b) {
        negative = false;
        significand = 0;
        exponent = 0;
        return this;
      }
      boolean below = Long.compareUnsigned(a, b) < 0;
      long difference = below ? b - a : a - b;
      int shift = Long.numberOfLeadingZeros(difference);
      negative = s.negative != below;
      significand = difference << shift;
      exponent = s.exponent - shift;
      return this;
    }
    if (biased != 0 && biased - 1086 < s.exponent && s.significand != 0) {
      // |x| below the binade of s: round(x − s) = −round(s − x) (rounding to nearest is
      // symmetric), and s − x is the usual step of a larger number and a smaller one
      set(s).add(-x);
      negative = !negative;
      return this;
    }
    return set(x).subtract(s);
  }

  /**
   * this ← round(this + round(x − s)), one step of R's correction pass, using {@code scratch} in
   * the general case. The usual step is done without normalizing the difference: when x lies in the
   * binade of s and has its sign, x − s is exact, D = a − b in units of the last place of s with
   * |D| &lt; 2⁶³ (a and b, their significands, both in [2⁶³, 2⁶⁴)); when this sum's last place is 1
   * to 63 binary places above that of s, D shifted right by that many places keeps every bit in
   * {@link #addSmaller}'s 128-bit window, whose sum is exact and rounded once, as {@code
   * add(scratch.setDifference(x, s))} rounds it (the same 128 bits, D normalized or not).
   */
  LongDouble addDifference(double x, LongDouble s, LongDouble scratch) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52) & 0x7FF;
    int places = exponent - s.exponent;
    if (biased - 1086 == s.exponent
        && biased != 0
        && (bits < 0) == s.negative
        && s.significand != 0
        && significand != 0
        && places > 0
        && places < 64) {
      long a = ((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L) << 11;
      long difference = a - s.significand;
      if (difference == 0) {
        return this;
      }
      boolean differenceNegative = s.negative != (difference < 0);
      long magnitude = difference < 0 ? -difference : difference;
      return addSmaller(differenceNegative != negative, magnitude, places);
    }
    return add(scratch.setDifference(x, s));
  }

  /**
   * One of R's two passes of {@code mean()} over the selected values of {@code values[from, to)}
   * (below {@code limit}, or equal to it too if {@code orEqual}; NaN never), in order: without
   * {@code mean}, the sum, this ← round(this + vᵢ); with it, the correction, this ← round(this +
   * round(vᵢ − mean)) as {@link #addDifference}. Returns how many values were selected, or −1 at
   * the first infinite one in the sum (R's mean is then the plain sum of the infinities; this is
   * left part-way).
   *
   * <p>The usual steps are written out in the loop, with this number in local variables: the
   * launcher's C1 compiler inlines no method over 35 bytes, so a call per value, with the fields in
   * memory, cost more than the step. The usual step adds b·2^e, b below 2⁶⁴ and not necessarily
   * normalized, 1 to 63 binary places below this number's last place ({@link #addSmaller}, whose
   * window holds every bit of it). In the sum, b is the value's significand. In the correction, b
   * is the exact difference x − mean when x lies in the binade of the mean, as in {@link
   * #addDifference}; and when x lies one binade above or below it (the moving ranges of a chart
   * spread over several binades), the difference of the larger significand doubled and the smaller,
   * exact below 2⁶⁴ and otherwise rounded at its 65th bit, half to even: the one rounding of
   * round(x − mean). Any other step goes through {@link #add(double)} and {@link #addDifference}.
   */
  int addAll(double[] values, int from, int to, double limit, boolean orEqual, LongDouble mean) {
    boolean correcting = mean != null;
    boolean meanNegative = correcting && mean.negative;
    long meanSignificand = correcting ? mean.significand : 0;
    int meanExponent = correcting ? mean.exponent : 0;
    LongDouble scratch = correcting ? new LongDouble() : null;
    boolean sumNegative = negative;
    long sum = significand;
    int sumExponent = exponent;
    int count = 0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (!(v < limit || orEqual && v == limit)) {
        continue;
      }
      count++;
      long bits = Double.doubleToRawLongBits(v);
      int biased = (int) (bits >>> 52) & 0x7FF;
      long a = ((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L) << 11;
      int aExponent = biased - 1086;
      boolean bNegative = bits < 0;
      long b = a;
      int bExponent = aExponent;
      boolean usual = biased != 0 && sum != 0;
      if (!correcting) {
        if (biased == 0x7FF) {
          return -1;
        }
      } else if (usual && bNegative == meanNegative && meanSignificand != 0) {
        if (aExponent == meanExponent) {
          long difference = a - meanSignificand;
          if (difference == 0) {
            continue;
          }
          bNegative = meanNegative != (difference < 0);
          b = difference < 0 ? -difference : difference;
          bExponent = meanExponent;
        } else if (aExponent == meanExponent + 1 || aExponent == meanExponent - 1) {
          boolean above = aExponent > meanExponent;
          long twice = (above ? a : meanSignificand) << 1; // the larger, less its leading 2⁶⁴
          long smaller = above ? meanSignificand : a;
          bExponent = Math.min(aExponent, meanExponent);
          b = twice - smaller;
          if (Long.compareUnsigned(twice, smaller) >= 0) {
            // 2⁶⁴ + b: 65 bits, one to round away
            boolean half = (b & 1) != 0;
            b = SIGN_BIT | (b >>> 1);
            bExponent++;
            if (half && (b & 1) != 0) {
              b++;
              if (b == 0) {
                b = SIGN_BIT;
                bExponent++;
              }
            }
          }
          bNegative = above == meanNegative;
        } else {
          usual = false;
        }
      } else {
        usual = false;
      }
      int places = sumExponent - bExponent;
      usual &= places > 0 && places < 64 && (sumNegative == bNegative || places > 1 || b >= 0);
      if (usual) {
        // addSmaller(bNegative != sumNegative, b, places)
        long bHigh = b >>> places;
        long bLow = b << (64 - places);
        long high;
        long low;
        if (bNegative != sumNegative) {
          low = -bLow;
          high = sum - bHigh - ((bLow | -bLow) >>> 63);
          if (high >= 0) {
            high = (high << 1) | (low >>> 63);
            low <<= 1;
            sumExponent--;
          }
        } else {
          low = bLow;
          high = sum + bHigh;
          if (Long.compareUnsigned(high, sum) < 0) {
            low = (low >>> 1) | (high << 63) | (low & 1);
            high = (high >>> 1) | SIGN_BIT;
            sumExponent++;
          }
        }
        long rest = low << 1;
        high += (low >>> 63) & (((rest | -rest) >>> 63) | (high & 1));
        if (high == 0) {
          high = SIGN_BIT;
          sumExponent++;
        }
        sum = high;
      } else {
        negative = sumNegative;
        significand = sum;
        exponent = sumExponent;
        if (correcting) {
          addDifference(v, mean, scratch);
        } else {
          add(v);
        }
        sumNegative = negative;
        sum = significand;
        sumExponent = exponent;
      }
    }
    negative = sumNegative;
    significand = sum;
    exponent = sumExponent;
    return count;
  }

  /** Sets this to a copy of {@code other}. */
  LongDouble set(LongDouble other) {
    negative = other.negative;
    significand = other.significand;
    exponent = other.exponent;
    return this;
  }

  boolean isZero() {
    return significand == 0;
  }

  /** this ← round(this + x). */
  LongDouble add(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int biased = (int) (bits >>> 52) & 0x7FF;
    if (biased != 0) {
      // the common case, a normal double, without an intermediate object
      long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
      return add(bits < 0, (fraction | 0x0010_0000_0000_0000L) << 11, biased - 1075 - 11);
    }
    LongDouble scratch = new LongDouble().set(x);
    return add(scratch.negative, scratch.significand, scratch.exponent);
  }

  /** this ← round(this + other). */
  LongDouble add(LongDouble other) {
    return add(other.negative, other.significand, other.exponent);
  }

  /** this ← round(this − other). */
  LongDouble subtract(LongDouble other) {
    return add(!other.negative, other.significand, other.exponent);
  }

  /**
   * this ← round(this + b), b = ±bSignificand·2^bExponent: the exact sum in a 128-bit window (bits
   * shifted out below it are kept as one sticky bit, which is enough because cancellation of more
   * than one bit only happens when nothing is shifted out), then rounded at 64 bits.
   */
  private LongDouble add(boolean bNegative, long bSignificand, int bExponent) {
    int places = exponent - bExponent;
    if (significand != 0
        && bSignificand != 0
        && places > 0
        && places < 64
        && (negative == bNegative || places > 1)) {
      return addSmaller(bNegative != negative, bSignificand, places);
    }
    if (bSignificand == 0) {
      return this;
    }
    if (significand == 0) {
      negative = bNegative;
      significand = bSignificand;
      exponent = bExponent;
      return this;
    }
    boolean aNegative = negative;
    long a = significand;
    int aExponent = exponent;
    long b = bSignificand;
    if (bExponent > aExponent
        || bExponent == aExponent && Long.compareUnsigned(bSignificand, significand) > 0) {
      aNegative = bNegative;
      a = bSignificand;
      aExponent = bExponent;
      bNegative = negative;
      b = significand;
      bExponent = exponent;
    }
    int distance = aExponent - bExponent;
    long bHigh;
    long bLow;
    if (distance == 0) {
      bHigh = b;
      bLow = 0;
    } else if (distance < 64) {
      bHigh = b >>> distance;
      bLow = b << (64 - distance);
    } else if (distance == 64) {
      bHigh = 0;
      bLow = b;
    } else if (distance < 128) {
      bHigh = 0;
      bLow = (b >>> (distance - 64)) | ((b << (128 - distance)) != 0 ? 1 : 0);
    } else {
      bHigh = 0;
      bLow = 1;
    }
    long high;
    long low;
    int resultExponent = aExponent;
    if (aNegative == bNegative) {
      low = bLow;
      high = a + bHigh;
      if (Long.compareUnsigned(high, a) < 0) {
        low = (low >>> 1) | (high << 63) | (low & 1);
        high = (high >>> 1) | SIGN_BIT;
        resultExponent++;
      }
    } else {
      low = -bLow;
      high = a - bHigh - (bLow != 0 ? 1 : 0);
      if (high == 0 && low == 0) {
        negative = false;
        significand = 0;
        exponent = 0;
        return this;
      }
      int shift = high != 0 ? Long.numberOfLeadingZeros(high) : 64 + Long.numberOfLeadingZeros(low);
      if (shift >= 64) {
        high = low << (shift - 64);
        low = 0;
      } else if (shift > 0) {
        high = (high << shift) | (low >>> (64 - shift));
        low <<= shift;
      }
      resultExponent -= shift;
    }
    if (low < 0 && (low != SIGN_BIT || (high & 1) != 0)) {
      high++;
      if (high == 0) {
        high = SIGN_BIT;
        resultExponent++;
      }
    }
    negative = aNegative;
    significand = high;
    exponent = resultExponent;
    return this;
  }

  /**
   * The usual step of a sum or of R's correction pass: this ± b·2^(exponent − shift), b below 2⁶⁴
   * and smaller than this by 1 to 63 binary places (2 to 63 when subtracting, so that at most one
   * bit cancels); b need not be normalized. b's significand shifted right gives the part to add and
   * the bits below the last place; half to even is decided without a branch on those bits, which
   * random data would mispredict half the time.
   */
  private LongDouble addSmaller(boolean subtract, long b, int shift) {
    long bHigh = b >>> shift;
    long bLow = b << (64 - shift);
    long high;
    long low;
    if (subtract) {
      low = -bLow;
      high = significand - bHigh - ((bLow | -bLow) >>> 63);
      if (high >= 0) {
        // one bit cancelled: shift the 128 bits left by one
        high = (high << 1) | (low >>> 63);
        low <<= 1;
        exponent--;
      }
    } else {
      low = bLow;
      high = significand + bHigh;
      if (Long.compareUnsigned(high, significand) < 0) {
        low = (low >>> 1) | (high << 63) | (low & 1);
        high = (high >>> 1) | SIGN_BIT;
        exponent++;
      }
    }
    long rest = low << 1;
    high += (low >>> 63) & (((rest | -rest) >>> 63) | (high & 1));
    if (high == 0) {
      high = SIGN_BIT;
      exponent++;
    }
    significand = high;
    return this;
  }

  /** this ← round(this · other), the 128-bit product rounded at 64 bits. */
  LongDouble multiply(LongDouble other) {
    if (significand == 0 || other.significand == 0) {
      negative = false;
      significand = 0;
      exponent = 0;
      return this;
    }
    long a = significand;
    long b = other.significand;
    long high = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    long low = a * b;
    int resultExponent = exponent + other.exponent + 64;
    if (high >= 0) {
      // product of two values in [2^63, 2^64) is in [2^126, 2^128): at most one bit to shift
      high = (high << 1) | (low >>> 63);
      low <<= 1;
      resultExponent--;
    }
    if (low < 0 && (low != SIGN_BIT || (high & 1) != 0)) {
      high++;
      if (high == 0) {
        high = SIGN_BIT;
        resultExponent++;
      }
    }
    negative = negative != other.negative;
    significand = high;
    exponent = resultExponent;
    return this;
  }

  /** this ← round(this / n), 1 ≤ n < 2³¹: the significand divided by n to 128 quotient bits. */
  LongDouble divide(long n) {
    if (significand == 0 || n == 1) {
      return this;
    }
    if (n < 1 || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("divisor (" + n + ") must be in [1, 2^31)");
    }
    long quotientHigh = Long.divideUnsigned(significand, n);
    long remainder = Long.remainderUnsigned(significand, n);
    long upper = (remainder << 32) / n;
    remainder = (remainder << 32) % n;
    long lower = (remainder << 32) / n;
    remainder = (remainder << 32) % n;
    long quotientLow = (upper << 32) | lower;
    // quotient = quotientHigh·2^64 + quotientLow (+ remainder/n), quotientHigh in [2^32, 2^63)
    int shift = 64 - Long.numberOfLeadingZeros(quotientHigh);
    long top = (quotientHigh << (64 - shift)) | (quotientLow >>> shift);
    long rest = quotientLow & ((1L << shift) - 1);
    long half = 1L << (shift - 1);
    int compare = Long.compareUnsigned(rest, half);
    if (compare > 0 || compare == 0 && (remainder != 0 || (top & 1) != 0)) {
      top++;
      if (top == 0) {
        top = SIGN_BIT;
        shift++;
      }
    }
    significand = top;
    exponent = exponent - 64 + shift;
    return this;
  }

  /**
   * The nearest double, ties to even, as C's {@code (double)} cast of a long double: ±∞ beyond the
   * double range, subnormals rounded once at their own precision.
   */
  double toDouble() {
    if (significand == 0) {
      return 0.0;
    }
    // value = significand · 2^exponent; keep 53 bits (fewer for a subnormal result)
    int top = exponent + 63; // exponent of the leading bit
    int dropped = top >= -1022 ? 11 : 11 + (-1022 - top);
    long kept;
    boolean up;
    if (dropped >= 64) {
      kept = 0;
      up =
          dropped == 64
              && Long.compareUnsigned(significand, SIGN_BIT) > 0; // above half of the last place
    } else {
      kept = significand >>> dropped;
      long rest = significand & ((1L << dropped) - 1);
      long half = 1L << (dropped - 1);
      up = Long.compareUnsigned(rest, half) > 0 || rest == half && (kept & 1) != 0;
    }
    if (up) {
      kept++;
    }
    double magnitude = Math.scalb((double) kept, exponent + dropped);
    return negative ? -magnitude : magnitude;
  }
}
