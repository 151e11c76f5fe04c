package org.harmattan.reports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.geo.PrioGrid;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Writes tiny Delta tables with the core schemas, as the upstream stages would: the reports
 * module reads tables and never depends on the jobs that fill them.
 */
public final class TinyLakehouse {
  private final SparkSession spark;
  private final TableCatalog catalog;
  private final List<Row> incidents = new ArrayList<>();
  private int seq;
  private String feed = "test-feed";

  public TinyLakehouse(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /** Builds a row of {@code schema} from column/value pairs; other columns are null. */
  static Row row(StructType schema, Map<String, Object> values) {
    Object[] cells = new Object[schema.fields().length];
    for (Map.Entry<String, Object> e : values.entrySet()) {
      cells[schema.fieldIndex(e.getKey())] = e.getValue();
    }
    return RowFactory.create(cells);
  }

  /** The feed of the incidents added next. */
  public TinyLakehouse feed(String name) {
    this.feed = name;
    return this;
  }

  /** {@code n} incidents of a category at a place on a day; fatalities and arrests one each per incident. */
  public TinyLakehouse incidents(int n, String category, String country, double lat, double lon, LocalDate day) {
    for (int i = 0; i < n; i++) {
      String id = String.format("inc-%06d", seq++);
      incidents.add(row(Schemas.INCIDENTS, Map.ofEntries(Map.entry("incident_id", id), Map.entry("source", "TEST"),
          Map.entry("source_feed", feed), Map.entry("source_record_id", id), Map.entry("country", country),
          Map.entry("reporting_country", country), Map.entry("latitude", lat), Map.entry("longitude", lon),
          Map.entry("prio_gid", PrioGrid.gid(lat, lon)), Map.entry("event_date", Date.valueOf(day)),
          Map.entry("event_month", day.toString().substring(0, 7)), Map.entry("category", category),
          Map.entry("fatalities", 1), Map.entry("arrests", 1))));
    }
    return this;
  }

  /** Appends the incidents gathered so far to silver incidents (one Delta commit). */
  public void writeIncidents() {
    append(Table.INCIDENTS, Schemas.INCIDENTS, incidents);
    incidents.clear();
  }

  public void append(Table table, StructType schema, List<Row> rows) {
    spark.createDataFrame(rows, schema).write().format("delta").mode("append").save(catalog.path(table));
  }

  /** One ingest run in the ledger and its refused records. */
  public void ledgerAndQuarantine(String feed, long read, long quarantined) {
    Timestamp now = Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"));
    append(Table.RUN_LEDGER, Schemas.RUN_LEDGER, List.of(row(Schemas.RUN_LEDGER, Map.ofEntries(
        Map.entry("run_id", "run-1"), Map.entry("job", "ingest"), Map.entry("feed", feed),
        Map.entry("file", "file:/data/" + feed + "/2026-10.csv"), Map.entry("file_sha256", "abc"),
        Map.entry("started_at", now), Map.entry("ended_at", now), Map.entry("status", "SUCCEEDED"),
        Map.entry("records_read", read), Map.entry("accepted", read - quarantined),
        Map.entry("quarantined", quarantined), Map.entry("duplicates", 2L), Map.entry("inserted", read - quarantined),
        Map.entry("updated", 0L), Map.entry("table_versions", CollectionConverters.asScala(Map.<String, Long>of()))))));
    List<Row> q = new ArrayList<>();
    for (int i = 0; i < quarantined; i++) {
      q.add(row(Schemas.QUARANTINE, Map.of("_feed", feed, "_file", "file:/data/" + feed + "/2026-10.csv",
          "_line", (long) (i + 2), "reason", i % 2 == 0 ? "UNPARSEABLE_DATE" : "UNKNOWN_UNIT", "message", "bad")));
    }
    append(Table.QUARANTINE, Schemas.QUARANTINE, q);
  }

  /** Requests: each {from, to, priority, sentAt, answeredAt or null}; database queries: {bureau, database, at, hit}. */
  public void requestsAndQueries(List<Object[]> requests, List<Object[]> queries) {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (Object[] r : requests) {
      String ref = "RQ-" + (i++);
      Timestamp sent = Timestamp.from(Instant.parse((String) r[3]));
      Timestamp answered = r[4] == null ? null : Timestamp.from(Instant.parse((String) r[4]));
      rows.add(row(ReferenceSchemas.REQUESTS, Map.of("request_id", ref, "source_feed", "i247", "request_ref", ref,
          "from_bureau", r[0], "to_bureau", r[1], "priority", r[2], "sent_at", sent, "status", "OPEN",
          "valid_from", sent)));
      if (answered != null) {
        Map<String, Object> v = new java.util.HashMap<>(Map.of("request_id", ref, "source_feed", "i247",
            "request_ref", ref, "from_bureau", r[0], "to_bureau", r[1], "priority", r[2], "sent_at", sent,
            "answered_at", answered, "status", "ANSWERED", "valid_from", answered));
        rows.add(row(ReferenceSchemas.REQUESTS, v));
      }
    }
    append(Table.REQUESTS, ReferenceSchemas.REQUESTS, rows);
    List<Row> q = new ArrayList<>();
    int j = 0;
    for (Object[] r : queries) {
      q.add(row(ReferenceSchemas.DB_QUERIES, Map.of("query_id", "Q" + j, "source_feed", "i247", "query_ref", "Q" + (j++),
          "bureau", r[0], "database", r[1], "queried_at", Timestamp.from(Instant.parse((String) r[2])), "hit", r[3])));
    }
    append(Table.DB_QUERIES, ReferenceSchemas.DB_QUERIES, q);
  }

  /** Travel documents expiring on the given dates (numbers from the sample reference data). */
  public void travelDocuments(Map<String, LocalDate> expiryByNumber) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : expiryByNumber.entrySet()) {
      rows.add(row(ReferenceSchemas.TRAVEL_DOCUMENTS, Map.of("document_id", "D-" + e.getKey(), "source_feed", "i247",
          "document_number", e.getKey(), "document_type", "PASSPORT", "issuing_country", "EGY",
          "expiry_date", Date.valueOf(e.getValue()), "reported_date", Date.valueOf("2024-01-10"),
          "status", "STOLEN", "valid_from", Timestamp.from(Instant.parse("2024-01-10T00:00:00Z")))));
    }
    append(Table.TRAVEL_DOCUMENTS, ReferenceSchemas.TRAVEL_DOCUMENTS, rows);
  }
}
