package org.harmattan.core.catalog;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the gold analytics tables written by the features stage and read by the reports
 * stage. Months are {@code yyyy-MM} strings throughout (they sort as text); every row carries the
 * {@code run_id} that wrote it. Column meanings are in docs/features.md.
 */
public final class FeatureSchemas {
  private FeatureSchemas() {}

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  /**
   * {@code gold.cell_month_features}: one row per PRIO-GRID cell of the region and calendar month,
   * zeros where nothing happened. Counts take de-duplicated incidents only. "activity" is the
   * configured label category set (trafficking by default), "violence" the armed-group categories.
   * Lags and rolling sums look back over earlier months of the same cell; {@code *_nb} columns sum
   * the neighbouring cells (the configured neighbourhood, the cell itself excluded) in the same month.
   * Rewritten for the months of each run (replaceWhere on {@code month}).
   */
  public static final StructType CELL_MONTH_FEATURES = new StructType(new StructField[] {
      f("prio_gid", IntegerType), f("month", StringType), f("month_start", DateType), f("country", StringType),
      f("latitude", DoubleType), f("longitude", DoubleType), f("border_km", DoubleType),
      f("incidents", IntegerType), f("activity", IntegerType), f("violence", IntegerType),
      f("category_counts", createMapType(StringType, IntegerType, true)),
      f("quantity_kg", DoubleType), f("quantity_units", DoubleType), f("quantity_litres", DoubleType),
      f("quantity_persons", DoubleType),
      f("small_arms", IntegerType), f("ammunition_rounds", IntegerType), f("explosives_kg", DoubleType),
      f("heavy_weapons", IntegerType), f("fatalities", IntegerType), f("arrests", IntegerType),
      f("active_groups", IntegerType), f("nexus", IntegerType),
      f("activity_lag1", IntegerType), f("activity_lag2", IntegerType), f("activity_lag3", IntegerType),
      f("activity_sum3", IntegerType), f("activity_sum6", IntegerType), f("activity_sum12", IntegerType),
      f("incidents_sum12", IntegerType), f("violence_sum3", IntegerType), f("fatalities_sum3", IntegerType),
      f("activity_nb", IntegerType), f("activity_nb_lag1", IntegerType), f("violence_nb", IntegerType),
      f("activity_slope6", DoubleType),
      f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.hotspots}: Getis-Ord Gi* per measure, cell and month over the cells analysed in the
   * window (those with at least one event of the measure, as ArcGIS does). {@code gi_z} is the
   * Gi* z-score; {@code p_value} two-sided normal; {@code q_value} the Benjamini-Hochberg adjusted
   * p-value within the measure and month; {@code hotspot} +1 hot, -1 cold, 0 not significant at the
   * configured FDR level; {@code confidence} 99, 95, 90 or 0 from {@code q_value}.
   * Rewritten per run for its measures and window months.
   */
  public static final StructType HOTSPOTS = new StructType(new StructField[] {
      f("measure", StringType), f("prio_gid", IntegerType), f("month", StringType), f("value", DoubleType),
      f("neighbours", IntegerType), f("gi_z", DoubleType), f("p_value", DoubleType), f("q_value", DoubleType),
      f("significant", BooleanType), f("hotspot", IntegerType), f("confidence", IntegerType),
      f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.hotspot_trends}: the emerging hot spot pattern of each analysed cell and measure over
   * the window ending with {@code period_end} (ArcGIS Pro's classes: NEW_HOT_SPOT, CONSECUTIVE_HOT_SPOT,
   * INTENSIFYING_HOT_SPOT, PERSISTENT_HOT_SPOT, DIMINISHING_HOT_SPOT, SPORADIC_HOT_SPOT,
   * OSCILLATING_HOT_SPOT, HISTORICAL_HOT_SPOT, the *_COLD_SPOT counterparts, NO_PATTERN), with the
   * Mann-Kendall test on the cell's Gi* z-series. Rewritten per {@code period_end} and measure.
   */
  public static final StructType HOTSPOT_TRENDS = new StructType(new StructField[] {
      f("measure", StringType), f("prio_gid", IntegerType), f("period_end", StringType), f("window_start", StringType),
      f("window_months", IntegerType), f("pattern", StringType), f("hot_months", IntegerType),
      f("cold_months", IntegerType), f("final_z", DoubleType), f("mk_s", LongType), f("mk_z", DoubleType),
      f("mk_p", DoubleType), f("trend", StringType), f("latitude", DoubleType), f("longitude", DoubleType),
      f("country", StringType), f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.clusters}: the cluster of each clustered cell (enough activity in the window) for the
   * run's {@code period_end}. {@code cluster_id} is stable across runs: a new centroid takes the id of
   * the previous run's centroid it is matched to. {@code distance} is to the centroid in standardised
   * feature space. Rewritten per {@code period_end}.
   */
  public static final StructType CLUSTERS = new StructType(new StructField[] {
      f("period_end", StringType), f("prio_gid", IntegerType), f("cluster_id", IntegerType), f("distance", DoubleType),
      f("latitude", DoubleType), f("longitude", DoubleType), f("country", StringType),
      f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.cluster_profiles}: one row per cluster and {@code period_end}: size, the mean of each
   * clustering feature ({@code feature_names} / {@code centroid}, unstandardised), leading categories,
   * where it lies, and one sentence describing it in English, French and Arabic. {@code k} and
   * {@code silhouette} are the run's. Rewritten per {@code period_end}.
   */
  public static final StructType CLUSTER_PROFILES = new StructType(new StructField[] {
      f("period_end", StringType), f("cluster_id", IntegerType), f("size", IntegerType),
      f("feature_names", createArrayType(StringType, true)), f("centroid", createArrayType(DoubleType, true)),
      f("leading_categories", createArrayType(StringType, true)), f("centroid_latitude", DoubleType),
      f("centroid_longitude", DoubleType), f("countries", createArrayType(StringType, true)),
      f("incidents", LongType), f("description_en", StringType), f("description_fr", StringType),
      f("description_ar", StringType), f("k", IntegerType), f("silhouette", DoubleType),
      f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.risk_scores}: for each region cell, the model's probability of at least one
   * activity incident in {@code target_month}, from the features of {@code feature_month} (the
   * period's last month); {@code baseline} is the no-change forecast (1 when the cell had activity
   * in {@code feature_month}); {@code risk_rank} 1 = highest. Rewritten per {@code target_month}.
   */
  public static final StructType RISK_SCORES = new StructType(new StructField[] {
      f("target_month", StringType), f("feature_month", StringType), f("prio_gid", IntegerType),
      f("probability", DoubleType), f("baseline", DoubleType), f("risk_rank", IntegerType),
      f("latitude", DoubleType), f("longitude", DoubleType), f("country", StringType),
      f("run_id", StringType), f("computed_at", TimestampType)});

  /**
   * {@code gold.model_evaluations}: out-of-time evaluation of the risk model per run and fold
   * ({@code origin_month} is the test month; train on every earlier month). {@code model} is GBT,
   * LOGISTIC or BASELINE (no change); fold 0 with {@code origin_month} "ALL" pools the folds.
   * Appended per run.
   */
  public static final StructType MODEL_EVALUATIONS = new StructType(new StructField[] {
      f("run_id", StringType), f("target_month", StringType), f("label", StringType), f("model", StringType),
      f("fold", IntegerType), f("origin_month", StringType), f("train_rows", LongType), f("test_rows", LongType),
      f("positives", LongType), f("auroc", DoubleType), f("aupr", DoubleType), f("brier", DoubleType),
      f("computed_at", TimestampType)});

  /**
   * {@code gold.month_builds}: for each month of a table built month by month (the panel), a
   * fingerprint of everything that month was computed from ({@code inputs}). A run recomputes only
   * the months whose fingerprint changed; the row is rewritten with the month.
   */
  public static final StructType MONTH_BUILDS = new StructType(new StructField[] {
      f("table_name", StringType), f("month", StringType), f("inputs", LongType), f("run_id", StringType),
      f("computed_at", TimestampType)});

  /**
   * {@code gold.analytics_runs}: one row per run of a features, hot spot, clustering or scoring job:
   * its settings, its outcomes ({@code metrics}: k, silhouette, AUPR, feature importances as
   * {@code importance.<feature>}, ...) and the Delta versions it wrote. Appended.
   */
  public static final StructType ANALYTICS_RUNS = new StructType(new StructField[] {
      f("run_id", StringType), f("job", StringType), f("period", StringType), f("started_at", TimestampType),
      f("ended_at", TimestampType), f("settings", createMapType(StringType, StringType, true)),
      f("metrics", createMapType(StringType, DoubleType, true)),
      f("table_versions", createMapType(StringType, LongType, true)), f("message", StringType)});
}
