package org.harmattan.core.catalog;

/** Column names that more than one module refers to. */
public final class Columns {
  public static final String FEED = "_feed";
  public static final String FILE = "_file";
  public static final String LINE = "_line";
  public static final String BATCH_ID = "_batch_id";
  public static final String INGESTED_AT = "_ingested_at";
  public static final String ROW_HASH = "_row_hash";
  public static final String INCIDENT_ID = "incident_id";
  public static final String PRIO_GID = "prio_gid";
  public static final String EVENT_DATE = "event_date";
  public static final String EVENT_MONTH = "event_month";
  public static final String CATEGORY = "category";
  public static final String DUPLICATE_OF = "duplicate_of";

  private Columns() {}
}
