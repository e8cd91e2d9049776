package qi.core.pdsa;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case identifiers of this package's enums. */
final class Ids {
  private Ids() {}

  static <E extends Enum<E>> E fromId(Class<E> type, String argument, String id) {
    if (id != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(id.strip())) {
          return constant;
        }
      }
    }
    throw new IllegalArgumentException(
        argument
            + " ("
            + id
            + ") must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}
