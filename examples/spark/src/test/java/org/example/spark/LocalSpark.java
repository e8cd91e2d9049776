package org.example.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One small Spark for all test classes in the JVM: two cores, no web UI, few shuffle partitions.
 * Started once (a start costs seconds) and stopped by Spark's own shutdown hook.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("qi-spark-test")
              .config("spark.ui.enabled", false)
              .config("spark.sql.shuffle.partitions", 4)
              .config("spark.driver.host", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }
}
