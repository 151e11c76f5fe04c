package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.harmattan.core.ConfigException;
import org.harmattan.core.catalog.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds that cannot be read at all (src/test/resources/unreadable/): no file matches, a required
 * column is missing, the file is not the declared format, the conf names an unknown format. A
 * feed that cannot be read fails whole, writes nothing and leaves a FAILED ledger row; the other
 * feeds of the run are ingested.
 */
class UnreadableFeedTest {
  static final List<String> FAILING = List.of("no-file", "missing-column", "not-xlsx");
  static final List<Table> DATA_TABLES = List.of(Table.BRONZE_FEED_RECORDS, Table.INCIDENTS, Table.QUARANTINE);

  @TempDir
  static Path temp;
  static Path resources;
  static IngestFixture fx;
  /** Only failing feeds, on an empty lakehouse. */
  static IngestResult failingOnly;
  static Map<Table, Optional<Long>> versionsAfterFailingOnly;
  /** Every feed of the folder: ok-feed and the failing ones. */
  static IngestResult mixed;
  static Map<Table, Optional<Long>> versionsAfterMixed;
  /** The failing feeds again, on a lakehouse that has tables. */
  static IngestResult failingAgain;
  static Map<Table, Optional<Long>> versionsAfterFailingAgain;

  @BeforeAll
  static void ingest() throws URISyntaxException {
    resources = Path.of(UnreadableFeedTest.class.getResource("/unreadable").toURI());
    fx = new IngestFixture(temp.resolve("lakehouse"), "harmattan.feeds.dir = \"" + resources.resolve("feeds") + "\"\n"
        + "harmattan.samples.dir = \"" + resources + "\"\n");
    failingOnly = fx.ingest(FAILING.toArray(String[]::new));
    versionsAfterFailingOnly = versions();
    mixed = fx.ingest();
    versionsAfterMixed = versions();
    failingAgain = fx.ingest(FAILING.toArray(String[]::new));
    versionsAfterFailingAgain = versions();
  }

  private static Map<Table, Optional<Long>> versions() {
    return Map.of(Table.BRONZE_FEED_RECORDS, fx.catalog.version(fx.spark, Table.BRONZE_FEED_RECORDS),
        Table.INCIDENTS, fx.catalog.version(fx.spark, Table.INCIDENTS),
        Table.QUARANTINE, fx.catalog.version(fx.spark, Table.QUARANTINE));
  }

  private static FeedRunSummary summary(IngestResult r, String feed) {
    return r.feeds().stream().filter(f -> f.feed().equals(feed)).findFirst()
        .orElseThrow(() -> new AssertionError("no summary for " + feed + " in " + r.feeds()));
  }

  @Test
  void aFeedWhoseGlobMatchesNoFileFailsNamingThePattern() {
    for (IngestResult r : List.of(failingOnly, mixed, failingAgain)) {
      FeedRunSummary f = summary(r, "no-file");
      assertEquals("FAILED", f.status());
      assertEquals("no file matches " + resources.resolve("files/none/*.csv"), f.message());
    }
  }

  @Test
  void aFileWithoutARequiredColumnFailsItsFeedNamingTheColumnAndTheHeader() {
    FeedRunSummary f = summary(mixed, "missing-column");
    assertEquals("FAILED", f.status());
    assertTrue(f.message().startsWith("file '") && f.message().contains("missing-column/mli-2026-10.csv'"), f.message());
    assertTrue(f.message().endsWith("required column 'Infraction' missing; the file has: Référence, Date, Nature, Latitude, Longitude"),
        f.message());
  }

  @Test
  void aFileThatIsNotTheDeclaredFormatFailsItsFeed() {
    FeedRunSummary f = summary(mixed, "not-xlsx");
    assertEquals("FAILED", f.status());
    assertTrue(f.message().contains("not-xlsx/tcd-2026-10.xlsx'") && f.message().contains("cannot read it as xlsx"),
        f.message());
  }

