package org.example.spark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import qi.core.ChartType;
import qi.core.SdMethod;
import qi.core.rules.Direction;
import qi.core.rules.RunsMethod;
import qi.core.series.Aggregation;
import qi.core.series.Period;

/**
 * The {@code spark-submit} entry point: reads a table (Parquet, or CSV with a header row), analyzes
 * every series named by the key columns, and writes one Parquet row per point ({@link
 * QiSpark#analyze}) or, with {@code --summary}, per series ({@link QiSpark#summary}).
 *
 * <pre>
 * spark-submit --class org.example.spark.QiSparkJob target/qi-spark.jar \
 *   --input indicators.parquet --output points.parquet \
 *   --keys trust,indicator --x month --y events --n patients --chart p --rules nhs
 * </pre>
 *
 * The options are those of {@code qi analyze} with the same names, plus {@code --input}, {@code
 * --input-format} ({@code csv} or {@code parquet}; default from the input's name), {@code --keys}
 * and {@code --summary}. Bad options stop the job before Spark starts, with one line on standard
 * error and exit code 2; the output is never overwritten (Spark refuses a path that exists).
 */
public final class QiSparkJob {
  private static final Set<String> FLAGS =
      Set.of("--summary", "--count", "--no-screen-mr", "--nonnegative");
  private static final Set<String> VALUED =
      Set.of(
          "--input",
          "--input-format",
          "--output",
          "--keys",
          "--x",
          "--y",
          "--n",
          "--chart",
          "--rules",
          "--direction",
          "--target",
          "--multiply",
          "--cl",
          "--freeze",
          "--fix-after",
          "--part",
          "--part-column",
          "--rebase",
          "--exclude",
          "--agg",
          "--period",
          "--runs-method",
          "--center",
          "--sd",
          "--sd-method",
          "--decision-interval",
          "--shift",
          "--head-start",
          "--lambda",
          "--nsigmas");

  private QiSparkJob() {}

