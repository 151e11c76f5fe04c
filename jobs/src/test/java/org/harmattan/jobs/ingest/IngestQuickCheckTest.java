package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.ledger.LedgerEntry;
import org.harmattan.core.ledger.RunLedger;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner's quick check, on a ledger that says the file was ingested: a file whose path, size
 * and modification time match keeps its digest without being read; a changed time has it hashed
 * again; with the check off every file is hashed. "Not read" is shown the only way that cannot be
 * faked: content changed behind the planner's back, size and time put back, is trusted until the
 * check is off. (SampleFeedsIngestTest checks that a real run records size and time, and that its
 * second run skips on them.)
 */
class IngestQuickCheckTest {
  @TempDir
  Path temp;

  @Test
  void anUnchangedFileIsNotReadAgainAndAChangedTimeHasItHashed() throws Exception {
    Path file = feedFolder();
    IngestFixture fx = new IngestFixture(temp.resolve("lakehouse"), "harmattan.feeds.dir = \"" + temp.resolve("feeds")
        + "\"\nharmattan.samples.dir = \"" + temp + "\"\n");
    Vocabulary vocabulary = Vocabulary.load(fx.config.localPath(ConfigKeys.VOCABULARY));
    FeedSpec feed = FeedCatalog.load(fx.config, vocabulary).select(List.of("ok-feed")).get(0);
    HadoopFiles files = new HadoopFiles(fx.spark.sparkContext().hadoopConfiguration());
    RunLedger ledger = new RunLedger(fx.spark, fx.catalog);
    HadoopFiles.Listed listed = files.glob(file.toString()).get(0);
    ledger.append(List.of(new LedgerEntry("run-1", "ingest", "ok-feed", listed.path(), files.sha256(listed.path()),
        listed.bytes(), listed.modifiedAt(), Instant.now(), Instant.now(), LedgerEntry.Status.SUCCEEDED, 2, 2, 0, 0, 2, 0,
        Map.of(), null)));
    IngestPlanner quick = new IngestPlanner(files, ledger, 100, true);
    IngestPlanner hashing = new IngestPlanner(files, ledger, 100, false);

    // Untouched: skipped on the ledger's word.
    IngestPlanner.Skipped unchanged = skippedOnly(quick, feed);
    assertTrue(unchanged.reason().contains("in run run-1") && unchanged.reason().contains("not re-read"),
        unchanged.reason());

    // Touched (new time, same bytes): hashed again, and skipped because the content is known.
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
    IngestPlanner.Skipped touched = skippedOnly(quick, feed);
    assertTrue(touched.reason().contains("already ingested (same content) in run run-1"), touched.reason());
    assertFalse(touched.reason().contains("not re-read"), touched.reason());

    // Edited in place to the same size, its recorded time put back: the quick check cannot see it...
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String edited = text.replace("OK-1;05/10/2026", "OK-1;07/10/2026");
    assertEquals(text.length(), edited.length());
    Files.writeString(file, edited, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(listed.modifiedAt()));
    assertTrue(skippedOnly(quick, feed).reason().contains("not re-read"));
    // ...and with the check off the file is hashed, found new, and planned for reading.
    IngestPlanner.FeedPlan full = plan(hashing, feed);
    assertEquals(List.of(), full.skipped());
    assertEquals(1, full.tasks().size());
    assertEquals(files.sha256(listed.path()), full.tasks().get(0).sha256());
  }

  private static IngestPlanner.FeedPlan plan(IngestPlanner planner, FeedSpec feed) {
    List<IngestPlanner.FeedPlan> plans = planner.plan(List.of(feed), false, line -> { });
    assertEquals(1, plans.size());
    assertFalse(plans.get(0).failed(), plans.get(0).failure());
    return plans.get(0);
  }

  private static IngestPlanner.Skipped skippedOnly(IngestPlanner planner, FeedSpec feed) {
    IngestPlanner.FeedPlan plan = plan(planner, feed);
    assertEquals(List.of(), plan.tasks());
    assertEquals(1, plan.skipped().size());
    return plan.skipped().get(0);
  }

  /** The ok-feed of the unreadable corpus, its one file copied where the test may change it. */
  private Path feedFolder() throws IOException, URISyntaxException {
    Path corpus = Path.of(getClass().getResource("/unreadable").toURI());
    Files.createDirectories(temp.resolve("feeds"));
    Files.copy(corpus.resolve("feeds/ok-feed.conf"), temp.resolve("feeds/ok-feed.conf"));
    Path file = Files.createDirectories(temp.resolve("files/ok")).resolve("mli-2026-10.csv");
    Files.copy(corpus.resolve("files/ok/mli-2026-10.csv"), file);
    return file;
  }
}
