package org.harmattan.core.catalog;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the reference databases (silver): persons, notices, warrants, travel documents,
 * requests between bureaus and database queries.
 *
 * <p>Notices, warrants, travel documents and requests keep one row per status version:
 * {@code valid_from} (inclusive) to {@code valid_to} (exclusive, null while the version holds),
 * in business time (issue, cancellation, expiry, report, answer). The state on a day D is the
 * set of versions with {@code valid_from <= end of D < valid_to}. Keys are stable hashes of the
 * source feed and the record's own reference, so the same notice reported by two bureaus stays
 * two records (the basis of the status-conflict alert).
 */
public final class ReferenceSchemas {
  private ReferenceSchemas() {}

  public static final String VALID_FROM = "valid_from";
  public static final String VALID_TO = "valid_to";
  public static final String STATUS = "status";
  public static final String SOURCE_FEED = "source_feed";

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  /** Lineage columns shared with {@link Schemas#INCIDENTS}. */
  private static final List<StructField> LINEAGE = List.of(
      f(Columns.FILE, StringType), f(Columns.LINE, LongType), f(Columns.BATCH_ID, StringType),
      f(Columns.ROW_HASH, StringType), f(Columns.INGESTED_AT, TimestampType), f("_updated_at", TimestampType));

  private static final List<StructField> VALIDITY = List.of(
      f(STATUS, StringType), f(VALID_FROM, TimestampType), f(VALID_TO, TimestampType));

  private static StructType schema(List<StructField> own, boolean versioned) {
    List<StructField> all = new ArrayList<>(own);
    if (versioned) {
      all.addAll(VALIDITY);
    }
    all.addAll(LINEAGE);
    return new StructType(all.toArray(StructField[]::new));
  }

  /** Personal data: names, date of birth. {@code sex} is M, F or null; nationality ISO alpha-3. */
  public static final StructType PERSONS = schema(List.of(
      f("person_id", StringType), f(SOURCE_FEED, StringType), f("person_ref", StringType),
      f("name_latin", StringType), f("name_arabic", StringType), f("date_of_birth", DateType),
      f("sex", StringType), f("nationality", StringType)), false);

  /** Status ACTIVE or CANCELLED; notice_type RED, YELLOW, BLUE, GREEN, ORANGE, PURPLE, BLACK, DIFFUSION, UN_SPECIAL. */
  public static final StructType NOTICES = schema(List.of(
      f("notice_id", StringType), f(SOURCE_FEED, StringType), f("notice_ref", StringType),
      f("notice_type", StringType), f("person_ref", StringType), f("person_id", StringType),
      f("issuing_country", StringType), f("offence_category", StringType), f("offence_reported", StringType),
      f("issue_date", DateType), f("valid_until", DateType), f("cancellation_date", DateType),
      f("warrant_ref", StringType)), true);

  /** Status ACTIVE until the expiry date, EXPIRED from it (or WITHDRAWN when a feed says so). */
  public static final StructType WARRANTS = schema(List.of(
      f("warrant_id", StringType), f(SOURCE_FEED, StringType), f("warrant_ref", StringType),
      f("person_ref", StringType), f("person_id", StringType), f("issuing_country", StringType),
      f("authority", StringType), f("offence_category", StringType), f("offence_reported", StringType),
      f("issue_date", DateType), f("expiry_date", DateType)), true);

  /** Status STOLEN, LOST or REVOKED from the reported date; document_type PASSPORT, NATIONAL_ID, TRAVEL_DOCUMENT, VISA. */
  public static final StructType TRAVEL_DOCUMENTS = schema(List.of(
      f("document_id", StringType), f(SOURCE_FEED, StringType), f("document_number", StringType),
      f("document_type", StringType), f("issuing_country", StringType), f("issue_date", DateType),
      f("expiry_date", DateType), f("reported_date", DateType)), true);

  /** Status OPEN from sent_at, ANSWERED from answered_at; priority URGENT, HIGH, NORMAL, LOW. */
  public static final StructType REQUESTS = schema(List.of(
      f("request_id", StringType), f(SOURCE_FEED, StringType), f("request_ref", StringType),
      f("from_bureau", StringType), f("to_bureau", StringType), f("request_type", StringType),
      f("priority", StringType), f("sent_at", TimestampType), f("answered_at", TimestampType)), true);

  /** One search against a shared database (SLTD, NOMINAL, SMV, FIREARMS); append-only. */
  public static final StructType DB_QUERIES = schema(List.of(
      f("query_id", StringType), f(SOURCE_FEED, StringType), f("query_ref", StringType),
      f("bureau", StringType), f("database", StringType), f("queried_at", TimestampType),
      f("hit", BooleanType), f("matched_ref", StringType)), false);
}
