package org.harmattan.jobs.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KPIs over a handful of requests and queries whose figures are worked out by hand below. */
class SharingKpisTest {
  static final SlaPolicy SLA = new SlaPolicy(Map.of("URGENT", 24.0, "HIGH", 72.0, "NORMAL", 240.0, "LOW", 720.0));
  static Map<String, Row> monthly;
  static Map<String, Row> quarterly;

  static Map<String, Object> request(String ref, String from, String to, String priority, String sent, String answered) {
    Map<String, Object> m = new HashMap<>();
    m.put("request_ref", ref);
    m.put("source_feed", "i247");
    m.put("from_bureau", from);
    m.put("to_bureau", to);
    m.put("request_type", "INFORMATION");
    m.put("priority", priority);
    m.put("sent_at", sent);
    m.put("answered_at", answered);
    return m;
  }

  static Map<String, Object> query(String bureau, String at, boolean hit) {
    return Map.of("query_ref", "Q" + at, "source_feed", "i247", "bureau", bureau, "database", "SLTD",
        "queried_at", at, "hit", hit);
  }

  @BeforeAll
  static void compute() {
    SparkSession spark = SharedSpark.session();
    Dataset<Row> requests = new ReferenceRows(ReferenceSchemas.REQUESTS)
        // Answered by NER in 2026-01 after 10 h, 30 h and 100 h: median 30, p90 = 30 + 0.8 x 70 = 86.
        .add(request("R1", "MAR", "NER", "URGENT", "2026-01-05T00:00:00Z", "2026-01-05T10:00:00Z")) // within 24 h
        .add(request("R2", "MAR", "NER", "URGENT", "2026-01-06T00:00:00Z", "2026-01-07T06:00:00Z")) // 30 h > 24 h
        .add(request("R3", "TUN", "NER", "HIGH", "2026-01-10T00:00:00Z", "2026-01-14T04:00:00Z"))   // 100 h > 72 h
        // Sent in January, due 2026-01-30 (72 h), answered in March: open past SLA at the end of January and February.
        .add(request("R4", "NER", "MAR", "HIGH", "2026-01-27T00:00:00Z", "2026-03-02T00:00:00Z"))
        // Sent in February, never answered, due 2026-02-28T12:00 (24 h): past SLA at the end of February and March.
        .add(request("R5", "NER", "MAR", "URGENT", "2026-02-27T12:00:00Z", null))
        // Due after the end of February (240 h): not yet past its SLA at the end of February, past it at the end of March.
        .add(request("R6", "TUN", "MAR", "NORMAL", "2026-02-25T00:00:00Z", null))
        .toDataset(spark);
    Dataset<Row> queries = new ReferenceRows(ReferenceSchemas.DB_QUERIES)
        .add(query("MAR", "2025-01-15T00:00:00Z", false))
        .add(query("MAR", "2025-01-16T00:00:00Z", true))
        .add(query("MAR", "2025-12-15T00:00:00Z", false))
        .add(query("MAR", "2026-01-10T00:00:00Z", true))
        .add(query("MAR", "2026-01-11T00:00:00Z", false))
        .add(query("MAR", "2026-01-12T00:00:00Z", false))
        .add(query("NER", "2026-01-12T00:00:00Z", true))
        .add(query("MAR", "2026-03-01T00:00:00Z", false))
        .toDataset(spark);
    monthly = byKey(new SharingKpis(KpiGranularity.MONTH, SLA).compute(requests, queries));
    quarterly = byKey(new SharingKpis(KpiGranularity.QUARTER, SLA).compute(requests, queries));
  }

