package org.example.spark;

import org.apache.spark.sql.SparkSession;

/** A small Spark in the test JVM: two cores, no web UI, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("qi-spark-test")
        .config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 4)
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }
}
