package org.harmattan.core.config;

/** Configuration keys, as constants so that no module spells them twice. */
public final class ConfigKeys {
  public static final String HOME = "harmattan.home";
  public static final String LAKEHOUSE = "harmattan.lakehouse";
  public static final String SPARK_MASTER = "harmattan.spark.master";
  public static final String SPARK_APP_NAME = "harmattan.spark.app-name";
  public static final String SPARK_CONF = "harmattan.spark.conf";
  public static final String FEEDS_DIR = "harmattan.feeds.dir";
  public static final String VOCABULARY = "harmattan.vocabulary";
  public static final String SAMPLES_DIR = "harmattan.samples.dir";
  public static final String SAMPLES_SEED = "harmattan.samples.seed";
  public static final String SAMPLES_SCALE = "harmattan.samples.scale";
  public static final String INGEST_MAX_FIELD_LENGTH = "harmattan.ingest.max-field-length";
  public static final String INGEST_MAX_NARRATIVE_LENGTH = "harmattan.ingest.max-narrative-length";
  public static final String INGEST_BORDER_TOLERANCE_KM = "harmattan.ingest.border-tolerance-km";
  public static final String INGEST_MAX_LINES_PER_RECORD = "harmattan.ingest.max-lines-per-record";
  public static final String INGEST_QUICK_CHECK = "harmattan.ingest.quick-check";
  public static final String DOUBLE_MAX_DAYS = "harmattan.ingest.double-reports.max-days";
  public static final String DOUBLE_MAX_KM = "harmattan.ingest.double-reports.max-km";
  public static final String DOUBLE_MAX_QUANTITY_DIFFERENCE = "harmattan.ingest.double-reports.max-quantity-difference";
  public static final String DOUBLE_REQUIRE_DIFFERENT_FEED = "harmattan.ingest.double-reports.require-different-feed";

  public static final String MAINTENANCE_TARGET_FILE_MB = "harmattan.maintenance.target-file-mb";
  public static final String MAINTENANCE_VACUUM_RETENTION_HOURS = "harmattan.maintenance.vacuum-retention-hours";

  private ConfigKeys() {}
}
