package qi.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import qi.core.ChartType;
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

  static final class Agg implements ITypeConverter<Aggregation> {
    @Override
    public Aggregation convert(String value) {
      return named(Aggregation.class, value);
    }
  }

  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return named(Period.class, value);
    }
  }

  static final class Runs implements ITypeConverter<RunsMethod> {
    @Override
    public RunsMethod convert(String value) {
      return named(RunsMethod.class, value);
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

  static final class Kind implements ITypeConverter<MeasureKind> {
    @Override
    public MeasureKind convert(String value) {
      return named(MeasureKind.class, value);
    }
  }

  static final class DirectionConverter implements ITypeConverter<Direction> {
    @Override
    public Direction convert(String value) {
      return named(Direction.class, value);
    }
  }

  static final class ActConverter implements ITypeConverter<Act> {
    @Override
    public Act convert(String value) {
      return named(Act.class, value);
    }
  }

  static final class Method implements ITypeConverter<StudyMethod> {
    @Override
    public StudyMethod convert(String value) {
      return named(StudyMethod.class, value);
    }
  }

  static final class PdsaFormatConverter implements ITypeConverter<PdsaCommand.Format> {
    @Override
    public PdsaCommand.Format convert(String value) {
      return named(PdsaCommand.Format.class, value);
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

  static final class FormatConverter implements ITypeConverter<AnalyzeCommand.Format> {
    @Override
    public AnalyzeCommand.Format convert(String value) {
      return named(AnalyzeCommand.Format.class, value);
    }
  }
}