  @Test
  void aFailedFeedReadsNothingAndLeavesAFailedLedgerRowWithItsMessage() {
    for (IngestResult r : List.of(failingOnly, mixed, failingAgain)) {
      assertTrue(r.anyFailed());
      List<Row> ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + r.runId() + "' AND status = 'FAILED'")
          .collectAsList();
      assertEquals(FAILING.size(), ledger.size(), "FAILED ledger rows of run " + r.runId());
      for (String feed : FAILING) {
        FeedRunSummary f = summary(r, feed);
        assertEquals(0, f.files(), feed);
        assertEquals(0, f.read(), feed);
        Row row = ledger.stream().filter(l -> feed.equals(l.getAs("feed"))).findFirst().orElseThrow();
        assertNull(row.getAs("file"), feed);
        assertEquals(f.message(), row.getAs("message"), feed);
        assertEquals(0L, row.<Long>getAs("records_read"), feed);
      }
    }
  }

  @Test
  void aRunOfOnlyFailingFeedsCreatesNoTable() {
    for (Table t : DATA_TABLES) {
      assertEquals(Optional.empty(), versionsAfterFailingOnly.get(t), t.qualifiedName());
    }
    assertEquals(0, failingOnly.inserted());
  }

  @Test
  void failingFeedsWriteNoRowAndChangeNoTableVersion() {
    for (Table t : DATA_TABLES) {
      assertTrue(versionsAfterMixed.get(t).isPresent(), t.qualifiedName());
      assertEquals(versionsAfterMixed.get(t), versionsAfterFailingAgain.get(t), t.qualifiedName() + " written by failing feeds");
    }
    String failing = "('" + String.join("', '", FAILING) + "')";
    assertEquals(0, fx.table(Table.BRONZE_FEED_RECORDS).where("_feed IN " + failing).count());
    assertEquals(0, fx.table(Table.QUARANTINE).where("_feed IN " + failing).count());
    assertEquals(0, fx.table(Table.INCIDENTS).where("source_feed IN " + failing).count());
  }

  @Test
  void anEmptyJsonLinesFileIsAMonthWithoutRecordsNotAFailure() {
    FeedRunSummary f = summary(mixed, "empty-month");
    assertEquals("SUCCEEDED", f.status(), f.message());
    assertEquals(2, f.read());
    assertEquals(2, f.accepted());
    assertEquals(2, fx.table(Table.INCIDENTS).where("source_feed = 'empty-month'").count());
    // Both files are recorded as ingested, so the empty one is not planned again.
    List<String> files = fx.table(Table.RUN_LEDGER).where("run_id = '" + mixed.runId() + "' AND feed = 'empty-month'")
        .select("file").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertTrue(files.stream().anyMatch(p -> p.endsWith("egy-2026-11.jsonl")), "ledger files: " + files);
  }

  @Test
  void theOtherFeedsOfTheRunAreIngested() {
    FeedRunSummary ok = summary(mixed, "ok-feed");
    assertEquals("SUCCEEDED", ok.status(), ok.message());
    assertEquals(3, ok.read());
    assertEquals(2, ok.accepted());
    assertEquals(1, ok.quarantined());
    assertEquals(5, mixed.feeds().size());
    assertEquals(2, fx.table(Table.INCIDENTS).where("source_feed = 'ok-feed'").count());
    assertEquals(3, fx.table(Table.BRONZE_FEED_RECORDS).where("_feed = 'ok-feed'").count());
    Row q = fx.table(Table.QUARANTINE).where("_feed = 'ok-feed'").first();
    assertEquals("UNKNOWN_CATEGORY", q.getAs("reason"));
    List<Row> ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + mixed.runId() + "' AND feed = 'ok-feed'").collectAsList();
    assertEquals(1, ledger.size());
    assertEquals("SUCCEEDED", ledger.get(0).getAs("status"));
    assertEquals(3L, ledger.get(0).<Long>getAs("records_read"));
  }

  @Test
  void anUnknownFormatInAFeedConfIsAConfigErrorNamingTheFileAndKeyAndNothingIsWritten() {
    Path lakehouse = temp.resolve("lakehouse-unknown-format");
    IngestFixture bad = new IngestFixture(lakehouse, "harmattan.feeds.dir = \"" + resources.resolve("unknown-format-feeds")
        + "\"\nharmattan.samples.dir = \"" + resources + "\"\n");
    ConfigException e = assertThrows(ConfigException.class, bad::ingest);
    String conf = resources.resolve("unknown-format-feeds/parquet-feed.conf").toString();
    assertEquals("Feed file '" + conf + "' (feed 'parquet-feed') key 'format': unknown format 'parquet', expected csv, "
        + "jsonl, json or xlsx", e.getMessage());
    for (Table t : Table.values()) {
      assertFalse(bad.catalog.exists(bad.spark, t), t.qualifiedName() + " was created");
    }
  }
}
