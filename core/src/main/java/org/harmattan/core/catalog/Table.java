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
