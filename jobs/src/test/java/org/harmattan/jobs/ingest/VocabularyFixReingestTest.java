package org.harmattan.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quarantine rows across re-reads of a file: an analyst fixes the vocabulary for a refused value and
 * re-reads the file with --force; a file whose run committed its tables but not its ledger is read again.
 */
class VocabularyFixReingestTest {
  @TempDir
  Path dir;

  private void writeConf(String extraValues) throws IOException {
    Files.writeString(dir.resolve("feeds/tst-police.conf"), """
        feed {
          name = "tst-police"
          source = "TST-POLICE"
          format = csv
          paths = ["%s/files/*.csv"]
          csv { delimiter = ";" }
          decimal-comma = true
          date-patterns = ["dd/MM/yyyy"]
          reporting-country = NER
          record-id = ["ref"]
          columns { event_date = "date", category = "nature", latitude = "lat", longitude = "lon" }
          required = [event_date, category, latitude, longitude]
          %s
        }
        """.formatted(dir.toString().replace("\\", "/"), extraValues), StandardCharsets.UTF_8);
  }

  /** The feed's one file with these lines after the header, its conf, and a fixture on a new lakehouse. */
  private IngestFixture feedWithFile(String records) throws IOException {
    Files.createDirectories(dir.resolve("feeds"));
    Files.createDirectories(dir.resolve("files"));
    Files.writeString(dir.resolve("files/2026-09.csv"), "ref;date;nature;lat;lon\n" + records, StandardCharsets.UTF_8);
    writeConf("");
    return new IngestFixture(dir.resolve("lake"), "harmattan.feeds.dir = \"" + dir.resolve("feeds") + "\"");
  }

  @Test
  void aRecordRefusedForAnUnknownCategoryMovesFromQuarantineToSilverWhenTheFeedLearnsTheWord() throws IOException {
    IngestFixture fx = feedWithFile("""
        A-1;03/09/2026;Trafic de migrants;16,97;7,99
        A-2;04/09/2026;Trafic de bétail;17,01;8,02
        """);

    IngestResult first = fx.ingest("tst-police");
    assertEquals(1, first.accepted());
    List<Row> refused = fx.table(Table.QUARANTINE).collectAsList();
    assertEquals(1, refused.size());
    assertEquals("UNKNOWN_CATEGORY", refused.get(0).getAs("reason"));
    assertEquals("Feed 'tst-police' line 3 column 'nature': unknown category 'Trafic de bétail'", refused.get(0).getAs("message"));

    writeConf("values { category { \"trafic de betail\" = TOBACCO_SMUGGLING } }");
    IngestResult again = fx.ingestForced("tst-police");
    assertEquals(2, again.accepted());
    assertEquals(0, again.quarantined());
    assertEquals(1, again.inserted());
    assertEquals(0, fx.table(Table.QUARANTINE).count(), "the record is no longer refused");
    assertEquals(2, fx.table(Table.INCIDENTS).count());
    assertEquals(1, fx.table(Table.INCIDENTS).where("source_record_id = 'A-2' AND category = 'TOBACCO_SMUGGLING'").count());
    Row ledger = fx.table(Table.RUN_LEDGER).where("run_id = '" + again.runId() + "'").first();
    assertEquals(2L, ledger.<Long>getAs("records_read"));
    assertEquals(1L, ledger.<Long>getAs("inserted"), "the file's record that now passes");
    assertEquals(0L, ledger.<Long>getAs("updated"), "the record accepted before is unchanged");
    Row firstLedger = fx.table(Table.RUN_LEDGER).where("run_id = '" + first.runId() + "'").first();
    assertEquals(1L, firstLedger.<Long>getAs("inserted"));
    assertEquals(1L, firstLedger.<Long>getAs("quarantined"));
  }

  @Test
  void aFileReadAgainAfterItsLedgerEntryWasLostAddsNoQuarantineRowTwice() throws IOException {
    IngestFixture fx = feedWithFile("""
        A-1;03/09/2026;Trafic de migrants;16,97;7,99
        A-2;04/09/2026;Trafic de bétail;17,01;8,02
        A-3;05/09/2026;Trafic de migrants;95,00;8,02
        """);
    IngestResult first = fx.ingest("tst-police");
    assertEquals(2, first.quarantined());
    assertEquals(2, fx.table(Table.QUARANTINE).count());

    // The run's tables were committed, then the process died before its ledger entry was written.
    io.delta.tables.DeltaTable.forPath(fx.spark, fx.catalog.path(Table.RUN_LEDGER)).delete("run_id = '" + first.runId() + "'");
    IngestResult again = fx.ingest("tst-police");
    assertEquals(3, again.read(), "the file is read again: the ledger does not know it");
    assertEquals(2, again.quarantined());
    assertEquals(2, fx.table(Table.QUARANTINE).count(), "the same two refused lines, once each");
    assertEquals(2, fx.table(Table.QUARANTINE).select("_line").distinct().count());
    assertEquals(1, fx.table(Table.INCIDENTS).count());
  }
}
