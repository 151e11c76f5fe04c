package org.harmattan.jobs.maintenance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.Table;
import org.harmattan.jobs.ingest.IngestFixture;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.Action;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.OptimizeResult;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.TableOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maintenance on a lakehouse shaped like one after a year or two of monthly runs: many small files. */
class OptimizeTablesJobTest {
  @TempDir
  Path lakehouse;

  @Test
  void compactsSmallFilesRewritesIncidentsInDateOrderAndVacuumsWithoutChangingARow() {
    // 1 MB target: 256 KB is small; the files are about 130 KB, the table about 3 MB.
    IngestFixture fx = new IngestFixture(lakehouse,
        "harmattan.maintenance { target-file-mb = 1, vacuum-retention-hours = 0 }");
    writeMonthlyRuns(fx);
    Dataset<Row> incidentsBefore = fx.table(Table.INCIDENTS).localCheckpoint();
    Dataset<Row> quarantineBefore = fx.table(Table.QUARANTINE).localCheckpoint();

    OptimizeResult result = new OptimizeTablesJob().run(fx.context(), false, false);

    TableOutcome incidents = outcome(result, Table.INCIDENTS);
    assertEquals(Action.ORDERED_BY_DATE, incidents.action());
    assertEquals(24, incidents.before().files());
    assertTrue(incidents.after().files() >= 2 && incidents.after().files() <= 4,
        "about 3 MB in files of up to 1 MB: " + incidents.after());
    assertEquals(0, sameRows(incidentsBefore, fx.table(Table.INCIDENTS)));
    // Every file holds its own range of dates: a month's run reads the one or two files around it.
    List<Row> ranges = fx.table(Table.INCIDENTS).groupBy(col("_metadata.file_path"))
        .agg(min("event_date"), max("event_date")).orderBy(min("event_date")).collectAsList();
    assertEquals(incidents.after().files(), ranges.size());
    for (int i = 1; i < ranges.size(); i++) {
      assertTrue(!ranges.get(i).getDate(1).before(ranges.get(i - 1).getDate(2)),
          "overlapping files: " + ranges.get(i - 1) + " / " + ranges.get(i));
    }

    TableOutcome quarantine = outcome(result, Table.QUARANTINE);
    assertEquals(Action.COMPACTED, quarantine.action());
    assertEquals(12, quarantine.before().files());
    assertEquals(1, quarantine.after().files());
    assertEquals(0, sameRows(quarantineBefore, fx.table(Table.QUARANTINE)));
    assertEquals(Action.ABSENT, outcome(result, Table.BRONZE_FEED_RECORDS).action());
    assertEquals("OPTIMIZE", io.delta.tables.DeltaTable.forPath(fx.spark, fx.catalog.path(Table.INCIDENTS)).history(1)
        .first().getAs("operation"));
    assertEquals(-1, result.vacuumedFiles());

    // Nothing left to compact; the vacuum deletes the 24 + 12 files the OPTIMIZE replaced.
    OptimizeResult again = new OptimizeTablesJob().run(fx.context(), false, true);
    assertEquals(Action.ALREADY_COMPACT, outcome(again, Table.INCIDENTS).action());
    assertEquals(Action.ALREADY_COMPACT, outcome(again, Table.QUARANTINE).action());
    assertEquals(36, again.vacuumedFiles());
    assertEquals(0, sameRows(incidentsBefore, fx.table(Table.INCIDENTS)));
  }

  @Test
  void reordersATableOfLargeFilesOnlyWhenAsked() {
    IngestFixture fx = new IngestFixture(lakehouse, "harmattan.maintenance.target-file-mb = 1");
    // Two large files in id order, each spanning every date (the layout before the date ranges).
    rows(fx.spark, 0, 24_000, 730).repartition(2, col("incident_id")).write().format("delta")
        .save(fx.catalog.path(Table.INCIDENTS));

    assertEquals(Action.ALREADY_COMPACT, outcome(new OptimizeTablesJob().run(fx.context(), false, false),
        Table.INCIDENTS).action());
    TableOutcome reordered = outcome(new OptimizeTablesJob().run(fx.context(), true, false), Table.INCIDENTS);
    assertEquals(Action.ORDERED_BY_DATE, reordered.action());
    assertEquals(2, reordered.before().files());
    assertTrue(reordered.after().files() >= 2, reordered.after().toString());
  }

  /**
   * Small files as monthly MERGEs leave them: 24 in incidents, each with dates from the whole two
   * years (as late reports and the linker's rewrites spread them); 12 in quarantine.
   */
  private static void writeMonthlyRuns(IngestFixture fx) {
    rows(fx.spark, 0, 24_000, 730).repartition(24).write().format("delta").save(fx.catalog.path(Table.INCIDENTS));
    rows(fx.spark, 0, 480, 730).repartition(12).write().format("delta").save(fx.catalog.path(Table.QUARANTINE));
  }

  /** Rows with incompressible payloads (so that file sizes are what the test needs), dates over {@code days}. */
  private static Dataset<Row> rows(SparkSession spark, long from, long n, int days) {
    return spark.range(from, from + n).select(expr("concat('inc-', id)").as("incident_id"),
        expr("date_add(date'2024-11-01', pmod(hash(id), " + days + "))").as("event_date"),
        expr("concat(sha2(cast(id AS string), 256), sha2(cast(-id AS string), 256))").as("payload"));
  }

  private static long sameRows(Dataset<Row> before, Dataset<Row> after) {
    return before.exceptAll(after).count() + after.exceptAll(before).count() + Math.abs(before.count() - after.count());
  }

  private static TableOutcome outcome(OptimizeResult result, Table table) {
    return result.tables().stream().filter(t -> t.table() == table).findFirst().orElseThrow();
  }
}
