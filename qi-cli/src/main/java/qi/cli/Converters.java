package qi.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import qi.core.ChartType;
import qi.core.SdMethod;
import qi.core.funnel.FunnelType;
import qi.core.funnel.SrMethod;
import qi.core.io.CsvDialect;
import qi.core.pdsa.Act;
import qi.core.pdsa.MeasureKind;
import qi.core.pdsa.StudyMethod;
import qi.core.rules.Direction;
import qi.core.rules.RuleSet;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Period;

/** Option converters whose errors name the value and the values accepted. */
final class Converters {
  private Converters() {}

  /**
   * Registers, for every enum an option takes, a converter that accepts its names in any case and
   * otherwise lists them: one message format for all such options.
   */
  static void registerEnums(CommandLine line) {
    Set<Class<?>> types = new HashSet<>();
    register(line, types, Aggregation.class);
    register(line, types, Period.class);
    register(line, types, RunsMethod.class);
    register(line, types, Direction.class);
    register(line, types, MeasureKind.class);
    register(line, types, Act.class);
    register(line, types, StudyMethod.class);
    register(line, types, AnalyzeCommand.Format.class);
    register(line, types, PdsaCommand.Format.class);
    register(line, types, SummaryCommand.Format.class);
    register(line, types, FunnelType.class);
    register(line, types, SrMethod.class);
    lowerCaseCandidates(line, types);
  }

  private static <E extends Enum<E>> void register(
      CommandLine line, Set<Class<?>> types, Class<E> type) {
    line.registerConverter(type, new EnumConverter<>(type));
    types.add(type);
  }

  /**
   * The converter of one enum {@code type}: a named class, not a lambda, so that picocli stays in
   * the class-data archive (see the note in {@link Qi}).
   */
  private static final class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      return named(type, value);
    }
  }

  /**
   * Gives every option that takes one of these enum {@code types} and lists no candidates of its
   * own the constants' names in lower case, as users type them ({@code --direction decrease}), for
   * tab completion: picocli's default is the constants as declared ({@code DECREASE}).
   */
  private static void lowerCaseCandidates(CommandLine line, Set<Class<?>> types) {
    CommandLine.Model.CommandSpec spec = line.getCommandSpec();
    for (CommandLine.Model.OptionSpec option : List.copyOf(spec.options())) {
      if (!types.contains(option.type()) || option.completionCandidates() == null) {
        continue;
      }
      List<String> declared = new ArrayList<>();
      List<String> lower = new ArrayList<>();
      for (Object constant : option.type().getEnumConstants()) {
        declared.add(((Enum<?>) constant).name());
        lower.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
      }
      List<String> candidates = new ArrayList<>();
      option.completionCandidates().forEach(candidates::add);
      if (candidates.equals(declared)) {
        spec.remove(option);
        spec.addOption(option.toBuilder().completionCandidates(lower).build());
      }
    }
    for (CommandLine sub : line.getSubcommands().values()) {
      lowerCaseCandidates(sub, types);
    }
  }

  static <E extends Enum<E>> E named(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.trim())) {
        return constant;
      }
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  /** A {@link CsvDialect} by its id ({@code rfc4180}, {@code excel-eu}), in any case. */
  static final class CsvDialectConverter implements ITypeConverter<CsvDialect> {
    @Override
    public CsvDialect convert(String value) {
      for (CsvDialect dialect : CsvDialect.values()) {
        if (dialect.id().equalsIgnoreCase(value.trim())) {
          return dialect;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not one of "
              + Arrays.stream(CsvDialect.values())
                  .map(CsvDialect::id)
                  .collect(Collectors.joining(", ")));
    }
  }

  static final class Delimiter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      if (value.equalsIgnoreCase("tab") || value.equals("\\t") || value.equals("\t")) {
        return '\t';
      }
      if (value.length() == 1 && ",;|".contains(value)) {
        return value.charAt(0);
      }
      throw new TypeConversionException("'" + value + "' is not one of , ; | tab");
    }
  }

  static final class Decimal implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      if (value.equals(".") || value.equals(",")) {
        return value.charAt(0);
      }
      throw new TypeConversionException("'" + value + "' is not one of . ,");
    }
  }

  static final class Chart implements ITypeConverter<ChartType> {
    @Override
    public ChartType convert(String value) {
      if (value.trim().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return ChartType.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a chart type; use one of "
                + Arrays.stream(ChartType.values())
                    .map(ChartType::id)
                    .collect(Collectors.joining(", ")));
      }
    }
  }

  static final class Sd implements ITypeConverter<SdMethod> {
    @Override
    public SdMethod convert(String value) {
      try {
        return SdMethod.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not an sd method; use one of "
                + Arrays.stream(SdMethod.values())
                    .map(SdMethod::id)
                    .collect(Collectors.joining(", ")));
      }
    }
  }

  /** What tab completion offers for a chart type: the chart ids as typed ({@code xmr}, …). */
  static class ChartIds extends java.util.ArrayList<String> {
    ChartIds() {
      Arrays.stream(ChartType.values()).map(ChartType::id).forEach(this::add);
    }
  }

  /** What tab completion offers for {@code --chart} of an analysis: the chart ids and auto. */
  static final class ChartNames extends ChartIds {
    ChartNames() {
      add("auto");
    }
  }

  /** What tab completion offers for {@code --sd-method}: the method ids ({@code uwave-r}, …). */
  static final class SdMethodIds extends java.util.ArrayList<String> {
    SdMethodIds() {
      Arrays.stream(SdMethod.values()).map(SdMethod::id).forEach(this::add);
    }
  }

  /** What tab completion offers for {@code --csv-dialect}: the dialect ids ({@code excel-eu}). */
  static final class CsvDialectIds extends java.util.ArrayList<String> {
    CsvDialectIds() {
      Arrays.stream(CsvDialect.values()).map(CsvDialect::id).forEach(this::add);
    }
  }

  /** What tab completion offers for {@code --rules}: the rule-set names. */
  static final class RuleNames extends java.util.ArrayList<String> {
    RuleNames() {
      addAll(RuleSet.names());
    }
  }

  static final class Rules implements ITypeConverter<RuleSet> {
    @Override
    public RuleSet convert(String value) {
      try {
        return RuleSet.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a rule set; use one of " + String.join(", ", RuleSet.names()));
      }
    }
  }

  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  /** A file path; a name the file system cannot hold is a bad option, not an internal error. */
  static final class PathConverter implements ITypeConverter<java.nio.file.Path> {
    @Override
    public java.nio.file.Path convert(String value) {
      try {
        return java.nio.file.Path.of(value);
      } catch (java.nio.file.InvalidPathException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a valid file name (" + e.getReason() + ")");
      }
    }
  }
}
