package qi.core.rules;

import java.util.function.IntUnaryOperator;

/** The step shared by the sequence rules: finding stretches of consecutive alike points. */
final class Patterns {
  private Patterns() {}

  /**
   * Flags every maximal stretch of at least {@code length} consecutive sequence points whose {@code
   * key} is equal and not 0 (a key of 0 breaks a stretch). A flagged point gets {@code side(k)}.
   *
   * @param size the number of points of the part
   * @param positions the sequence: 0-based positions of the points, in order
   * @param key the key of sequence point k
   * @param side the flag of sequence point k when flagged (+1, −1 or {@link Rules#UNSIDED})
   */
  static int[] stretches(
      int size, int[] positions, int length, IntUnaryOperator key, IntUnaryOperator side) {
    int[] flags = new int[size];
    int[] keys = new int[positions.length];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = key.applyAsInt(k);
    }
    int start = 0;
    for (int k = 1; k <= positions.length; k++) {
      boolean continues = k < positions.length && keys[k] != 0 && keys[k] == keys[start];
      if (!continues) {
        if (keys[start] != 0 && k - start >= length) {
          for (int j = start; j < k; j++) {
            flags[positions[j]] = side.applyAsInt(j);
          }
        }
        start = k;
      }
    }
    return flags;
  }
}
