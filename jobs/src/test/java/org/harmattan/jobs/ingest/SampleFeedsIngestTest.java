package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample (data-samples/, twelve bureau feeds, default configuration) ingested three
 * times into one lakehouse: a first run, a second run that must find nothing new, and a forced
 * re-read that must change nothing. Each run's outcome and the tables after it are captured in
 * {@link #ingest()}; the tests compare them with the planted truth in data-samples/truth/.
 */
class SampleFeedsIngestTest {
  static final List<String> BUREAU_FEEDS = List.of("mar-dgsn", "dza-dgsn", "tun-garde-nationale", "lby-cid", "egy-moi",
      "mrt-police", "mli-police", "ner-police", "tcd-police", "bfa-police", "sdn-police", "nga-npf");

  @TempDir
  static Path lakehouse;
  static IngestFixture fx;
  static IngestResult first;
  static IngestResult second;
  static IngestResult forced;
  /** incident_id -> lineage and link columns, after each run. */
  static Map<String, String> silverAfterFirst;
  static Map<String, String> silverAfterSecond;
  static Map<String, String> silverAfterForced;
  static long silverVersionAfterFirst;
  static long silverVersionAfterSecond;
  static long quarantineAfterFirst;
  static long quarantineAfterForced;
  /** "feed|file|line" -> reason, after the first run. */
  static Map<String, String> quarantinedAfterFirst;
  static Map<String, String> sourceOfFeed = new HashMap<>();

  @BeforeAll
  static void ingest() {
    fx = new IngestFixture(lakehouse, "");
    Vocabulary vocabulary = Vocabulary.load(fx.config.localPath(ConfigKeys.VOCABULARY));
    for (FeedSpec f : FeedCatalog.load(fx.config, vocabulary).select(BUREAU_FEEDS)) {
      sourceOfFeed.put(f.name(), f.source());
    }
    String[] feeds = BUREAU_FEEDS.toArray(String[]::new);
    first = fx.ingest(feeds);
    silverAfterFirst = silverSnapshot();
    silverVersionAfterFirst = fx.catalog.version(fx.spark, Table.INCIDENTS).orElseThrow();
    quarantineAfterFirst = fx.table(Table.QUARANTINE).count();
    quarantinedAfterFirst = new HashMap<>();
    for (Row r : fx.table(Table.QUARANTINE).selectExpr("_feed", "_file", "_line", "reason").collectAsList()) {
      quarantinedAfterFirst.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getLong(2), r.getString(3));
    }
    second = fx.ingest(feeds);
    silverAfterSecond = silverSnapshot();
    silverVersionAfterSecond = fx.catalog.version(fx.spark, Table.INCIDENTS).orElseThrow();
    forced = fx.ingestForced(feeds);
    silverAfterForced = silverSnapshot();
    quarantineAfterForced = fx.table(Table.QUARANTINE).count();
  }

  private static Map<String, String> silverSnapshot() {
    Map<String, String> rows = new TreeMap<>();
    for (Row r : fx.table(Table.INCIDENTS).selectExpr("incident_id",
        "concat_ws('|', _row_hash, coalesce(duplicate_of, '-'), coalesce(cast(duplicate_score AS STRING), '-'), "
            + "_batch_id, _file, cast(_line AS STRING), cast(_updated_at AS STRING))").collectAsList()) {
      String previous = rows.put(r.getString(0), r.getString(1));
      assertTrue(previous == null, "incident_id " + r.getString(0) + " appears twice in silver");
    }
    return rows;
  }

  @Test
  void noRunLeavesItsStagedBatchBehind() throws IOException {
    Path staging = lakehouse.resolve(IngestFeedsJob.STAGING);
    assertTrue(Files.isDirectory(staging), "the runs staged their batches under " + staging);
    try (var left = Files.list(staging)) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void everyBureauFeedSucceedsAndEveryRecordReadIsAcceptedOrQuarantined() {
    assertEquals(BUREAU_FEEDS.size(), first.feeds().size());
    for (FeedRunSummary f : first.feeds()) {
      assertEquals("SUCCEEDED", f.status(), f.feed() + ": " + f.message());
      assertTrue(f.read() > 0, f.feed() + " read nothing");
      assertEquals(f.read(), f.accepted() + f.quarantined(), f.feed());
    }
    assertEquals(first.read(), silverAfterFirst.size() + quarantineAfterFirst,
        "every record read is one silver row or one quarantine row");
    assertEquals(first.inserted(), silverAfterFirst.size());
    List<Row> ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + first.runId() + "'").collectAsList();
    long files = first.feeds().stream().mapToLong(FeedRunSummary::files).sum();
    assertEquals(files, ledger.size(), "one ledger row per file");
    for (Row r : ledger) {
      assertEquals("SUCCEEDED", r.getAs("status"), r.<String>getAs("file"));
      assertEquals(r.<Long>getAs("records_read"), r.<Long>getAs("accepted") + r.<Long>getAs("quarantined"),
          r.<String>getAs("file"));
      // What the next run's quick check compares: the file as it was when hashed.
      Path file = Path.of(java.net.URI.create(r.getAs("file")));
      try {
        assertEquals(Files.size(file), r.<Long>getAs("file_bytes"), file.toString());
        assertEquals(Files.getLastModifiedTime(file).toMillis(), r.<java.sql.Timestamp>getAs("file_modified_at").getTime(),
            file.toString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void quarantinesExactlyThePlantedBadRecordsWithTheirExpectedReason() throws IOException {
    List<String[]> truth = csv(SharedSpark.projectHome().resolve("data-samples/truth/bad_records.csv"));
    assertTrue(truth.size() > 300, "bad records in the truth: " + truth.size());
    Map<String, String> expected = new HashMap<>();
    for (String[] t : truth) {
      expected.put(t[0] + "|" + t[1] + "|" + t[2], t[3]);
    }
    List<String> wrongReason = new ArrayList<>();
    List<String> notQuarantined = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (Map.Entry<String, String> q : quarantinedAfterFirst.entrySet()) {
      String[] k = q.getKey().split("\\|");
      String key = truthKey(k[0], k[1], k[2]);
      String want = expected.get(key);
      if (want == null) {
        unexplained.add(q.getKey() + " " + q.getValue());
      } else {
        matched.add(key);
        if (!want.equals(q.getValue())) {
          wrongReason.add(key + ": expected " + want + ", got " + q.getValue());
        }
      }
    }
    for (String key : expected.keySet()) {
      if (!matched.contains(key)) {
        notQuarantined.add(key + " " + expected.get(key));
      }
    }
    assertTrue(notQuarantined.isEmpty(), notQuarantined.size() + " planted bad records not quarantined: "
        + notQuarantined.stream().limit(20).toList());
    assertTrue(wrongReason.isEmpty(), wrongReason.size() + " with another reason: " + wrongReason.stream().limit(20).toList());
    assertTrue(unexplained.isEmpty(), unexplained.size() + " quarantined records not in truth/bad_records.csv: "
        + unexplained.stream().limit(20).toList());
    assertEquals(expected.size(), quarantineAfterFirst);
  }

  /** The truth's key for a quarantine row: feed, file relative to data-samples/ (a suffix of _file), line. */
  private static String truthKey(String feed, String file, String line) {
    int at = file.indexOf("/feeds/" + feed + "/");
    return feed + "|" + (at < 0 ? file : file.substring(at + 1)) + "|" + line;
  }

  @Test
  void linksThePlantedDoubleReportsWithPrecisionAndRecallOfAtLeastNinetyPercent() throws IOException {
    List<String[]> truth = csv(SharedSpark.projectHome().resolve("data-samples/truth/double_reports.csv"));
    assertTrue(truth.size() > 100, "double reports in the truth: " + truth.size());
    Set<Set<String>> planted = new HashSet<>();
    for (String[] t : truth) {
      String a = IncidentMapper.incidentId(source(t[0]), t[1]);
      String b = IncidentMapper.incidentId(source(t[2]), t[3]);
      planted.add(Set.of(a, b));
    }
    long missingFromSilver = planted.stream().flatMap(Set::stream).filter(id -> !silverAfterFirst.containsKey(id)).count();
    Set<Set<String>> linked = new HashSet<>();
    for (Map.Entry<String, String> e : silverAfterFirst.entrySet()) {
      String dup = e.getValue().split("\\|")[1];
      if (!dup.equals("-")) {
        assertTrue(silverAfterFirst.containsKey(dup), e.getKey() + " points to a missing incident " + dup);
        linked.add(Set.of(e.getKey(), dup));
      }
    }
    long truePositives = linked.stream().filter(planted::contains).count();
    double precision = linked.isEmpty() ? 0 : (double) truePositives / linked.size();
    double recall = (double) planted.stream().filter(linked::contains).count() / planted.size();
    String summary = "links " + linked.size() + ", planted " + planted.size() + ", correct " + truePositives
        + ", precision " + precision + ", recall " + recall + "; records of planted pairs absent from silver: "
        + missingFromSilver;
    org.apache.logging.log4j.LogManager.getLogger(SampleFeedsIngestTest.class).info("Double reports: {}", summary);
    assertTrue(precision >= 0.9, summary);
    assertTrue(recall >= 0.9, summary);
    assertEquals(0, missingFromSilver, summary);
    long duplicates = first.duplicates();
    assertEquals(linked.size(), duplicates, "the run's duplicate count is the number of links; " + summary);
  }

  private static String source(String feed) {
    String s = sourceOfFeed.get(feed);
    assertTrue(s != null, "feed of the truth not among the bureau feeds: " + feed);
    return s;
  }

  @Test
  void aSecondRunFindsNothingNewAndChangesNoSilverRow() {
    for (FeedRunSummary f : second.feeds()) {
      assertEquals("SKIPPED", f.status(), f.feed() + ": " + f.message());
      assertEquals(0, f.files(), f.feed());
      assertEquals(0, f.read(), f.feed());
      assertTrue(f.filesSkipped() > 0, f.feed());
      assertTrue(f.message().contains("already ingested"), f.message());
    }
    assertEquals(0, second.inserted());
    assertEquals(0, second.updated());
    assertEquals(silverVersionAfterFirst, silverVersionAfterSecond, "the second run wrote silver.incidents");
    assertEquals(silverAfterFirst, silverAfterSecond);
    List<Row> ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + second.runId() + "'").collectAsList();
    long firstFiles = first.feeds().stream().mapToLong(FeedRunSummary::files).sum();
    assertEquals(firstFiles, ledger.size(), "one SKIPPED ledger row per file");
    for (Row r : ledger) {
      assertEquals("SKIPPED", r.getAs("status"), r.<String>getAs("file"));
      String message = r.getAs("message");
      assertTrue(message.contains("already ingested") && message.contains(first.runId()), message);
      assertTrue(message.contains("not re-read"), "unchanged files are skipped without being hashed: " + message);
    }
  }

  @Test
  void aForcedReRunLeavesSilverAndQuarantineUnchanged() {
    for (FeedRunSummary f : forced.feeds()) {
      assertEquals("SUCCEEDED", f.status(), f.feed() + ": " + f.message());
      FeedRunSummary before = first.feeds().stream().filter(s -> s.feed().equals(f.feed())).findFirst().orElseThrow();
      assertEquals(before.read(), f.read(), f.feed());
      assertEquals(before.quarantined(), f.quarantined(), f.feed());
    }
    assertEquals(silverAfterFirst.size(), silverAfterForced.size());
    List<String> changed = silverAfterFirst.keySet().stream()
        .filter(id -> !silverAfterFirst.get(id).equals(silverAfterForced.get(id)))
        .map(id -> id + ": " + silverAfterFirst.get(id) + " -> " + silverAfterForced.get(id))
        .collect(Collectors.toList());
    assertTrue(changed.isEmpty(), changed.size() + " silver rows changed: " + changed.stream().limit(5).toList());
    assertEquals(quarantineAfterFirst, quarantineAfterForced, "quarantine rows added by the forced run");
  }

  /** The run's result reports what its MERGE did, not what an earlier commit did. */
  @Test
  void aForcedReRunReportsNoSilverRowInsertedOrUpdated() {
    assertEquals(0, forced.inserted(), "rows inserted by the forced run");
    assertEquals(0, forced.updated(), "rows updated by the forced run");
  }

  private static List<String[]> csv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isBlank()) {
        rows.add(l.split(",", -1));
      }
    }
    assertFalse(rows.isEmpty(), file + " is empty");
    return rows;
  }
}
