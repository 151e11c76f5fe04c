package org.harmattan.reports;

import org.harmattan.core.config.HarmattanConfig;

/**
 * The {@code harmattan.reports} settings, typed.
 *
 * @param outputDir folder the PDFs go to (resolved against the home folder)
 * @param passwordFile file holding the restricted edition's password, or empty
 * @param topN rows in the top-N tables
 * @param trendMonths months in the trend charts
 * @param expiringDays records expiring within this many days after the period count as expiring
 * @param conferenceMinCount counts below this are suppressed in the conference edition
 * @param trainingLakehouse lakehouse of the training edition (anonymised), or empty for the main one
 * @param hotspotMeasure hot spot measure shown on the map and in the emerging hot spot table
 */
public record ReportConf(String outputDir, String passwordFile, int topN, int trendMonths, int expiringDays,
    int conferenceMinCount, String trainingLakehouse, String hotspotMeasure) {
  public static final String PREFIX = "harmattan.reports.";
  public static final String OUTPUT_DIR = PREFIX + "output-dir";
  public static final String PASSWORD_FILE = PREFIX + "password-file";
  public static final String TOP_N = PREFIX + "top-n";
  public static final String TREND_MONTHS = PREFIX + "trend-months";
  public static final String EXPIRING_DAYS = PREFIX + "expiring-days";
  public static final String CONFERENCE_MIN_COUNT = PREFIX + "conference.min-count";
  public static final String TRAINING_LAKEHOUSE = PREFIX + "training.lakehouse";
  public static final String HOTSPOT_MEASURE = PREFIX + "hotspot-measure";

  public static ReportConf from(HarmattanConfig config) {
    String training = config.getString(TRAINING_LAKEHOUSE).trim();
    String password = config.getString(PASSWORD_FILE).trim();
    return new ReportConf(config.location(OUTPUT_DIR), password.isEmpty() ? "" : config.resolveLocation(password),
        Math.max(1, config.getInt(TOP_N)), Math.max(3, config.getInt(TREND_MONTHS)),
        Math.max(1, config.getInt(EXPIRING_DAYS)), Math.max(1, config.getInt(CONFERENCE_MIN_COUNT)),
        training.isEmpty() ? "" : config.resolveLocation(training), config.getString(HOTSPOT_MEASURE).trim());
  }
}
