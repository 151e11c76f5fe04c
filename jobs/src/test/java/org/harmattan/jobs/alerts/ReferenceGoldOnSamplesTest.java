package org.harmattan.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.ingest.IngestFixture;
import org.harmattan.jobs.kpi.ComputeSharingKpisJob;
import org.harmattan.jobs.kpi.OverdueRequests;
import org.harmattan.jobs.kpi.SlaPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample reference feeds, ingested, then alerts and KPIs built: every planted
 * situation is found and nothing else is reported (truth files of data-samples/truth, written by
 * the generator as it planted them), and every KPI figure equals the one computed here directly
 * from the raw CSV files, without Spark.
 */
class ReferenceGoldOnSamplesTest {
  static final LocalDate NOW = LocalDate.of(2026, 10, 31);
  static final List<String> FEEDS = List.of("mar-bcn-persons", "mar-bcn-notices", "mar-bcn-warrants",
      "mar-bcn-travel-documents", "lby-ncb-persons", "lby-ncb-notices", "lby-ncb-warrants", "egy-ncb-persons",
      "egy-ncb-notices", "egy-ncb-warrants", "egy-ncb-travel-documents", "i247-requests", "i247-db-queries",
      "i247-travel-documents");

  @TempDir
  static Path lakehouse;
  static IngestFixture fixture;
  static Dataset<Row> alerts;
  static Path samples;

  @BeforeAll
  static void build() {
    samples = SharedSpark.projectHome().resolve("data-samples");
    fixture = new IngestFixture(lakehouse, "");
    fixture.ingest(FEEDS.toArray(String[]::new));
    JobContext ctx = new JobContext(fixture.spark, fixture.config, fixture.catalog, JobContext.newRunId(),
        Optional.of(Period.parse("2026-10")), Clock.fixed(IngestFixture.TODAY, ZoneOffset.UTC));
    new RaiseAlertsJob().run(ctx);
    new ComputeSharingKpisJob().run(ctx);
    alerts = fixture.table(Table.ALERTS).cache();
  }

