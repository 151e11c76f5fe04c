package org.harmattan.core.catalog;

/**
 * Every Delta table of the lakehouse, with its layer. Modules exchange data only through these
 * tables; their columns are named in {@link Columns}.
 */
public enum Table {
  /** Each feed's records as received, one row per record, never rewritten. */
  BRONZE_FEED_RECORDS("bronze", "feed_records"),
  /** Canonical, validated, deduplicated incidents (events and seizures). */
  INCIDENTS("silver", "incidents"),
  /** Every refused record with its reason. */
  QUARANTINE("silver", "quarantine"),
  /** Subject records as received, names in their scripts (personal data). */
  PERSONS("silver", "persons"),
  /** Interpol-style notices, one row per status version with its validity period. */
  NOTICES("silver", "notices"),
  /** National arrest warrants, one row per status version with its validity period. */
  WARRANTS("silver", "warrants"),
  /** Stolen, lost and revoked travel documents, one row per status version with its validity period. */
  TRAVEL_DOCUMENTS("silver", "travel_documents"),
  /** Requests between bureaus, one row per status version with its validity period. */
  REQUESTS("silver", "requests"),
  /** Searches made by the bureaus against the shared databases. */
  DB_QUERIES("silver", "db_queries"),
  /** Suspicious but possible situations in the reference databases, with severity and records involved. */
  ALERTS("gold", "alerts"),
  /** Information-sharing KPIs per bureau and month, and region-wide. */
  KPI_MONTHLY("gold", "kpi_monthly"),
  /** PRIO-GRID cell x month panel of counts, quantities, lags and spatial features. */
  CELL_MONTH_FEATURES("gold", "cell_month_features"),
  /** Getis-Ord Gi* per cell-month and measure. */
  HOTSPOTS("gold", "hotspots"),
  /** Emerging hot spot class per cell and measure over the analysis window. */
  HOTSPOT_TRENDS("gold", "hotspot_trends"),
  /** Cluster id per cell and run. */
  CLUSTERS("gold", "clusters"),
  /** Profile and trilingual description of each cluster per run. */
  CLUSTER_PROFILES("gold", "cluster_profiles"),
  /** Next-month risk per cell and run. */
  RISK_SCORES("gold", "risk_scores"),
  /** Out-of-time evaluation of model and no-change baseline per run and fold. */
  MODEL_EVALUATIONS("gold", "model_evaluations"),
  /** Fingerprint of the inputs each month of the panel was last built from: what a run must rebuild. */
  MONTH_BUILDS("gold", "month_builds"),
  /** Settings and outcomes of each features, hot spot, clustering and scoring run. */
  ANALYTICS_RUNS("gold", "analytics_runs"),
  /** Each report built: period, edition, language, file, checksum and the table versions it read. */
  REPORT_RUNS("gold", "report_runs"),
  /** One row per job run and file: counts, versions written, status. */
  RUN_LEDGER("ops", "run_ledger");

  private final String layer;
  private final String tableName;

  Table(String layer, String tableName) {
    this.layer = layer;
    this.tableName = tableName;
  }

  public String layer() {
    return layer;
  }

  public String tableName() {
    return tableName;
  }

  /** Name shown to users, e.g. {@code silver.incidents}. */
  public String qualifiedName() {
    return layer + "." + tableName;
  }
}
