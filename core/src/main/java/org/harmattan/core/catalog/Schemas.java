package org.harmattan.core.catalog;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schemas of the lakehouse tables; the contract between the stages. */
public final class Schemas {
  private Schemas() {}

  private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, true);
  }

  /** One violation found in a record: reason code, canonical or source column, and a message naming the value. */
  public static final StructType VIOLATION = new StructType(new StructField[] {
      f("code", StringType), f("column", StringType), f("message", StringType)});

  public static final StructType BRONZE_FEED_RECORDS = new StructType(new StructField[] {
      f(Columns.FEED, StringType), f(Columns.FILE, StringType), f(Columns.LINE, LongType),
      f(Columns.BATCH_ID, StringType), f(Columns.INGESTED_AT, TimestampType),
      f("_file_sha256", StringType), f("_raw", StringType),
      f("_fields", createMapType(StringType, StringType, true))});

  public static final StructType INCIDENTS = new StructType(new StructField[] {
      f(Columns.INCIDENT_ID, StringType), f("source", StringType), f("source_feed", StringType),
      f("source_record_id", StringType), f("reporting_country", StringType), f("country", StringType),
      f("admin1", StringType), f("place_name", StringType), f("latitude", DoubleType), f("longitude", DoubleType),
      f(Columns.PRIO_GID, IntegerType), f(Columns.EVENT_DATE, DateType), f(Columns.EVENT_MONTH, StringType),
      f(Columns.CATEGORY, StringType), f("item", StringType),
      f("quantity", DoubleType), f("unit", StringType), f("quantity_reported", StringType), f("unit_reported", StringType),
      f("small_arms", IntegerType), f("ammunition_rounds", IntegerType), f("explosives_kg", DoubleType),
      f("heavy_weapons", IntegerType), f("fatalities", IntegerType), f("arrests", IntegerType),
      f("actors", createArrayType(StringType, true)), f("transport_mode", StringType), f("narrative", StringType),
      f(Columns.DUPLICATE_OF, StringType), f("duplicate_score", DoubleType),
      f(Columns.FILE, StringType), f(Columns.LINE, LongType), f(Columns.BATCH_ID, StringType),
      f(Columns.ROW_HASH, StringType), f(Columns.INGESTED_AT, TimestampType), f("_updated_at", TimestampType)});

  public static final StructType QUARANTINE = new StructType(new StructField[] {
      f(Columns.FEED, StringType), f(Columns.FILE, StringType), f(Columns.LINE, LongType),
      f(Columns.BATCH_ID, StringType), f(Columns.INGESTED_AT, TimestampType), f("_file_sha256", StringType),
      f("raw", StringType), f("reason", StringType), f("column", StringType), f("message", StringType),
      f("violations", createArrayType(VIOLATION, true))});

  public static final StructType RUN_LEDGER = new StructType(new StructField[] {
      f("run_id", StringType), f("job", StringType), f("feed", StringType), f("file", StringType),
      f("file_sha256", StringType), f("started_at", TimestampType), f("ended_at", TimestampType),
      f("status", StringType), f("records_read", LongType), f("accepted", LongType), f("quarantined", LongType),
      f("duplicates", LongType), f("inserted", LongType), f("updated", LongType),
      f("table_versions", createMapType(StringType, LongType, true)), f("message", StringType),
      // Last, so that a ledger written before they existed takes them by schema evolution.
      f("file_bytes", LongType), f("file_modified_at", TimestampType)});

  /** Names of the incident columns a feed may map (everything but keys and lineage). */
  public static final List<String> MAPPABLE_INCIDENT_COLUMNS = List.of(
      "source_record_id", "reporting_country", "admin1", "place_name", "latitude", "longitude", Columns.EVENT_DATE,
      Columns.CATEGORY, "item", "quantity", "unit", "small_arms", "ammunition_rounds", "explosives_kg", "heavy_weapons",
      "fatalities", "arrests", "actors", "transport_mode", "narrative");
}
