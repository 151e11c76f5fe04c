package org.harmattan.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.kpi.ReferenceRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alert rules over small versioned tables, each situation built to stand (or not) on known days. */
class AlertRulesTest {
  static Dataset<Row> notices;
  static Dataset<Row> warrants;
  static Dataset<Row> documents;
  static Dataset<Row> queries;

  static Map<String, Object> version(String feed, String status, String from, String to, Object... kv) {
    Map<String, Object> m = new HashMap<>();
    m.put("source_feed", feed);
    m.put("status", status);
    m.put("valid_from", from + "T00:00:00Z");
    m.put("valid_to", to == null ? null : to + "T00:00:00Z");
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @BeforeAll
  static void tables() {
    SparkSession spark = SharedSpark.session();
    notices = new ReferenceRows(ReferenceSchemas.NOTICES)
        // N1: red, active, rests on W1 which expired on 2025-06-12: alert from then, still standing.
        .add(version("mar-bcn", "ACTIVE", "2022-03-12", null, "notice_ref", "N1", "notice_type", "RED",
            "warrant_ref", "W1", "issuing_country", "TUN", "valid_until", "2027-03-11"))
        // N2: red, cancelled on 2025-07-02 after W2 expired on 2025-06-12: the alert stood 20 days, then resolved.
        .add(version("egy-ncb", "ACTIVE", "2022-03-12", "2025-07-02", "notice_ref", "N2", "notice_type", "RED",
            "warrant_ref", "W2", "issuing_country", "TUN", "valid_until", "2027-03-11"))
        .add(version("egy-ncb", "CANCELLED", "2025-07-02", null, "notice_ref", "N2", "notice_type", "RED",
            "warrant_ref", "W2", "issuing_country", "TUN", "valid_until", "2027-03-11", "cancellation_date", "2025-07-02"))
        // N2 is still active in mar-bcn: a status conflict from 2025-07-02.
        .add(version("mar-bcn", "ACTIVE", "2022-03-12", null, "notice_ref", "N2", "notice_type", "RED",
            "warrant_ref", "W2", "issuing_country", "TUN", "valid_until", "2027-03-11"))
        // N3: blue, no warrant, valid until 2026-11-20: expiring from 2026-10-21 (30 days).
        .add(version("lby-ncb", "ACTIVE", "2021-11-21", null, "notice_ref", "N3", "notice_type", "BLUE",
            "issuing_country", "LBY", "valid_until", "2026-11-20"))
        // N4: red on a warrant that is still valid: nothing.
        .add(version("lby-ncb", "ACTIVE", "2024-01-01", null, "notice_ref", "N4", "notice_type", "RED",
            "warrant_ref", "W3", "issuing_country", "LBY", "valid_until", "2029-01-01"))
        .toDataset(spark);
    warrants = new ReferenceRows(ReferenceSchemas.WARRANTS)
        .add(version("mar-bcn", "ACTIVE", "2020-05-16", "2025-06-12", "warrant_ref", "W1", "expiry_date", "2025-06-12",
            "issuing_country", "TUN", "authority", "Tunis"))
        .add(version("mar-bcn", "EXPIRED", "2025-06-12", null, "warrant_ref", "W1", "expiry_date", "2025-06-12",
            "issuing_country", "TUN", "authority", "Tunis"))
        .add(version("mar-bcn", "ACTIVE", "2020-05-16", "2025-06-12", "warrant_ref", "W2", "expiry_date", "2025-06-12",
            "issuing_country", "TUN", "authority", "Tunis"))
        .add(version("mar-bcn", "EXPIRED", "2025-06-12", null, "warrant_ref", "W2", "expiry_date", "2025-06-12",
            "issuing_country", "TUN", "authority", "Tunis"))
        .add(version("lby-ncb", "ACTIVE", "2023-08-07", "2026-11-05", "warrant_ref", "W3", "expiry_date", "2026-11-05",
            "issuing_country", "LBY", "authority", "Tripoli"))
        .add(version("lby-ncb", "EXPIRED", "2026-11-05", null, "warrant_ref", "W3", "expiry_date", "2026-11-05",
            "issuing_country", "LBY", "authority", "Tripoli"))
        .toDataset(spark);
    documents = new ReferenceRows(ReferenceSchemas.TRAVEL_DOCUMENTS)
        .add(version("i247", "STOLEN", "2021-02-26", null, "document_number", "KQ2434457", "document_type", "PASSPORT",
            "issuing_country", "NER", "reported_date", "2021-02-26", "expiry_date", "2030-01-01"))
        .add(version("i247", "LOST", "2026-10-17", null, "document_number", "D2", "document_type", "NATIONAL_ID",
            "issuing_country", "DZA", "reported_date", "2026-10-17", "expiry_date", "2026-11-09"))
        .toDataset(spark);
    queries = new ReferenceRows(ReferenceSchemas.DB_QUERIES)
        .add(Map.of("query_ref", "Q1", "source_feed", "i247", "bureau", "NER", "database", "SLTD",
            "queried_at", "2023-11-10T05:19:24Z", "hit", true, "matched_ref", "KQ2434457"))
        // A hit before the document was reported is not an alert (D2 reported on 2026-10-17).
        .add(Map.of("query_ref", "Q2", "source_feed", "i247", "bureau", "MLI", "database", "SLTD",
            "queried_at", "2026-10-01T10:00:00Z", "hit", true, "matched_ref", "D2"))
        .add(Map.of("query_ref", "Q3", "source_feed", "i247", "bureau", "MLI", "database", "SLTD",
            "queried_at", "2026-10-20T10:00:00Z", "hit", false))
        .toDataset(spark);
  }

  static Set<String> subjects(Dataset<Row> alerts) {
    return alerts.collectAsList().stream().map(r -> r.<String>getAs("subject_ref") + "@" + r.getAs("source_feed"))
        .collect(Collectors.toSet());
  }

  @Test
  void redNoticeActiveOnAnExpiredWarrantStandsFromTheExpiryUntilTheNoticeIsCancelled() {
    Dataset<Row> a = AlertRules.expiredWarrantActiveNotice(notices, warrants);
    assertEquals(Set.of("N1@mar-bcn", "N2@egy-ncb", "N2@mar-bcn", "N4@lby-ncb"), subjects(a));
    assertEquals(Set.of("N1@mar-bcn", "N2@mar-bcn"), subjects(StandingAlerts.on(a, LocalDate.of(2026, 10, 31))));
    // W3 expires on 2026-11-05: N4 will stand from that day unless it is cancelled first.
    assertEquals("2026-11-05", a.where("subject_ref = 'N4'").first().getAs("raised_on").toString());
    Row resolved = a.where("subject_ref = 'N2' AND source_feed = 'egy-ncb'").first();
    assertEquals("2025-06-12", resolved.getAs("raised_on").toString());
    assertEquals("2025-07-02", resolved.getAs("resolved_on").toString());
    assertEquals("HIGH", resolved.getAs("severity"));
    assertTrue(resolved.<String>getAs("message").contains("warrant W2 (mar-bcn) expired on 2025-06-12"));
    assertEquals(2, resolved.getList(resolved.fieldIndex("records")).size());
  }

  @Test
  void noticeCancelledInOneFeedAndActiveInAnotherIsAConflictFromTheCancellation() {
    List<Row> a = AlertRules.noticeStatusConflict(notices).collectAsList();
    assertEquals(1, a.size());
    Row c = a.get(0);
    assertEquals("N2", c.getAs("subject_ref"));
    assertEquals("mar-bcn", c.getAs("source_feed"));
    assertEquals("2025-07-02", c.getAs("raised_on").toString());
    assertNull(c.getAs("resolved_on"));
    assertEquals("Notice N2 is cancelled in egy-ncb since 2025-07-02 but still active in mar-bcn.", c.getAs("message"));
  }

  @Test
  void stolenDocumentHitAfterItsReportIsAnAlertOnTheDayOfTheQueryOnly() {
    List<Row> a = AlertRules.stolenDocumentHit(documents, queries).collectAsList();
    assertEquals(1, a.size(), "the hit before D2 was reported and the query without hit raise nothing");
    Row hit = a.get(0);
    assertEquals("KQ2434457", hit.getAs("subject_ref"));
    assertEquals("2023-11-10", hit.getAs("raised_on").toString());
    assertEquals("2023-11-11", hit.getAs("resolved_on").toString());
    assertEquals("NER", hit.getAs("issuing_country"));
    assertFalse(hit.<String>getAs("message").contains("KQ2434457"), "the message names the query, not the document number");
  }

  @Test
  void expiringAlertsStandForTheConfiguredDaysBeforeTheEnd() {
    Dataset<Row> n = AlertRules.noticesExpiring(notices, 30);
    assertEquals(Set.of("N3@lby-ncb"), subjects(StandingAlerts.on(n, LocalDate.of(2026, 10, 31))));
    assertEquals(Set.of(), subjects(StandingAlerts.on(n, LocalDate.of(2026, 10, 20))), "41 days before: not yet");
    assertEquals(Set.of(), subjects(StandingAlerts.on(n, LocalDate.of(2026, 11, 20))), "the day it ends: no longer expiring");
    Dataset<Row> w = AlertRules.warrantsExpiring(warrants, 30);
    assertEquals(Set.of("W3@lby-ncb"), subjects(StandingAlerts.on(w, LocalDate.of(2026, 10, 31))));
    Dataset<Row> d = AlertRules.documentsExpiring(documents, 30);
    Row d2 = StandingAlerts.on(d, LocalDate.of(2026, 10, 31)).first();
    assertEquals("D2", d2.getAs("subject_ref"));
    assertEquals("2026-10-17", d2.getAs("raised_on").toString(), "listed on 2026-10-17, less than 30 days before expiry");
  }

  @Test
  void alertsDuringAPeriodAreThoseStandingOnAnyOfItsDays() {
    Dataset<Row> a = AlertRules.expiredWarrantActiveNotice(notices, warrants);
    assertEquals(3, StandingAlerts.during(a, Period.parse("2025-Q3")).count());
    assertEquals(3, StandingAlerts.during(a, Period.parse("2026-11")).count());
    assertEquals(2, StandingAlerts.during(a, Period.parse("2025-08")).count());
    assertEquals(0, StandingAlerts.during(a, Period.parse("2025-05")).count());
  }
}
