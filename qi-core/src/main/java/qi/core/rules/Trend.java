package qi.core.rules;

import java.util.ArrayList;
import java.util.List;
import qi.core.internal.Checks;

/**
 * A trend: at least {@code length} consecutive points each strictly higher (or each strictly lower)
 * than the one before; every point of the trend is flagged. A flagged point's side is the direction
 * of its step to the next point when that point is in the trend too, else of its step from the
 * previous point (NHSRplotthedots 0.2.2 {@code ptd_special_cause_type}).
 *
 * <p>Two equal successive values break the trend when {@code tiesBreak} (NHS, Nelson); otherwise
 * the repeated value is ignored (IHI: "if the value of two or more successive points is the same,
 * ignore the like points when counting"). Excluded points are skipped; a missing point breaks the
 * trend when {@code missingBreaks} (NHS: NHSRplotthedots 0.2.2 looks at 7 consecutive rows, and
 * finds no trend in a window with a missing value), and is skipped otherwise.
 *
 * <p>Sources: NHS Making Data Count, 7 points ({@code ptd_seven_point_trend}); Nelson (1984) test
 * 3, 6 points; Provost and Murray, The Health Care Data Guide (2011), ch. 3, 5 points.
 *
 * @param id the identifier written in {@code signals}
 * @param length the fewest points that make a trend
 * @param tiesBreak whether two equal successive values break a trend
 * @param missingBreaks whether a missing point breaks a trend (else it is skipped)
 */
public record Trend(String id, int length, boolean tiesBreak, boolean missingBreaks)
    implements Rule {
  public Trend {
    Checks.atLeast("length", length, 3);
  }

  /** A rule that skips missing points. */
  public Trend(String id, int length, boolean tiesBreak) {
    this(id, length, tiesBreak, false);
  }

  @Override
  public String description() {
    return length + " points in a row all rising or all falling";
  }

  @Override
  public int[] flags(RuleInput part) {
    int[] positions = positions(part);
    double[] y = part.y();
    int n = positions.length;
    int[] step = new int[n];
    for (int k = 1; k < n; k++) {
      // a step to or from a missing value is NaN, cast to 0: it breaks a trend as a tie does
      step[k] = (int) Math.signum(y[positions[k]] - y[positions[k - 1]]);
    }
    boolean[] inTrend = new boolean[n];
    int start = 1;
    for (int k = 2; k <= n; k++) {
      if (k == n || step[k] == 0 || step[k] != step[start]) {
        if (step[start] != 0 && k - start >= length - 1) {
          for (int j = start - 1; j < k; j++) {
            inTrend[j] = true;
          }
        }
        start = k;
      }
    }
    int[] flags = new int[part.size()];
    for (int k = 0; k < n; k++) {
      if (inTrend[k]) {
        int direction = k + 1 < n && inTrend[k + 1] ? step[k + 1] : step[k];
        flags[positions[k]] = direction == 1 ? 1 : -1;
      }
    }
    return flags;
  }

  private int[] positions(RuleInput part) {
    int[] sequence = part.sequence(missingBreaks);
    if (tiesBreak) {
      return sequence;
    }
    List<Integer> kept = new ArrayList<>();
    for (int i : sequence) {
      if (kept.isEmpty() || part.y()[kept.get(kept.size() - 1)] != part.y()[i]) {
        kept.add(i);
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }
}
