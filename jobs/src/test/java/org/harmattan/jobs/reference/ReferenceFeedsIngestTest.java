package org.harmattan.jobs.reference;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.FeedRunSummary;
import org.harmattan.jobs.ingest.IngestFixture;
import org.harmattan.jobs.ingest.IngestResult;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed reference feeds (data-samples/reference, fourteen feeds of four bureaus) ingested
 * into one lakehouse, then read again by force; compared with the planted impossible records of
 * data-samples/truth/reference_bad_records.csv.
 */
class ReferenceFeedsIngestTest {
  static final List<String> REFERENCE_FEEDS = List.of("mar-bcn-persons", "lby-ncb-persons", "egy-ncb-persons",
      "mar-bcn-notices", "lby-ncb-notices", "egy-ncb-notices", "mar-bcn-warrants", "lby-ncb-warrants", "egy-ncb-warrants",
      "mar-bcn-travel-documents", "egy-ncb-travel-documents", "i247-travel-documents", "i247-requests", "i247-db-queries");
  static final List<Table> TABLES = List.of(Table.PERSONS, Table.NOTICES, Table.WARRANTS, Table.TRAVEL_DOCUMENTS,
      Table.REQUESTS, Table.DB_QUERIES);

  @TempDir
  static Path lakehouse;
  static IngestFixture fx;
  static IngestResult first;
  static IngestResult forced;
  /** "file relative to data-samples|line" -> reason. */
  static Map<String, String> quarantined = new TreeMap<>();
  static Map<Table, Map<String, String>> afterFirst = new TreeMap<>();
  static Map<Table, Map<String, String>> afterForced = new TreeMap<>();
  static String logs;

  @BeforeAll
  static void ingest() {
    fx = new IngestFixture(lakehouse, "");
    String[] feeds = REFERENCE_FEEDS.toArray(String[]::new);
    try (LogCapture capture = new LogCapture()) {
      first = fx.ingest(feeds);
      logs = capture.text();
    }
    for (Row r : fx.table(Table.QUARANTINE).selectExpr("_file", "_line", "reason", "message").collectAsList()) {
      String file = r.getString(0);
      quarantined.put(file.substring(file.indexOf("reference/")) + "|" + r.getLong(1), r.getString(2) + " " + r.getString(3));
    }
    snapshot(afterFirst);
    forced = fx.ingestForced(feeds);
    snapshot(afterForced);
  }

  private static void snapshot(Map<Table, Map<String, String>> into) {
    for (Table t : TABLES) {
      ReferenceTarget target = ReferenceTargets.of(t);
      String key = target.versioned() ? "concat(" + target.keyColumn() + ", '@', cast(valid_from AS STRING))" : target.keyColumn();
      Map<String, String> rows = new TreeMap<>();
      for (Row r : fx.table(t).selectExpr(key, "concat_ws('|', _row_hash, _batch_id, cast(_updated_at AS STRING))")
          .collectAsList()) {
        assertTrue(rows.put(r.getString(0), r.getString(1)) == null, t + ": " + r.getString(0) + " twice");
      }
      into.put(t, rows);
    }
  }

  @Test
  void everyReferenceFeedSucceedsAndEveryRecordReadIsAcceptedOrQuarantined() {
    assertEquals(REFERENCE_FEEDS.size(), first.feeds().size());
    for (FeedRunSummary f : first.feeds()) {
      assertEquals("SUCCEEDED", f.status(), f.feed() + ": " + f.message());
      assertTrue(f.read() > 0, f.feed() + " read nothing");
      assertEquals(f.read(), f.accepted() + f.quarantined(), f.feed());
    }
    for (Row r : fx.table(Table.RUN_LEDGER).where("run_id = '" + first.runId() + "'").collectAsList()) {
      assertEquals("SUCCEEDED", r.getAs("status"), r.<String>getAs("file"));
      assertEquals(r.<Long>getAs("records_read"), r.<Long>getAs("accepted") + r.<Long>getAs("quarantined"),
          r.<String>getAs("file"));
      assertTrue(r.<Long>getAs("inserted") > 0, r.<String>getAs("file"));
    }
  }

