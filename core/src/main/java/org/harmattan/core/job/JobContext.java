package org.harmattan.core.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.time.Period;

/**
 * What every job receives: the session, the effective configuration, the table catalog, the
 * run id, the period asked for (if any) and the clock (so that "in the future" is testable).
 */
public record JobContext(SparkSession spark, HarmattanConfig config, TableCatalog catalog, String runId,
    Optional<Period> period, Clock clock) {

  public static JobContext create(SparkSession spark, HarmattanConfig config, Optional<Period> period) {
    return new JobContext(spark, config, new TableCatalog(config.location(ConfigKeys.LAKEHOUSE)), newRunId(), period,
        Clock.systemUTC());
  }

  public static String newRunId() {
    return UUID.randomUUID().toString();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Labels the Spark jobs started by {@code action} so the Spark UI and event log say which step they belong to. */
  public <T> T withJobGroup(String group, String description, java.util.function.Supplier<T> action) {
    spark.sparkContext().setJobGroup(group, description, false);
    try {
      return action.get();
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }
}
