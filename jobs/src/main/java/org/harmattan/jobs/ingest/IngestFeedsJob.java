package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.HarmattanException;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.geo.CountryBorders;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.ledger.LedgerEntry;
import org.harmattan.core.ledger.RunLedger;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.jobs.ingest.feed.FeedCatalog;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.RecordMapper;

/**
 * Ingests feed files into bronze (as received), their silver target tables ({@link TargetTable}:
 * incidents, persons, notices, warrants, travel documents, requests, database queries; MERGE on
 * stable keys, so a re-run changes nothing) and {@code quarantine} (every refused record with its
 * reason), and records each file in the run ledger. One run handles feeds of every target. Every
 * record read ends in silver or in quarantine. If any write fails, every table is put back to the
 * version it had before the run.
 */
public final class IngestFeedsJob {
  /** Input bytes per read task (and staged Parquet file). */
  private static final long SLICE_BYTES = 8L << 20;
  private static final Logger LOG = LogManager.getLogger(IngestFeedsJob.class);
  public static final String JOB_NAME = "ingest";
  /** Folder under the lakehouse root for a run's staged batch, deleted when the run ends. */
  public static final String STAGING = "_staging";

  /**
   * @throws org.harmattan.core.ConfigException when a feed file or the vocabulary is malformed
   * @throws HarmattanException when writing fails (tables restored)
   */
  public IngestResult run(JobContext ctx, IngestRequest request) {
    long t0 = System.currentTimeMillis();
    SparkSession spark = ctx.spark();
    Vocabulary vocabulary = Vocabulary.load(ctx.config().localPath(ConfigKeys.VOCABULARY));
    List<FeedSpec> feeds = FeedCatalog.load(ctx.config(), vocabulary).select(request.feeds());
    CountryBorders borders = CountryBorders.loadDefault(vocabulary::alpha3ForNumeric);
    IngestLimits limits = IngestLimits.from(ctx.config());
    HadoopFiles files = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    RunLedger ledger = new RunLedger(spark, ctx.catalog());
    IngestPlanner planner = new IngestPlanner(files, ledger, limits.maxLinesPerRecord(),
        ctx.config().getBoolean(ConfigKeys.INGEST_QUICK_CHECK));
    Instant started = Instant.now();

    List<IngestPlanner.FeedPlan> plans = ctx.withJobGroup("ingest-plan", "Plan ingestion: list, hash and check feed files",
        () -> planner.plan(feeds, request.force(), request.progress()));
    List<StagedRecords.FileTask> tasks = new ArrayList<>();
    Map<String, RecordMapper> mappers = new HashMap<>();
    Map<String, FeedSpec> specs = new HashMap<>();
    TargetTable.MappingResources resources = new TargetTable.MappingResources(vocabulary, borders, limits, ctx.today());
    for (IngestPlanner.FeedPlan p : plans) {
      if (!p.failed() && !p.tasks().isEmpty()) {
        tasks.addAll(p.tasks());
        mappers.put(p.feed().name(), TargetTables.named(p.feed().target()).mapper(p.feed(), resources));
        specs.put(p.feed().name(), p.feed());
      }
    }
    BatchOutcome outcome;
    try {
      outcome = tasks.isEmpty() ? BatchOutcome.NONE
          : writeBatch(ctx, tasks, mappers, specs, files, limits, started, request.progress());
    } catch (HarmattanException e) {
      List<LedgerEntry> failed = new ArrayList<>();
      for (StagedRecords.FileTask t : tasks) {
        failed.add(new LedgerEntry(ctx.runId(), JOB_NAME, t.feed(), t.file(), t.sha256(), t.bytes(), t.modifiedAt(),
            started, Instant.now(),
            LedgerEntry.Status.FAILED, 0, 0, 0, 0, 0, 0, Map.of(), e.getMessage()));
      }
      ledger.append(failed);
      throw e;
    }
    List<LedgerEntry> entries = new ArrayList<>();
    List<FeedRunSummary> summaries = new ArrayList<>();
    Instant ended = Instant.now();
    for (IngestPlanner.FeedPlan p : plans) {
      summaries.add(summarise(ctx, p, outcome, started, ended, entries));
    }
    ledger.append(entries);
    return new IngestResult(ctx.runId(), summaries, outcome.inserted, outcome.updated, outcome.versions,
        System.currentTimeMillis() - t0);
  }