  @Test
  void quarantinesExactlyThePlantedImpossibleRecordsWithTheirExpectedReason() throws IOException {
    List<String> lines = Files.readAllLines(SharedSpark.projectHome().resolve("data-samples/truth/reference_bad_records.csv"),
        StandardCharsets.UTF_8);
    Map<String, String> expected = new TreeMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] t = l.split(",", -1);
      expected.put(t[1] + "|" + t[2], t[3]);
    }
    assertEquals(38, expected.size());
    List<String> problems = new ArrayList<>();
    expected.forEach((k, reason) -> {
      String got = quarantined.get(k);
      if (got == null || !got.startsWith(reason + " ")) {
        problems.add(k + ": expected " + reason + ", got " + got);
      }
    });
    quarantined.forEach((k, got) -> {
      if (!expected.containsKey(k)) {
        problems.add(k + ": not planted, got " + got);
      }
    });
    assertTrue(problems.isEmpty(), problems.size() + " differences: " + problems.stream().limit(30).toList());
  }

  /**
   * A conf that names a column the files do not have would leave it empty in silver without a word.
   * One query per feed counts the filled values of all its mapped columns.
   */
  @Test
  void everyMappedColumnOfEveryReferenceFeedIsFilledForSomeRecord() {
    Vocabulary vocabulary = Vocabulary.load(fx.config.localPath(ConfigKeys.VOCABULARY));
    List<String> empty = new ArrayList<>();
    for (FeedSpec f : FeedCatalog.load(fx.config, vocabulary).select(REFERENCE_FEEDS)) {
      Table table = ReferenceTargets.ALL.stream().filter(t -> t.name().equals(f.target())).findFirst().orElseThrow().table();
      List<String> canonical = List.copyOf(f.columns().keySet());
      Column[] filled = canonical.stream()
          .map(c -> count(col(c.equals("offence") ? "offence_reported" : c))).toArray(Column[]::new);
      Row counts = fx.table(table).where(col("source_feed").equalTo(f.source()))
          .agg(filled[0], Arrays.copyOfRange(filled, 1, filled.length)).first();
      for (int i = 0; i < canonical.size(); i++) {
        if (counts.getLong(i) == 0) {
          empty.add(f.name() + "." + canonical.get(i));
        }
      }
    }
    assertTrue(empty.isEmpty(), "mapped but never filled: " + empty);
  }

  @Test
  void refusalMessagesNameFeedLineColumnAndValues() {
    String message = quarantined.get("reference/mar-bcn/notices.csv|12");
    assertTrue(message.contains("Feed 'mar-bcn-notices' line 12 column 'Date d'annulation'"), message);
    assertTrue(message.matches(".*cancelled on \\d{4}-\\d\\d-\\d\\d, before the notice was issued on \\d{4}-\\d\\d-\\d\\d.*"),
        message);
    String unknown = quarantined.get("reference/lby-ncb/warrants.csv|26");
    assertTrue(unknown.contains("column 'الرقم المرجعي للشخص'") && unknown.contains("source 'lby-ncb'"), unknown);
  }

  /** Names, dates of birth and document numbers of the sample feeds, as received and as stored. */
  @Test
  void noPersonalFieldReachesTheLogsDuringAReferenceIngest() {
    assertTrue(logs.contains("IngestFeedsJob") || logs.length() > 1000, "nothing captured: is logging on? " + logs.length());
    List<String> personal = new ArrayList<>();
    for (Row r : fx.table(Table.PERSONS).selectExpr("name_latin", "name_arabic", "cast(date_of_birth AS STRING)",
        "date_format(date_of_birth, 'dd/MM/yyyy')").collectAsList()) {
      for (int i = 0; i < 4; i++) {
        if (!r.isNullAt(i)) {
          personal.add(r.getString(i));
        }
      }
    }
    fx.table(Table.TRAVEL_DOCUMENTS).select("document_number").collectAsList().forEach(r -> personal.add(r.getString(0)));
    assertTrue(personal.size() > 2000, "personal values checked: " + personal.size());
    List<String> leaked = personal.stream().distinct().filter(logs::contains).limit(10).toList();
    assertTrue(leaked.isEmpty(), "personal values in the logs: " + leaked.size());
  }

  /**
   * Delta writes each data file's minimum and maximum per column into its log: the personal columns
   * are left out of those statistics (DESCRIBE DETAIL, and the statistics in the log files
   * themselves), while the other columns keep theirs for data skipping.
   */
  @Test
  void personalColumnsAreLeftOutOfDeltaFileStatistics() throws IOException {
    Map<Table, List<String>> personal = Map.of(Table.PERSONS, List.of("name_latin", "name_arabic", "date_of_birth"),
        Table.TRAVEL_DOCUMENTS, List.of("document_number"), Table.BRONZE_FEED_RECORDS, List.of("_raw"));
    for (Map.Entry<Table, List<String>> e : personal.entrySet()) {
      String path = fx.catalog.path(e.getKey());
      Map<String, String> properties = scala.jdk.javaapi.CollectionConverters.asJava(
          io.delta.tables.DeltaTable.forPath(fx.spark, path).detail().first()
              .<scala.collection.Map<String, String>>getAs("properties"));
      List<String> statsColumns = List.of(properties.getOrDefault("delta.dataSkippingStatsColumns", "").split(","));
      assertTrue(statsColumns.size() > 3, e.getKey() + " keeps statistics on: " + statsColumns);
      StringBuilder commits = new StringBuilder();
      try (var files = Files.list(Path.of(path, "_delta_log"))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
          commits.append(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
      String log = commits.toString();
      // The form a column takes in the log's statistics, seen on a column that keeps them.
      String kept = "\\\"" + statsColumns.get(0) + "\\\":";
      assertTrue(log.contains("minValues") && log.contains(kept), e.getKey() + ": no statistics of " + statsColumns.get(0));
      for (String column : e.getValue()) {
        assertTrue(!statsColumns.contains(column), e.getKey() + " keeps statistics on " + column);
        assertTrue(!log.contains("\\\"" + column + "\\\":"), e.getKey() + ": the log holds statistics of " + column);
      }
    }
  }

  @Test
  void aForcedReRunChangesNoSilverRow() {
    assertEquals(0, forced.inserted(), "rows inserted by the forced run");
    assertEquals(0, forced.updated(), "rows updated by the forced run");
    for (Table t : TABLES) {
      assertTrue(afterFirst.get(t).size() > 0, t + " is empty");
      assertEquals(afterFirst.get(t), afterForced.get(t), t.qualifiedName());
    }
  }
}
