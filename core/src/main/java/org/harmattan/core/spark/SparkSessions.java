package org.harmattan.core.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;

/**
 * Builds the one SparkSession of a Harmattan process. Only the CLI and test fixtures call
 * this; jobs receive the session through their {@code JobContext}.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** A session with Delta Lake enabled, the configured master and every {@code harmattan.spark.conf} setting. */
  public static SparkSession create(HarmattanConfig config) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName(config.getString(ConfigKeys.SPARK_APP_NAME))
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // Deletion vectors keep MERGE from rewriting whole files when few rows change.
        .config("spark.databricks.delta.properties.defaults.enableDeletionVectors", "true");
    String master = config.getString(ConfigKeys.SPARK_MASTER);
    if (!master.isBlank()) {
      builder.master(master);
    }
    for (Map.Entry<String, String> e : config.sparkSettings().entrySet()) {
      builder.config(e.getKey(), e.getValue());
    }
    return builder.getOrCreate();
  }
}