  /** Counts per file (feed, file) -> {read, quarantined, duplicates, inserted, updated}, MERGE totals and versions. */
  private record BatchOutcome(Map<String, long[]> perFile, long inserted, long updated, Map<String, Long> versions) {
    static final BatchOutcome NONE = new BatchOutcome(Map.of(), 0, 0, Map.of());
  }

  private BatchOutcome writeBatch(JobContext ctx, List<StagedRecords.FileTask> tasks, Map<String, RecordMapper> mappers,
      Map<String, FeedSpec> specs, HadoopFiles files, IngestLimits limits, Instant started,
      java.util.function.Consumer<String> progress) {
    SparkSession spark = ctx.spark();
    TableCatalog catalog = ctx.catalog();
    Set<String> batchTargets = new LinkedHashSet<>();
    specs.values().forEach(f -> batchTargets.add(f.target()));
    // Every known target keeps its struct column, in a fixed order: the staged schema does not depend on the batch.
    List<TargetTable> targets = TargetTables.all().stream().filter(t -> batchTargets.contains(t.name())).toList();
    List<Table> written = new ArrayList<>(List.of(Table.BRONZE_FEED_RECORDS, Table.QUARANTINE));
    targets.forEach(t -> written.add(t.table()));
    Map<Table, Optional<Long>> before = new LinkedHashMap<>();
    for (Table t : written) {
      before.put(t, catalog.version(spark, t));
    }
    Dataset<Row> read;
    Dataset<Row> staged;
    String stagingDir = catalog.root() + "/" + STAGING + "/" + ctx.runId();
    try {
      catalog.ensure(spark, Table.BRONZE_FEED_RECORDS, Schemas.BRONZE_FEED_RECORDS, Columns.FEED);
      catalog.ensure(spark, Table.QUARANTINE, Schemas.QUARANTINE, Columns.FEED);
      // Raw records of reference feeds hold names, dates of birth and document numbers. (_feed is the
      // partition column: Delta keeps no statistics on it anyway.)
      PersonalStats.exclude(spark, catalog.path(Table.BRONZE_FEED_RECORDS), Schemas.BRONZE_FEED_RECORDS,
          java.util.Set.of(Columns.FEED, "_raw", "_fields"));
      PersonalStats.exclude(spark, catalog.path(Table.QUARANTINE), Schemas.QUARANTINE,
          java.util.Set.of(Columns.FEED, "raw", "message", "violations"));
      targets.forEach(t -> t.ensure(ctx));
      List<String> targetNames = targets.stream().map(TargetTable::name).toList();
      StagedRecords.ReadFile reader = new StagedRecords.ReadFile(mappers, specs, targetNames, files,
          limits.maxLinesPerRecord(), ctx.runId(), Timestamp.from(started));
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // A task reads several files in turn: monthly files are small, and one task per file would
      // also mean one tiny Parquet file per feed file in bronze. Slices of about 8 MB of input keep
      // each task's share of the batch small and give every core several tasks.
      long bytes = tasks.stream().mapToLong(StagedRecords.FileTask::bytes).sum();
      int bySize = (int) Math.min(Integer.MAX_VALUE, (bytes + SLICE_BYTES - 1) / SLICE_BYTES);
      int slices = Math.max(1, Math.min(tasks.size(), Math.max(jsc.defaultParallelism() * 4, bySize)));
      // The staged batch is as large as the delivery, not bounded by the heap, and every later step
      // reads part of it (bronze the raw text, the MERGE one target's columns, the quarantine the
      // refused rows): it is written once as Parquet under the lakehouse, compressed and read back
      // column by column. (Cached on local disk it took 11 GB for 2 GB of input at 10M incidents,
      // each block read back whole by every step.)
      Dataset<Row> parsed = spark.createDataFrame(jsc.parallelize(tasks, slices).flatMap(reader),
          StagedRecords.schema(targets));
      long s0 = System.currentTimeMillis();
      read = ctx.withJobGroup("ingest-read", "Read, validate and stage feed files",
          () -> stage(parsed, stagingDir + "/read"));
      Dataset<Row> checked = read;
      for (TargetTable t : targets) {
        checked = t.checkBatch(ctx, checked);
      }
      Dataset<Row> batchChecked = checked;
      staged = checked == read ? read : ctx.withJobGroup("ingest-check", "Check references across the batch",
          () -> stage(batchChecked, stagingDir + "/checked"));
      progress.accept(String.format("read, validated and staged %d file(s) (%.1f s)", tasks.size(),
          (System.currentTimeMillis() - s0) / 1000.0));
      Dataset<Row> batch = staged;
      s0 = System.currentTimeMillis();
      ctx.withJobGroup("ingest-bronze", "Append records as received to bronze.feed_records", () -> {
        writeBronze(batch, catalog);
        return null;
      });
      progress.accept(String.format("wrote bronze.feed_records (%.1f s)", (System.currentTimeMillis() - s0) / 1000.0));
      s0 = System.currentTimeMillis();
      ctx.withJobGroup("ingest-quarantine", "Write refused records to silver.quarantine", () -> {
        writeQuarantine(spark, batch, catalog, tasks);
        return null;
      });
      progress.accept(String.format("wrote silver.quarantine (%.1f s)", (System.currentTimeMillis() - s0) / 1000.0));
      long inserted = 0;
      long updated = 0;
      for (TargetTable t : targets) {
        s0 = System.currentTimeMillis();
        Dataset<Row> accepted = acceptedOf(batch, t);
        long[] merged = ctx.withJobGroup("ingest-merge-" + t.name(), "MERGE accepted records into "
            + t.table().qualifiedName(), () -> t.write(ctx, accepted, started));
        inserted += merged[0];
        updated += merged[1];
        progress.accept(String.format("merged into %s: %d inserted, %d updated (%.1f s)", t.table().qualifiedName(),
            merged[0], merged[1], (System.currentTimeMillis() - s0) / 1000.0));
      }
      for (TargetTable t : targets) {
        t.afterWrite(ctx, acceptedOf(batch, t), progress);
      }
      Map<String, long[]> perFile = new HashMap<>();
      for (Row r : staged.groupBy(Columns.FEED, Columns.FILE)
          .agg(count(lit(1)), sum(when(size(col(StagedRecords.VIOLATIONS)).gt(0), 1).otherwise(0))).collectAsList()) {
        perFile.put(r.getString(0) + "\u0000" + r.getString(1), new long[] {r.getLong(2), r.getLong(3), 0, 0, 0});
      }
      for (TargetTable t : targets) {
        countWrites(ctx, t, t.rowsOfBatch(acceptedOf(batch, t)), tasks, specs, started, perFile);
      }
      Map<String, Long> versions = new LinkedHashMap<>();
      for (Table t : written) {
        catalog.version(spark, t).ifPresent(v -> versions.put(t.qualifiedName(), v));
      }
      return new BatchOutcome(perFile, inserted, updated, versions);
    } catch (RuntimeException e) {
      restore(spark, catalog, files, before);
      throw new HarmattanException("Ingest run " + ctx.runId() + " failed and was rolled back (every table is as before): "
          + rootMessage(e), e);
    } finally {
      try {
        files.deleteRecursively(stagingDir);
      } catch (java.io.IOException e) {
        LOG.warn("Could not delete the staged batch {}: {}", stagingDir, e.getMessage());
      }
    }
  }