  static Map<String, Row> byKey(Dataset<Row> kpis) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : kpis.collectAsList()) {
      m.put(r.getAs("period") + "/" + r.getAs("bureau"), r);
    }
    return m;
  }

  @Test
  void countsRequestsSentAndReceivedInTheMonthTheyWereSent() {
    assertEquals(2L, monthly.get("2026-01/MAR").<Long>getAs("requests_sent"));
    assertEquals(1L, monthly.get("2026-01/MAR").<Long>getAs("requests_received"));
    assertEquals(3L, monthly.get("2026-01/NER").<Long>getAs("requests_received"));
    assertEquals(2L, monthly.get("2026-02/MAR").<Long>getAs("requests_received"));
    assertEquals(4L, monthly.get("2026-01/ALL").<Long>getAs("requests_sent"));
    assertEquals(4L, monthly.get("2026-01/ALL").<Long>getAs("requests_received"));
  }

  @Test
  void responseTimesAreExactMedianAndNinetiethPercentileOfTheAnsweringBureau() {
    Row ner = monthly.get("2026-01/NER");
    assertEquals(3L, ner.<Long>getAs("answered"));
    assertEquals(30.0, ner.<Double>getAs("median_response_hours"), 1e-9);
    assertEquals(86.0, ner.<Double>getAs("p90_response_hours"), 1e-9);
    assertEquals(1L, ner.<Long>getAs("answered_within_sla"));
    assertEquals(1.0 / 3, ner.<Double>getAs("within_sla_share"), 1e-9);
    // R4 (HIGH, 816 h) is answered by MAR in March.
    Row marMarch = monthly.get("2026-03/MAR");
    assertEquals(1L, marMarch.<Long>getAs("answered"));
    assertEquals(816.0, marMarch.<Double>getAs("median_response_hours"), 1e-9);
    assertEquals(0.0, marMarch.<Double>getAs("within_sla_share"), 1e-9);
    assertNull(monthly.get("2026-02/MAR").getAs("median_response_hours"), "nothing answered: no median, not zero");
  }

  @Test
  void openPastSlaIsTheStateAtTheEndOfEachMonth() {
    assertEquals(1L, monthly.get("2026-01/MAR").<Long>getAs("open_past_sla")); // R4
    assertEquals(2L, monthly.get("2026-02/MAR").<Long>getAs("open_past_sla")); // R4, R5 (R6 not yet due)
    assertEquals(2L, monthly.get("2026-03/MAR").<Long>getAs("open_past_sla")); // R5, R6 (R4 answered 2 March)
    assertEquals(0L, monthly.get("2026-01/NER").<Long>getAs("open_past_sla"));
    assertEquals(2L, monthly.get("2026-03/ALL").<Long>getAs("open_past_sla"));
  }

  @Test
  void databaseUseAndYieldWithChangeOnThePreviousMonthAndTheYearBefore() {
    Row jan = monthly.get("2026-01/MAR");
    assertEquals(3L, jan.<Long>getAs("queries"));
    assertEquals(1L, jan.<Long>getAs("hits"));
    assertEquals(1.0 / 3, jan.<Double>getAs("hit_rate"), 1e-9);
    assertEquals(2.0, jan.<Double>getAs("queries_change_prev"), 1e-9);  // 1 in Dec 2025 -> 3: +200%
    assertEquals(0.5, jan.<Double>getAs("queries_change_year"), 1e-9);  // 2 in Jan 2025 -> 3: +50%
    assertEquals(-1.0 / 3, jan.<Double>getAs("hit_rate_change_year"), 1e-9); // 1/2 -> 1/3
    assertNull(jan.getAs("hit_rate_change_prev"), "no hit in December: no relative change from zero");
    assertEquals(4L, monthly.get("2026-01/ALL").<Long>getAs("queries"));
  }

  @Test
  void quietMonthsAndBureausAreZeroRowsNotMissing() {
    Row feb2025 = monthly.get("2025-06/MAR");
    assertEquals(0L, feb2025.<Long>getAs("queries"));
    assertEquals(0L, feb2025.<Long>getAs("requests_sent"));
    assertEquals(4, List.of("MAR", "NER", "TUN", "ALL").stream().filter(b -> monthly.containsKey("2025-06/" + b)).count());
  }

  @Test
  void quartersAggregateTheSameRulesOverThreeMonths() {
    Row q1 = quarterly.get("2026-Q1/MAR");
    assertEquals(4L, q1.<Long>getAs("queries"));
    assertEquals(3L, q1.<Long>getAs("requests_received"));
    assertEquals(2L, q1.<Long>getAs("open_past_sla")); // at the end of March
    Row ner = quarterly.get("2026-Q1/NER");
    assertEquals(30.0, ner.<Double>getAs("median_response_hours"), 1e-9);
    assertEquals(1.0, quarterly.get("2026-Q1/MAR").<Double>getAs("queries_change_year"), 1e-9); // 2 in 2025-Q1 -> 4
  }
}
