package org.harmattan.features.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import scala.jdk.javaapi.CollectionConverters;

/** The {@code gold.analytics_runs} log: one row per analytics run with its settings and outcomes. */
public final class AnalyticsRuns {
  private AnalyticsRuns() {}

  /** Appends one run's row. */
  public static void record(SparkSession spark, GoldTables gold, String runId, String job, String period,
      Instant started, Map<String, String> settings, Map<String, Double> metrics, Map<String, Long> versions,
      String message) {
    Row row = RowFactory.create(runId, job, period, Timestamp.from(started), Timestamp.from(Instant.now()),
        CollectionConverters.asScala(settings), CollectionConverters.asScala(metrics),
        CollectionConverters.asScala(versions), message);
    gold.append(Table.ANALYTICS_RUNS, FeatureSchemas.ANALYTICS_RUNS,
        spark.createDataFrame(List.of(row), FeatureSchemas.ANALYTICS_RUNS));
  }
}
