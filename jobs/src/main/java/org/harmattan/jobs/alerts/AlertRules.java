package org.harmattan.jobs.alerts;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.upper;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The alert rules, each a Spark query over the versioned reference tables (one row per status
 * version with valid_from / valid_to). An alert stands while the versions that make it true
 * overlap: from the later of their starts to the earlier of their ends, so the same rules answer
 * "what stood on 2026-06-30" and "what stands today". Messages name records by reference only.
 *
 * <p>Every method returns the columns of gold {@code alerts} except the run columns.
 */
public final class AlertRules {
  private AlertRules() {}

  /** Red notices in an ACTIVE version overlapping an EXPIRED version of the warrant they rest on. */
  public static Dataset<Row> expiredWarrantActiveNotice(Dataset<Row> notices, Dataset<Row> warrants) {
    Dataset<Row> n = versions(notices, "n").where(col("n.status").equalTo("ACTIVE")
        .and(upper(col("n.notice_type")).equalTo("RED")).and(col("n.warrant_ref").isNotNull()));
    Dataset<Row> w = versions(warrants, "w").where(col("w.status").equalTo("EXPIRED"));
    Dataset<Row> j = n.join(w, col("n.warrant_ref").equalTo(col("w.warrant_ref")));
    AlertType t = AlertType.EXPIRED_WARRANT_ACTIVE_NOTICE;
    return alert(j, t, col("n.issuing_country"), col("n.source_feed"), "notices", col("n.notice_ref"),
        col("w.expiry_date"), greatest(col("n.from_day"), col("w.from_day")), earliest(col("n.to_day"), col("w.to_day")),
        array(record("notices", col("n.source_feed"), col("n.notice_ref"), "notice"),
            record("warrants", col("w.source_feed"), col("w.warrant_ref"), "expired warrant")),
        format_string("Red notice %s (%s) is active although warrant %s (%s) expired on %s.", col("n.notice_ref"),
            col("n.source_feed"), col("w.warrant_ref"), col("w.source_feed"), col("w.expiry_date").cast("string")),
        col("n.source_feed"), col("n.notice_ref"), col("w.source_feed"), col("w.warrant_ref"));
  }

  /** The same notice reference ACTIVE in one feed while CANCELLED in another. */
  public static Dataset<Row> noticeStatusConflict(Dataset<Row> notices) {
    Dataset<Row> a = versions(notices, "a").where(col("a.status").equalTo("ACTIVE"));
    Dataset<Row> c = versions(notices, "c").where(col("c.status").equalTo("CANCELLED"));
    Dataset<Row> j = a.join(c, col("a.notice_ref").equalTo(col("c.notice_ref"))
        .and(col("a.source_feed").notEqual(col("c.source_feed"))));
    AlertType t = AlertType.NOTICE_STATUS_CONFLICT;
    return alert(j, t, col("a.issuing_country"), col("a.source_feed"), "notices", col("a.notice_ref"),
        col("c.from_day"), greatest(col("a.from_day"), col("c.from_day")), earliest(col("a.to_day"), col("c.to_day")),
        array(record("notices", col("a.source_feed"), col("a.notice_ref"), "active copy"),
            record("notices", col("c.source_feed"), col("c.notice_ref"), "cancelled copy")),
        format_string("Notice %s is cancelled in %s since %s but still active in %s.", col("a.notice_ref"),
            col("c.source_feed"), col("c.from_day").cast("string"), col("a.source_feed")),
        col("a.source_feed"), col("a.notice_ref"), col("c.source_feed"));
  }

  /** A query that hit a listed document on or after the day it was reported (within the listing's validity). */
  public static Dataset<Row> stolenDocumentHit(Dataset<Row> documents, Dataset<Row> queries) {
    Dataset<Row> d = versions(documents, "d");
    Dataset<Row> q = queries.where(col("hit").and(col("matched_ref").isNotNull())).alias("q");
    Column queried = col("q.queried_at");
    Dataset<Row> j = q.join(d, col("q.matched_ref").equalTo(col("d.document_number"))
        .and(queried.geq(col("d.valid_from")))
        .and(col("d.valid_to").isNull().or(queried.lt(col("d.valid_to")))));
    Column day = to_date(queried);
    AlertType t = AlertType.STOLEN_DOCUMENT_HIT;
    return alert(j, t, col("d.issuing_country"), col("d.source_feed"), "travel_documents", col("d.document_number"),
        day, day, date_add(day, 1),
        array(record("db_queries", col("q.source_feed"), col("q.query_ref"), "query"),
            record("travel_documents", col("d.source_feed"), col("d.document_number"), "listed document")),
        format_string("%s document of %s, listed %s by %s on %s, was hit by query %s of %s on %s.",
            col("d.document_type"), col("d.issuing_country"), lower(col("d.status")), col("d.source_feed"),
            col("d.reported_date").cast("string"), col("q.query_ref"), col("q.bureau"), date_format(queried, "yyyy-MM-dd HH:mm 'UTC'")),
        col("q.source_feed"), col("q.query_ref"), col("d.source_feed"), col("d.document_number"));
  }

