package org.harmattan.jobs.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.RecordMapper;

/**
 * A silver table that feeds fill: how a record of a feed is mapped and checked (on the executors),
 * which checks need the whole batch, and how accepted records are written. Planning, reading,
 * bronze, quarantine, the ledger and rollback are shared by every target ({@link IngestFeedsJob}).
 */
public interface TargetTable {
  /** What the shared mapping step needs besides the feed. */
  record MappingResources(Vocabulary vocabulary, CountryBorders borders, IngestLimits limits, LocalDate today) {}

  /** The name feeds use in {@code target = ...}; also the name of this target's struct column in the staged rows. */
  String name();

  Table table();

  /** The silver table's schema. */
  StructType schema();

  /** The mapped columns staged for this target (a struct column of the staged rows). */
  StructType staged();

  /** An executor-side mapper for one feed of this target. */
  RecordMapper mapper(FeedSpec feed, MappingResources resources);

  /** Creates the silver table if it does not exist. */
  void ensure(JobContext ctx);

  /**
   * Checks that need other records of the batch or silver; returns {@code staged} with violations
   * added to the rows of this target that fail them.
   */
  default Dataset<Row> checkBatch(JobContext ctx, Dataset<Row> staged) {
    return staged;
  }

  /**
   * Writes the accepted rows of this target (staged rows without violations) into silver.
   *
   * @return {inserted, updated} rows
   */
  long[] write(JobContext ctx, Dataset<Row> accepted, Instant started);

  /**
   * A predicate that every silver row read from the batch's files satisfies, so that counting them
   * after the write can skip the table's other files; {@code true} (no skipping) by default.
   */
  default Column rowsOfBatch(Dataset<Row> accepted) {
    return org.apache.spark.sql.functions.lit(true);
  }

  /** Work after every target is written (e.g. linking cross-border double reports). */
  default void afterWrite(JobContext ctx, Dataset<Row> accepted, Consumer<String> progress) {}
}