  static List<Map<String, String>> truth(String file) throws IOException {
    List<String> lines = Files.readAllLines(samples.resolve("truth").resolve(file), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  static Set<String> standing(String type, String... columns) {
    return StandingAlerts.on(alerts.where("alert_type = '" + type + "'"), NOW).collectAsList().stream()
        .map(r -> java.util.Arrays.stream(columns).map(c -> String.valueOf(r.<Object>getAs(c))).collect(Collectors.joining("|")))
        .collect(Collectors.toSet());
  }

  @Test
  void everyRedNoticeActiveOnAnExpiredWarrantIsFoundAndNothingElse() throws IOException {
    Set<String> expected = truth("expired_warrant_notices.csv").stream().map(r -> r.get("notice_ref")).collect(Collectors.toSet());
    assertTrue(expected.size() > 10, "the sample plants such notices");
    assertEquals(expected, standing("EXPIRED_WARRANT_ACTIVE_NOTICE", "subject_ref"));
  }

  @Test
  void everyNoticeCancelledInOneFeedAndActiveInAnotherIsFoundAndNothingElse() throws IOException {
    Set<String> expected = truth("notice_status_conflicts.csv").stream()
        .map(r -> r.get("notice_ref") + "|" + r.get("feed_active")).collect(Collectors.toSet());
    assertTrue(expected.size() > 10);
    assertEquals(expected, standing("NOTICE_STATUS_CONFLICT", "subject_ref", "source_feed"));
  }

  @Test
  void everyStolenDocumentHitAfterItsReportIsFoundAndNothingElse() throws IOException {
    Set<String> expected = truth("stolen_document_hits.csv").stream()
        .map(r -> r.get("document_number") + "|" + r.get("query_timestamp").substring(0, 10)).collect(Collectors.toSet());
    Set<String> found = alerts.where("alert_type = 'STOLEN_DOCUMENT_HIT'").collectAsList().stream()
        .map(r -> r.getAs("subject_ref") + "|" + r.getAs("event_date")).collect(Collectors.toSet());
    assertTrue(expected.size() > 10);
    assertEquals(expected, found);
  }

  @Test
  void everythingEndingWithinThirtyDaysIsFoundAndNothingElse() throws IOException {
    Map<String, String> kinds = Map.of("notice", "NOTICE_EXPIRING", "warrant", "WARRANT_EXPIRING",
        "travel_document", "DOCUMENT_EXPIRING");
    for (var kind : kinds.entrySet()) {
      Set<String> expected = truth("expiring.csv").stream().filter(r -> r.get("kind").equals(kind.getKey()))
          .map(r -> r.get("feed") + "|" + r.get("ref") + "|" + r.get("expiry_date")).collect(Collectors.toSet());
      assertEquals(expected, standing(kind.getValue(), "source_feed", "subject_ref", "event_date"), kind.getKey());
    }
  }

  @Test
  void overdueRequestsAreExactlyThePlantedOnes() throws IOException {
    Set<String> expected = truth("overdue_requests.csv").stream().map(r -> r.get("request_ref")).collect(Collectors.toSet());
    JobContext ctx = fixture.context();
    Set<String> found = new OverdueRequests(SlaPolicy.from(fixture.config))
        .at(ctx, NOW.atTime(23, 59, 59).toInstant(ZoneOffset.UTC)).collectAsList().stream()
        .map(r -> r.<String>getAs("request_ref")).collect(Collectors.toSet());
    assertTrue(expected.size() > 5);
    assertEquals(expected, found);
  }

  @Test
  void rerunningChangesNoAlert() {
    long version = fixture.catalog.version(fixture.spark, Table.ALERTS).orElseThrow();
    new RaiseAlertsJob().run(fixture.context());
    long after = fixture.catalog.version(fixture.spark, Table.ALERTS).orElseThrow();
    if (after > version) {
      Dataset<Row> changes = fixture.spark.read().format("delta").option("readChangeFeed", "true")
          .option("startingVersion", version + 1).load(fixture.catalog.path(Table.ALERTS));
      assertEquals(0, changes.count(), "a re-run on the same silver tables writes no change");
    }
    assertEquals(alerts.count(), fixture.table(Table.ALERTS).count());
  }

  /** Every KPI of every bureau and month, recomputed here from the raw request and query files. */
  @Test
  void kpisEqualFiguresComputedIndependentlyFromTheRawFiles() throws IOException {
    Independent ind = new Independent(samples.resolve("reference/i247"), badLines());
    Map<String, Row> gold = new HashMap<>();
    for (Row r : fixture.table(Table.KPI_MONTHLY).collectAsList()) {
      gold.put(r.getAs("period") + "/" + r.getAs("bureau"), r);
    }
    assertEquals(ind.keys(), gold.keySet());
    int checked = 0;
    for (String key : ind.keys()) {
      Row g = gold.get(key);
      Map<String, Object> e = ind.kpis(key);
      for (var m : e.entrySet()) {
        Object actual = g.getAs(m.getKey());
        if (m.getValue() instanceof Double d) {
          assertEquals(d, ((Number) actual).doubleValue(), 1e-6, key + " " + m.getKey());
        } else {
          assertEquals(m.getValue(), actual, key + " " + m.getKey());
        }
        checked++;
      }
    }
    assertTrue(checked > 1000);
    // The figure the bureaus quote: database use a year on, region-wide (the generator grows it 30% a year).
    Row region = gold.get("2026-10/ALL");
    double growth = region.<Double>getAs("queries_change_year");
    assertTrue(growth > 0.1 && growth < 0.5, "queries grew " + growth);
  }

  /** Lines of the i247 files that the generator planted as impossible (they are quarantined, so they count nowhere). */
  static Set<String> badLines() throws IOException {
    return truth("reference_bad_records.csv").stream().map(r -> r.get("file") + ":" + r.get("line")).collect(Collectors.toSet());
  }

  /** Plain Java: per bureau and month, the KPI definitions of docs/tables.md applied to the CSV rows. */
  static final class Independent {
    static final Map<String, Double> SLA = Map.of("URGENT", 24.0, "HIGH", 72.0, "NORMAL", 240.0, "LOW", 720.0);
    final Map<String, Map<String, Object>> rows = new TreeMap<>();
    final Map<String, List<Double>> responses = new HashMap<>();
    final Set<String> bureaus = new HashSet<>();
    YearMonth first;
    YearMonth last;

    Independent(Path dir, Set<String> bad) throws IOException {
      List<String[]> requests = read(dir.resolve("requests.csv"), "reference/i247/requests.csv", bad);
      List<String[]> queries = read(dir.resolve("db_queries.csv"), "reference/i247/db_queries.csv", bad);
      for (String[] r : requests) {
        bureaus.add(r[1]);
        bureaus.add(r[2]);
        span(YearMonth.from(Instant.parse(r[5]).atZone(ZoneOffset.UTC)));
        if (!r[6].isEmpty()) {
          span(YearMonth.from(Instant.parse(r[6]).atZone(ZoneOffset.UTC)));
        }
      }
      for (String[] q : queries) {
        bureaus.add(q[1]);
        span(YearMonth.from(Instant.parse(q[3]).atZone(ZoneOffset.UTC)));
      }
      bureaus.add("ALL");
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        for (String b : bureaus) {
          Map<String, Object> k = new HashMap<>();
          for (String c : List.of("requests_sent", "requests_received", "answered", "answered_within_sla", "open_past_sla",
              "queries", "hits")) {
            k.put(c, 0L);
          }
          rows.put(m + "/" + b, k);
        }
      }
      for (String[] r : requests) {
        Instant sent = Instant.parse(r[5]);
        YearMonth sm = YearMonth.from(sent.atZone(ZoneOffset.UTC));
        for (String b : List.of(r[1], "ALL")) {
          add(sm + "/" + b, "requests_sent");
        }
        for (String b : List.of(r[2], "ALL")) {
          add(sm + "/" + b, "requests_received");
        }
        double sla = SLA.get(r[4]);
        Instant due = sent.plusSeconds((long) (sla * 3600));
        Instant answered = r[6].isEmpty() ? null : Instant.parse(r[6]);
        if (answered != null) {
          YearMonth am = YearMonth.from(answered.atZone(ZoneOffset.UTC));
          double hours = (answered.getEpochSecond() - sent.getEpochSecond()) / 3600.0;
          for (String b : List.of(r[2], "ALL")) {
            add(am + "/" + b, "answered");
            responses.computeIfAbsent(am + "/" + b, x -> new ArrayList<>()).add(hours);
            if (hours <= sla) {
              add(am + "/" + b, "answered_within_sla");
            }
          }
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          Instant end = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
          if (due.isBefore(end) && (answered == null || !answered.isBefore(end))) {
            for (String b : List.of(r[2], "ALL")) {
              add(m + "/" + b, "open_past_sla");
            }
          }
        }
      }
      for (String[] q : queries) {
        YearMonth qm = YearMonth.from(Instant.parse(q[3]).atZone(ZoneOffset.UTC));
        for (String b : List.of(q[1], "ALL")) {
          add(qm + "/" + b, "queries");
          if (q[4].equals("yes")) {
            add(qm + "/" + b, "hits");
          }
        }
      }
    }

    private void span(YearMonth m) {
      first = first == null || m.isBefore(first) ? m : first;
      last = last == null || m.isAfter(last) ? m : last;
    }

    private void add(String key, String measure) {
      rows.get(key).merge(measure, 1L, (a, b) -> (Long) a + (Long) b);
    }

    Set<String> keys() {
      return rows.keySet();
    }

    Map<String, Object> kpis(String key) {
      Map<String, Object> k = new HashMap<>(rows.get(key));
      List<Double> rs = responses.get(key);
      if (rs != null) {
        rs.sort(Double::compare);
        k.put("median_response_hours", percentile(rs, 0.5));
        k.put("p90_response_hours", percentile(rs, 0.9));
        k.put("within_sla_share", (Long) k.get("answered_within_sla") / (double) rs.size());
      }
      long queries = (Long) k.get("queries");
      if (queries > 0) {
        k.put("hit_rate", (Long) k.get("hits") / (double) queries);
      }
      String[] pb = key.split("/");
      YearMonth m = YearMonth.parse(pb[0]);
      Map<String, Object> year = rows.get(m.minusMonths(12) + "/" + pb[1]);
      if (year != null && (Long) year.get("queries") > 0) {
        k.put("queries_change_year", queries / (double) (Long) year.get("queries") - 1);
      }
      Map<String, Object> prev = rows.get(m.minusMonths(1) + "/" + pb[1]);
      if (prev != null && (Long) prev.get("requests_received") > 0) {
        k.put("requests_received_change_prev",
            (Long) k.get("requests_received") / (double) (Long) prev.get("requests_received") - 1);
      }
      return k;
    }

    /** Linear interpolation between closest ranks: position p x (n - 1). */
    static double percentile(List<Double> sorted, double p) {
      double pos = p * (sorted.size() - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, sorted.size() - 1);
      return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    private static List<String[]> read(Path file, String relative, Set<String> bad) throws IOException {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String[]> out = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (!bad.contains(relative + ":" + (i + 1))) {
          out.add(lines.get(i).split(",", -1));
        }
      }
      return out;
    }
  }
}