  /** Active notices reaching the end of their validity within {@code days}. */
  public static Dataset<Row> noticesExpiring(Dataset<Row> notices, int days) {
    Dataset<Row> n = versions(notices, "n").where(col("n.status").equalTo("ACTIVE").and(col("n.valid_until").isNotNull()));
    return expiring(n, AlertType.NOTICE_EXPIRING, days, "notices", col("n.notice_ref"), col("n.valid_until"),
        format_string("%s notice %s (%s) expires on %s.", initialCap(col("n.notice_type")), col("n.notice_ref"),
            col("n.source_feed"), col("n.valid_until").cast("string")));
  }

  /** Warrants expiring within {@code days}, while active. */
  public static Dataset<Row> warrantsExpiring(Dataset<Row> warrants, int days) {
    Dataset<Row> w = versions(warrants, "n").where(col("n.status").equalTo("ACTIVE").and(col("n.expiry_date").isNotNull()));
    return expiring(w, AlertType.WARRANT_EXPIRING, days, "warrants", col("n.warrant_ref"), col("n.expiry_date"),
        format_string("Warrant %s (%s, %s) expires on %s.", col("n.warrant_ref"), col("n.source_feed"),
            col("n.authority"), col("n.expiry_date").cast("string")));
  }

  /** Listed stolen, lost or revoked documents reaching their expiry date within {@code days}. */
  public static Dataset<Row> documentsExpiring(Dataset<Row> documents, int days) {
    Dataset<Row> d = versions(documents, "n").where(col("n.expiry_date").isNotNull());
    return expiring(d, AlertType.DOCUMENT_EXPIRING, days, "travel_documents", col("n.document_number"),
        col("n.expiry_date"), format_string("Listed %s document of %s (%s) expires on %s.", lower(col("n.status")),
            col("n.issuing_country"), col("n.source_feed"), col("n.expiry_date").cast("string")));
  }

  /** The version's days: from (inclusive) and to (exclusive, null while it holds). */
  private static Dataset<Row> versions(Dataset<Row> table, String alias) {
    return table.withColumn("from_day", to_date(col("valid_from"))).withColumn("to_day", to_date(col("valid_to")))
        .alias(alias);
  }

  /** Stands from {@code days} before the end date, while the version holds, until the end date. */
  private static Dataset<Row> expiring(Dataset<Row> v, AlertType type, int days, String table, Column ref, Column end,
      Column message) {
    return alert(v, type, col("n.issuing_country"), col("n.source_feed"), table, ref, end,
        greatest(col("n.from_day"), date_sub(end, days)), earliest(col("n.to_day"), end),
        array(record(table, col("n.source_feed"), ref, "expiring")), message, col("n.source_feed"), ref);
  }

  /** The earlier of two exclusive ends, null meaning "open". */
  private static Column earliest(Column a, Column b) {
    return least(a, b); // least() skips nulls: the open end gives way to the closed one
  }

  private static Column record(String table, Column feed, Column ref, String role) {
    return struct(lit(table).as("table"), feed.as("feed"), ref.as("ref"), lit(role).as("role"));
  }

  private static Column initialCap(Column c) {
    return org.apache.spark.sql.functions.initcap(c);
  }

  private static Dataset<Row> alert(Dataset<Row> rows, AlertType type, Column country, Column feed, String subjectTable,
      Column subjectRef, Column eventDate, Column raised, Column resolved, Column records, Column message,
      Column... identity) {
    // The start is part of the identity: a record that flaps (active, cancelled, active again) raises one alert per spell.
    Column[] idParts = new Column[identity.length + 2];
    idParts[0] = lit(type.name());
    System.arraycopy(identity, 0, idParts, 1, identity.length);
    idParts[identity.length + 1] = raised.cast("string");
    return rows.select(
            substring(sha2(concat_ws("|", idParts), 256), 1, 32).as("alert_id"),
            lit(type.name()).as("alert_type"), lit(type.severity()).as("severity"),
            country.as("issuing_country"), feed.as("source_feed"), lit(subjectTable).as("subject_table"),
            subjectRef.as("subject_ref"), eventDate.cast("date").as("event_date"), raised.as("raised_on"),
            resolved.as("resolved_on"), records.as("records"), message.as("message"))
        .where(col("resolved_on").isNull().or(col("raised_on").lt(col("resolved_on"))));
  }
}
