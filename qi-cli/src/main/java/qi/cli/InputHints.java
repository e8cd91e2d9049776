package qi.cli;

import java.util.List;
import qi.core.io.InputException;
import qi.core.pdsa.ProjectFileException;

/**
 * The command line's advice for an input error that one of its options settles: qi-core states what
 * it found ({@code "3,5" is not a number with decimal separator "."}) and why ({@link
 * InputException#reason()}), and the command line, which alone has {@code --decimal} and {@code
 * --date-format}, says which option to give. Likewise for a PDSA project file that is missing or
 * already there ({@link ProjectFileException#kind()}): only the command line has {@code --project}.
 */
final class InputHints {
  private InputHints() {}

  /**
   * The advice to append to the message of {@code error}, from the first {@link InputException} in
   * its causes (the error itself included); empty when none has advice.
   */
  static String of(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof InputException input) {
        return of(input);
      }
      if (e instanceof ProjectFileException project) {
        return switch (project.kind()) {
          case NOT_FOUND -> " (create it with qi pdsa init, or give --project)";
          case EXISTS -> "; choose another --project file or edit this one";
          case INVALID -> "";
        };
      }
    }
    return "";
  }

  private static String of(InputException e) {
    List<String> formats = e.dateFormats();
    return switch (e.reason()) {
      case DECIMAL_COMMA -> " (for decimal commas use --decimal ,)";
      case DECIMAL_POINT -> " (for decimal points use --decimal .)";
      case DATE_NOT_RECOGNIZED -> "; --date-format for others";
      case DATE_ORDER_MIXED -> "; choose a date format with --date-format";
      case DATE_ORDER_AMBIGUOUS ->
          "; choose with --date-format " + formats.get(0) + " or --date-format " + formats.get(1);
      case MONTH_OR_FINANCIAL_YEAR ->
          "; choose with --date-format "
              + formats.get(0)
              + " for months or --date-format "
              + formats.get(1)
              + " for financial years";
      case OTHER -> "";
    };
  }
}
