package qi.cli;

import java.util.Map;

/**
 * Names the command line's option in a message of qi-core, which states its facts in the words of
 * the API ({@code rebase (2026-01-05) must not be after the last point (2025-10-06)}): the command
 * line, which alone has the options, writes {@code --rebase (2026-01-05) …}. A message of the core
 * starts with the argument it is about ({@code argument (value) must be …}), so only that first
 * word is replaced, and only for the arguments that an option of the command line sets.
 */
final class OptionNames {
  private OptionNames() {}

  /** The API's argument names and the options that set them. */
  private static final Map<String, String> OPTIONS =
      Map.of(
          "rebase", "--rebase",
          "freeze", "--freeze",
          "exclude", "--exclude",
          "part", "--part",
          "fixAfter", "--fix-after");

  /** The message with its leading argument named as the command line's option. */
  static String of(String message) {
    if (message == null) {
      return null;
    }
    int paren = message.indexOf(" (");
    String option = paren < 0 ? null : OPTIONS.get(message.substring(0, paren));
    return option == null ? message : option + message.substring(paren);
  }
}
