package qi.core.pdsa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that names are unique, with a message naming the duplicate. */
final class Names {
  private Names() {}

  static void unique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            what + " (" + name + ") must be unique, but appears twice");
      }
    }
  }
}