  /** Writes the rows as Parquet and answers them read back from there. */
  private static Dataset<Row> stage(Dataset<Row> rows, String dir) {
    rows.write().mode("overwrite").parquet(dir);
    return rows.sparkSession().read().schema(rows.schema()).parquet(dir);
  }

  private static Dataset<Row> acceptedOf(Dataset<Row> staged, TargetTable target) {
    return staged.where(col(StagedRecords.TARGET).equalTo(target.name())
        .and(size(col(StagedRecords.VIOLATIONS)).equalTo(0)));
  }

  /**
   * Fills duplicates, inserted and updated per file from the target table. By file rather than by
   * batch id: a row this batch read but did not change keeps its old batch id. A row this batch
   * inserted carries its batch id and was first ingested at the run's start. {@code ofBatch}
   * ({@link TargetTable#rowsOfBatch}) holds for every row of the batch and lets the scan skip files.
   */
  private static void countWrites(JobContext ctx, TargetTable target, Column ofBatch, List<StagedRecords.FileTask> tasks,
      Map<String, FeedSpec> specs, Instant started, Map<String, long[]> perFile) {
    Map<String, String> feedOfFile = new HashMap<>();
    for (StagedRecords.FileTask t : tasks) {
      if (specs.get(t.feed()).target().equals(target.name())) {
        feedOfFile.put(t.file(), t.feed());
      }
    }
    if (feedOfFile.isEmpty()) {
      return;
    }
    Column thisBatch = col(Columns.BATCH_ID).equalTo(ctx.runId());
    Column insertedNow = col(Columns.INGESTED_AT).equalTo(lit(Timestamp.from(started)));
    Column duplicate = List.of(target.schema().fieldNames()).contains(Columns.DUPLICATE_OF)
        ? when(col(Columns.DUPLICATE_OF).isNotNull(), 1).otherwise(0) : lit(0);
    for (Row r : ctx.catalog().read(ctx.spark(), target.table())
        .where(ofBatch.and(col(Columns.FILE).isin(feedOfFile.keySet().toArray())))
        .groupBy(Columns.FILE)
        .agg(sum(duplicate), sum(when(thisBatch.and(insertedNow), 1).otherwise(0)),
            sum(when(thisBatch.and(insertedNow.unary_$bang()), 1).otherwise(0)))
        .collectAsList()) {
      long[] c = perFile.get(feedOfFile.get(r.getString(0)) + "\u0000" + r.getString(0));
      if (c != null) {
        c[2] = r.getLong(1);
        c[3] = r.getLong(2);
        c[4] = r.getLong(3);
      }
    }
  }

