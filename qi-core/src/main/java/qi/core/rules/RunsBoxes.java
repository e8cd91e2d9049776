package qi.core.rules;

/**
 * The bounds of the best box and cut box runs rules for 10 ≤ n ≤ 100 useful observations: cb and lb
 * (the box), cbord and lbord (the cut corners; absent where the box has none). Table from qicharts2
 * 0.8.1 {@code crsignal()} in {@code R/helper.functions.R}, after Anhøj and Wentzel-Larsen (2018),
 * PLoS ONE 13(11): e0207658.
 */
final class RunsBoxes {
  private RunsBoxes() {}

  private static final int FIRST = 10;
  private static final int NONE = -1;

  private static final int[] CB = {
    2, 3, 3, 3, 3, 4, 5, 5, 5, 5, 6, 7, 6, 6, 6, 6, 9, 9, 9, 10, 11, 11, 11, 11, 11, 12, 13, 14, 13,
    15, 15, 15, 14, 14, 17, 17, 17, 17, 19, 19, 19, 19, 19, 21, 21, 21, 21, 23, 23, 23, 23, 23, 25,
    25, 26, 26, 27, 27, 27, 28, 29, 29, 29, 30, 30, 31, 31, 31, 32, 33, 33, 33, 34, 33, 35, 35, 35,
    35, 37, 37, 38, 37, 39, 39, 39, 39, 39, 41, 41, 42, 41
  };
  private static final int[] LB = {
    6, 7, 6, 6, 6, 7, 8, 7, 7, 7, 7, 8, 7, 7, 7, 7, 9, 8, 8, 8, 10, 9, 8, 8, 8, 8, 9, 10, 8, 11, 9,
    9, 8, 8, 10, 9, 9, 9, 12, 10, 9, 9, 9, 11, 10, 9, 9, 12, 10, 10, 9, 9, 11, 10, 11, 10, 12, 10,
    10, 11, 14, 11, 10, 11, 10, 12, 11, 10, 11, 13, 11, 10, 11, 10, 11, 11, 10, 10, 12, 11, 12, 10,
    13, 11, 11, 10, 10, 12, 11, 12, 10
  };
  private static final int[] CBORD = {
    3, 4, NONE, NONE, NONE, 6, 6, NONE, 6, 6, NONE, NONE, 7, 7, 7, NONE, 10, 10, 11, NONE, 12, 14,
    NONE, 12, 13, NONE, 15, NONE, NONE, NONE, NONE, 17, NONE, NONE, NONE, NONE, 19, 20, 20, 21,
    NONE, 21, 21, 23, 23, NONE, 23, 25, 24, 26, NONE, 24, 27, 27, 27, 27, 29, NONE, 29, 29, 30, 31,
    30, 31, NONE, 32, 34, 33, 33, 37, 35, NONE, 36, 36, NONE, 38, 36, 38, 38, 39, NONE, 39, 41, 40,
    42, NONE, 41, 42, 44, 43, 42
  };
  private static final int[] LBORD = {
    5, 6, NONE, NONE, NONE, 6, 7, NONE, 6, 5, NONE, NONE, 6, 6, 6, NONE, 7, 7, 7, NONE, 9, 8, NONE,
    7, 7, NONE, 8, NONE, NONE, NONE, NONE, 8, NONE, NONE, NONE, NONE, 8, 7, 11, 9, NONE, 8, 7, 9, 8,
    NONE, 8, 11, 9, 8, NONE, 8, 9, 9, 10, 9, 10, NONE, 8, 8, 13, 9, 9, 10, NONE, 9, 8, 9, 8, 11, 9,
    NONE, 10, 7, NONE, 8, 9, 8, 10, 9, NONE, 9, 12, 10, 8, NONE, 8, 9, 9, 10, 9
  };

  static boolean covers(int useful) {
    return useful >= FIRST && useful < FIRST + CB.length;
  }

  static boolean bestBoxSignals(int useful, int crossings, int longestRun) {
    int i = useful - FIRST;
    return !(crossings >= CB[i] && longestRun <= LB[i]);
  }

  static boolean cutBoxSignals(int useful, int crossings, int longestRun) {
    int i = useful - FIRST;
    if (CBORD[i] == NONE) {
      return bestBoxSignals(useful, crossings, longestRun);
    }
    boolean inside =
        (crossings >= CB[i] + 1 && longestRun <= LB[i] - 1)
            || (crossings == CB[i] && longestRun <= LBORD[i])
            || (crossings >= CBORD[i] && longestRun <= LB[i]);
    return !inside;
  }
}
