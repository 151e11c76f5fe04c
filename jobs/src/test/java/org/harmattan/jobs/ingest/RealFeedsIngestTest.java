package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real public feeds (UCDP, IOM) ingested once into one lakehouse; each test reads it. */
class RealFeedsIngestTest {
  @TempDir
  static Path lakehouse;
  static IngestFixture fx;
  static IngestResult result;

  @BeforeAll
  static void ingest() {
    fx = new IngestFixture(lakehouse, "");
    result = fx.ingest("ucdp-ged", "ucdp-candidate", "ucdp-ged-hdx-nga", "iom-missing-migrants");
  }

  @Test
  void everyRecordReadEndsInSilverOrQuarantine() {
    for (FeedRunSummary f : result.feeds()) {
      assertEquals("SUCCEEDED", f.status(), f.feed() + ": " + f.message());
      assertEquals(f.read(), f.accepted() + f.quarantined(), f.feed());
    }
    long silver = fx.table(Table.INCIDENTS).count();
    long quarantine = fx.table(Table.QUARANTINE).count();
    assertEquals(result.read(), silver + quarantine);
    assertEquals(result.read(), fx.table(Table.BRONZE_FEED_RECORDS).count());
  }

  @Test
  void readsTheUcdpFilesCompletelyDespiteNewlinesInsideQuotedFields() {
    FeedRunSummary ged = summary("ucdp-ged");
    assertEquals(4556, ged.read());
    assertEquals(1095 + 428, summary("ucdp-candidate").read());
    // The HDX re-save has 4,603 events plus its HXL hashtag row, which has no record id.
    FeedRunSummary hdx = summary("ucdp-ged-hdx-nga");
    assertEquals(4604, hdx.read());
    assertEquals(1, hdx.quarantined());
    assertEquals(7102, summary("iom-missing-migrants").read());
  }

  @Test
  void computesUcdpsOwnPrioGridCellForAtLeast99PercentOfEvents() {
    Dataset<Row> silver = fx.table(Table.INCIDENTS).where(col("source").startsWith("UCDP"))
        .selectExpr("source_feed AS feed", "_file AS file", "_line AS line", "prio_gid");
    Dataset<Row> bronze = fx.table(Table.BRONZE_FEED_RECORDS)
        .selectExpr("_feed AS feed", "_file AS file", "_line AS line", "CAST(TRY_CAST(_fields['priogrid_gid'] AS DOUBLE) AS INT) AS ucdp_gid").where("ucdp_gid IS NOT NULL");
    Dataset<Row> ucdp = silver.join(bronze, scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of("feed", "file", "line")).toSeq());
    long all = ucdp.count();
    long agree = ucdp.where("prio_gid = ucdp_gid").count();
    assertTrue(all > 10_000, "UCDP events in silver: " + all);
    assertTrue(agree >= 0.99 * all, agree + " of " + all + " agree");
  }

  @Test
  void refusesIomRecordsOutsideTheRegionWithAReason() {
    Dataset<Row> q = fx.table(Table.QUARANTINE).where("_feed = 'iom-missing-migrants' AND reason = 'OUTSIDE_REGION'");
    assertTrue(q.count() > 1000, "IOM records outside the region: " + q.count());
    Row spain = q.where("raw LIKE '%\"country_of_incident\":\"Spain\"%'").first();
    assertTrue(spain.<String>getAs("message").contains("country 'Spain' (ESP) is outside the region"), spain.<String>getAs("message"));
  }

  private FeedRunSummary summary(String feed) {
    return result.feeds().stream().filter(f -> f.feed().equals(feed)).findFirst().orElseThrow();
  }
}