  private static void writeBronze(Dataset<Row> staged, TableCatalog catalog) {
    String[] cols = java.util.Arrays.stream(Schemas.BRONZE_FEED_RECORDS.fieldNames()).toArray(String[]::new);
    staged.selectExpr(cols).write().format("delta").mode("append").save(catalog.path(Table.BRONZE_FEED_RECORDS));
  }

  private static void writeQuarantine(SparkSession spark, Dataset<Row> staged, TableCatalog catalog,
      List<StagedRecords.FileTask> tasks) {
    Dataset<Row> refused = staged.where(size(col("violations")).gt(0)).select(col(Columns.FEED), col(Columns.FILE),
        col(Columns.LINE), col(Columns.BATCH_ID), col(Columns.INGESTED_AT), col("_file_sha256"), col("_raw").as("raw"),
        col("violations").getItem(0).getField("code").as("reason"),
        col("violations").getItem(0).getField("column").as("column"),
        col("violations").getItem(0).getField("message").as("message"), col("violations"));
    List<String> shas = tasks.stream().map(StagedRecords.FileTask::sha256).distinct().toList();
    // Files read for the first time, as in every monthly run, have no quarantine row yet: an append
    // writes the same rows as the MERGE below, without its scan of the whole table for rows to drop.
    if (catalog.read(spark, Table.QUARANTINE).where(col("_file_sha256").isin(shas.toArray())).isEmpty()) {
      refused.write().format("delta").mode("append").save(catalog.path(Table.QUARANTINE));
      return;
    }
    // Keyed on file content and line: a re-read of the same file (forced, or after a run that
    // committed its tables but not its ledger) adds no quarantine row twice, and drops the rows of
    // this batch's files that now pass (after a vocabulary fix).
    String batchFiles = shas.stream().map(sha -> "'" + sha + "'").collect(java.util.stream.Collectors.joining(", "));
    DeltaTable.forPath(spark, catalog.path(Table.QUARANTINE)).as("t")
        .merge(refused.as("s"), "t._feed = s._feed AND t._file_sha256 = s._file_sha256 AND t._line = s._line")
        .whenNotMatched().insertAll()
        .whenNotMatchedBySource("t._file_sha256 IN (" + batchFiles + ")").delete()
        .execute();
  }

