package org.harmattan.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.spark.SparkSessions;
import org.harmattan.core.time.Period;

/**
 * The configuration and, only when a command needs it, the SparkSession of one CLI run. Help,
 * usage errors and `config` never start Spark.
 */
final class CliRuntime implements AutoCloseable {
  private final HarmattanConfig config;
  private SparkSession spark;

  CliRuntime(GlobalOptions options) {
    this.config = HarmattanConfig.load(home(), options.configFile, System.getenv(), options.overrides());
  }

  /** The installation folder: -Dharmattan.home (set by bin/harmattan), else HARMATTAN_HOME, else the working directory. */
  static Path home() {
    String home = System.getProperty("harmattan.home", System.getenv("HARMATTAN_HOME"));
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }

  HarmattanConfig config() {
    return config;
  }

  SparkSession spark() {
    if (spark == null) {
      spark = SparkSessions.create(config);
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  JobContext context(Optional<Period> period) {
    return JobContext.create(spark(), config, period);
  }

  @Override
  public void close() {
    if (spark != null) {
      spark.stop();
    }
  }
}