  public static void main(String[] args) {
    int exit = run(args, null, System.err);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * Runs the job on {@code spark} (null: the session {@code spark-submit} configured) and returns
   * the exit code: 0 when written, 2 for bad options or input, with the message on {@code err}.
   */
  static int run(String[] args, SparkSession spark, PrintStream err) {
    try {
      Map<String, String> options = parse(args);
      Columns columns = columns(options);
      ChartSpec spec = spec(options);
      SparkSession session =
          spark != null ? spark : SparkSession.builder().appName("qi").getOrCreate();
      Dataset<Row> rows =
          read(session, required(options, "--input"), options.get("--input-format"));
      Dataset<Row> out =
          options.containsKey("--summary")
              ? QiSpark.summary(rows, columns, spec)
              : QiSpark.analyze(rows, columns, spec);
      out.write().parquet(required(options, "--output"));
      return 0;
    } catch (Exception e) {
      // Spark's AnalysisException (no such file or column) is checked in Java's eyes, yet
      // undeclared: caught here with qi's IllegalArgumentException, anything else is a failure
      if (!(e instanceof IllegalArgumentException || e instanceof AnalysisException)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      err.println("qi-spark: " + e.getMessage().lines().findFirst().orElse(""));
      return 2;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (FLAGS.contains(name)) {
        options.put(name, "true");
      } else if (VALUED.contains(name)) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException(
            "option ("
                + name
                + ") is unknown; options: "
                + String.join(" ", VALUED)
                + " "
                + String.join(" ", FLAGS));
      }
    }
    return options;
  }

  private static Columns columns(Map<String, String> options) {
    List<String> keys =
        Arrays.stream(required(options, "--keys").split(",")).map(String::trim).toList();
    String y = options.get("--y");
    if (options.containsKey("--count") == (y != null)) {
      throw new IllegalArgumentException(
          y == null
              ? "--y is required (or --count to count rows)"
              : "--y (" + y + ") cannot be combined with --count, which counts the rows");
    }
    return new Columns(keys, required(options, "--x"), y, options.get("--n"));
  }

  private static ChartSpec spec(Map<String, String> o) {
    // combinations qi analyze refuses, refused with its words
    both(o, "--part", "--part-column");
    both(o, "--sd", "--sd-method");
    both(o, "--center", "--cl");
    ChartSpec s = ChartSpec.of(ChartType.fromId(o.getOrDefault("--chart", "run")));
    s = o.containsKey("--rules") ? s.rules(o.get("--rules")) : s;
    s = o.containsKey("--direction") ? s.direction(Direction.fromId(o.get("--direction"))) : s;
    s = o.containsKey("--target") ? s.target(number(o, "--target")) : s;
    s = o.containsKey("--multiply") ? s.multiply(number(o, "--multiply")) : s;
    s = o.containsKey("--cl") ? s.centreLine(number(o, "--cl")) : s;
    s = o.containsKey("--freeze") ? s.freeze((int) whole(o, "--freeze")[0]) : s;
    s = o.containsKey("--fix-after") ? s.fixAfter((int) whole(o, "--fix-after")[0]) : s;
    s = o.containsKey("--part") ? s.parts(whole(o, "--part")) : s;
    s = o.containsKey("--part-column") ? s.partsByLabel(o.get("--part-column")) : s;
    s = o.containsKey("--rebase") ? s.rebase(o.get("--rebase").split(",")) : s;
    s = o.containsKey("--exclude") ? s.exclude(whole(o, "--exclude")) : s;
    s = o.containsKey("--agg") ? s.aggregation(named(Aggregation.class, o, "--agg")) : s;
    s = o.containsKey("--period") ? s.period(named(Period.class, o, "--period")) : s;
    s =
        o.containsKey("--runs-method")
            ? s.runsMethod(named(RunsMethod.class, o, "--runs-method"))
            : s;
    s = o.containsKey("--center") ? center(s, number(o, "--center")) : s;
    s = o.containsKey("--sd") ? s.sd(number(o, "--sd")) : s;
    s = o.containsKey("--sd-method") ? s.sdMethod(SdMethod.fromId(o.get("--sd-method"))) : s;
    s =
        o.containsKey("--decision-interval")
            ? s.decisionInterval(number(o, "--decision-interval"))
            : s;
    s = o.containsKey("--shift") ? s.shift(number(o, "--shift")) : s;
    s = o.containsKey("--head-start") ? s.headStart(number(o, "--head-start")) : s;
    s = o.containsKey("--lambda") ? s.lambda(number(o, "--lambda")) : s;
    s = o.containsKey("--nsigmas") ? s.nsigmas(number(o, "--nsigmas")) : s;
    return s.screenMovingRanges(!o.containsKey("--no-screen-mr"))
        .nonNegative(o.containsKey("--nonnegative"));
  }

  /** {@code --center}: the centre line of a CUSUM or EWMA chart, its known in-control mean. */
  private static ChartSpec center(ChartSpec spec, double mean) {
    if (!spec.chart().hasMemory()) {
      throw new IllegalArgumentException(
          "--center applies to --chart cusum or ewma, not " + spec.chart().id());
    }
    return spec.centreLine(mean);
  }

  private static void both(Map<String, String> options, String one, String other) {
    if (options.containsKey(one) && options.containsKey(other)) {
      throw new IllegalArgumentException(one + " and " + other + " cannot be combined: choose one");
    }
  }

  private static Dataset<Row> read(SparkSession spark, String input, String format) {
    String kind =
        format != null
            ? format.toLowerCase(Locale.ROOT)
            : input.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
    return switch (kind) {
      case "csv" -> spark.read().option("header", true).csv(input);
      case "parquet" -> spark.read().parquet(input);
      default ->
          throw new IllegalArgumentException(
              "--input-format (" + format + ") must be csv or parquet");
    };
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static double number(Map<String, String> options, String name) {
    try {
      return Double.parseDouble(options.get(name).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " (" + options.get(name) + ") must be a number");
    }
  }

  private static int[] whole(Map<String, String> options, String name) {
    try {
      return Arrays.stream(options.get(name).split(","))
          .mapToInt(p -> Integer.parseInt(p.trim()))
          .toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " (" + options.get(name) + ") must be whole numbers separated by commas");
    }
  }

  private static <E extends Enum<E>> E named(Class<E> type, Map<String, String> o, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(o.get(name).trim())) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        name
            + " ("
            + o.get(name)
            + ") must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList());
  }
}