  private static void restore(SparkSession spark, TableCatalog catalog, HadoopFiles files, Map<Table, Optional<Long>> before) {
    for (Map.Entry<Table, Optional<Long>> e : before.entrySet()) {
      try {
        if (e.getValue().isEmpty()) {
          files.deleteRecursively(catalog.path(e.getKey()));
        } else if (catalog.version(spark, e.getKey()).orElse(-1L) > e.getValue().get()) {
          DeltaTable.forPath(spark, catalog.path(e.getKey())).restoreToVersion(e.getValue().get());
        }
      } catch (Exception restoreFailure) {
        LOG.error("Could not restore {} to version {}: {}", e.getKey().qualifiedName(), e.getValue().orElse(null),
            restoreFailure.getMessage());
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private FeedRunSummary summarise(JobContext ctx, IngestPlanner.FeedPlan p, BatchOutcome outcome, Instant started,
      Instant ended, List<LedgerEntry> entries) {
    String feed = p.feed().name();
    long millis = ended.toEpochMilli() - started.toEpochMilli();
    for (IngestPlanner.Skipped s : p.skipped()) {
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, s.file().path(), s.sha256(), s.file().bytes(),
          s.file().modifiedAt(), started, ended, LedgerEntry.Status.SKIPPED, 0, 0, 0, 0, 0, 0, Map.of(), s.reason()));
      LOG.info("Feed '{}': skipped '{}': {}", feed, s.file().path(), s.reason());
    }
    if (p.failed()) {
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, null, null, null, null, started, ended,
          LedgerEntry.Status.FAILED,
          0, 0, 0, 0, 0, 0, Map.of(), p.failure()));
      return new FeedRunSummary(feed, "FAILED", 0, p.skipped().size(), 0, 0, 0, 0, millis, p.failure());
    }
    long read = 0;
    long quarantined = 0;
    long duplicates = 0;
    for (StagedRecords.FileTask t : p.tasks()) {
      long[] c = outcome.perFile().getOrDefault(feed + "\u0000" + t.file(), new long[5]);
      read += c[0];
      quarantined += c[1];
      duplicates += c[2];
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, t.file(), t.sha256(), t.bytes(), t.modifiedAt(), started,
          ended,
          LedgerEntry.Status.SUCCEEDED, c[0], c[0] - c[1], c[1], c[2], c[3], c[4], outcome.versions(), null));
    }
    String status = p.tasks().isEmpty() ? "SKIPPED" : "SUCCEEDED";
    String message = p.tasks().isEmpty() ? "nothing new: " + p.skipped().size() + " file(s) already ingested" : null;
    return new FeedRunSummary(feed, status, p.tasks().size(), p.skipped().size(), read, read - quarantined, quarantined,
        duplicates, millis, message);
  }
}
