package qi.core.series;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strict formatters of {@code --date-format} patterns, built once per pattern: a file read in
 * one pattern parses every row with it, and building a formatter costs more than parsing a date.
 */
final class Formatters {
  private static final Map<String, DateTimeFormatter> BUILT = new ConcurrentHashMap<>();

  private Formatters() {}

  /**
   * The formatter of {@code pattern}: English names in any case, {@code yyyy} read as {@code uuuu}
   * so that the strict resolver rejects 31 February.
   */
  static DateTimeFormatter of(String pattern) {
    return BUILT.computeIfAbsent(
        pattern,
        p ->
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(p.replace('y', 'u'))
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT));
  }
}
