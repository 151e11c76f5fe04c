package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
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
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.harmattan.jobs.ingest.validate.IngestLimits;
import org.harmattan.jobs.ingest.validate.ReasonCodes;

/**
 * Ingests feed files into bronze (as received), silver {@code incidents} (MERGE on the stable
 * incident key, so a re-run changes nothing) and {@code quarantine} (every refused record with
 * its reason), links cross-border double reports, and records each file in the run ledger.
 * Every record read ends in silver or in quarantine. If any write fails, every table is put back
 * to the version it had before the run.
 */
public final class IngestFeedsJob {
  private static final Logger LOG = LogManager.getLogger(IngestFeedsJob.class);
  public static final String JOB_NAME = "ingest";
  private static final List<Table> WRITTEN = List.of(Table.BRONZE_FEED_RECORDS, Table.QUARANTINE, Table.INCIDENTS);

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
    IngestPlanner planner = new IngestPlanner(files, ledger, limits.maxLinesPerRecord());
    Instant started = Instant.now();

    List<IngestPlanner.FeedPlan> plans = ctx.withJobGroup("ingest-plan", "Plan ingestion: list, hash and check feed files",
        () -> planner.plan(feeds, request.force(), request.progress()));
    List<StagedRecords.FileTask> tasks = new ArrayList<>();
    Map<String, IncidentMapper> mappers = new HashMap<>();
    Map<String, FeedSpec> specs = new HashMap<>();
    for (IngestPlanner.FeedPlan p : plans) {
      if (!p.failed() && !p.tasks().isEmpty()) {
        tasks.addAll(p.tasks());
        mappers.put(p.feed().name(), new IncidentMapper(p.feed(), vocabulary, borders, limits, ctx.today()));
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
        failed.add(new LedgerEntry(ctx.runId(), JOB_NAME, t.feed(), t.file(), t.sha256(), started, Instant.now(),
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

  private BatchOutcome writeBatch(JobContext ctx, List<StagedRecords.FileTask> tasks, Map<String, IncidentMapper> mappers,
      Map<String, FeedSpec> specs, HadoopFiles files, IngestLimits limits, Instant started,
      java.util.function.Consumer<String> progress) {
    SparkSession spark = ctx.spark();
    TableCatalog catalog = ctx.catalog();
    Map<Table, Optional<Long>> before = new LinkedHashMap<>();
    for (Table t : WRITTEN) {
      before.put(t, catalog.version(spark, t));
    }
    Dataset<Row> staged = null;
    try {
      catalog.ensure(spark, Table.BRONZE_FEED_RECORDS, Schemas.BRONZE_FEED_RECORDS, Columns.FEED);
      catalog.ensure(spark, Table.QUARANTINE, Schemas.QUARANTINE, Columns.FEED);
      catalog.ensure(spark, Table.INCIDENTS, Schemas.INCIDENTS);
      StagedRecords.ReadFile reader = new StagedRecords.ReadFile(mappers, specs, files, limits.maxLinesPerRecord(),
          ctx.runId(), Timestamp.from(started));
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // A task reads several files in turn: monthly files are small, and one task per file would
      // also mean one tiny Parquet file per feed file in bronze.
      int slices = Math.max(1, Math.min(tasks.size(), jsc.defaultParallelism() * 4));
      Dataset<Row> read = spark.createDataFrame(jsc.parallelize(tasks, slices).flatMap(reader), StagedRecords.SCHEMA);
      staged = flagDuplicateKeys(read).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> batch = staged;
      long s0 = System.currentTimeMillis();
      ctx.withJobGroup("ingest-bronze", "Append records as received to bronze.feed_records", () -> {
        writeBronze(batch, catalog);
        return null;
      });
      progress.accept(String.format("read %d file(s) and wrote bronze.feed_records (%.1f s)", tasks.size(),
          (System.currentTimeMillis() - s0) / 1000.0));
      s0 = System.currentTimeMillis();
      ctx.withJobGroup("ingest-quarantine", "Write refused records to silver.quarantine", () -> {
        writeQuarantine(spark, batch, catalog, tasks);
        return null;
      });
      progress.accept(String.format("wrote silver.quarantine (%.1f s)", (System.currentTimeMillis() - s0) / 1000.0));
      s0 = System.currentTimeMillis();
      long[] merged = ctx.withJobGroup("ingest-merge", "MERGE accepted records into silver.incidents",
          () -> mergeIncidents(spark, batch, catalog));
      progress.accept(String.format("merged into silver.incidents: %d inserted, %d updated (%.1f s)", merged[0], merged[1],
          (System.currentTimeMillis() - s0) / 1000.0));
      s0 = System.currentTimeMillis();
      Row range = staged.where(size(col("violations")).equalTo(0)).agg(min(Columns.EVENT_DATE), max(Columns.EVENT_DATE)).first();
      if (!range.isNullAt(0)) {
        DoubleReportLinker linker = DoubleReportLinker.from(ctx.config());
        ctx.withJobGroup("ingest-doubles", "Link cross-border double reports", () -> {
          linker.link(spark, catalog, range.getDate(0).toLocalDate(), range.getDate(1).toLocalDate());
          return null;
        });
        progress.accept(String.format("linked cross-border double reports (%.1f s)", (System.currentTimeMillis() - s0) / 1000.0));
      }
      Map<String, long[]> perFile = new HashMap<>();
      for (Row r : staged.groupBy(Columns.FEED, Columns.FILE)
          .agg(count(lit(1)), sum(when(size(col("violations")).gt(0), 1).otherwise(0))).collectAsList()) {
        perFile.put(r.getString(0) + "\u0000" + r.getString(1), new long[] {r.getLong(2), r.getLong(3), 0, 0, 0});
      }
      // By file rather than by batch id: a row this batch read but did not change keeps its old batch id.
      // A row this batch inserted carries its batch id and was first ingested at the run's start.
      Object[] batchFiles = tasks.stream().map(StagedRecords.FileTask::file).distinct().toArray();
      Column thisBatch = col(Columns.BATCH_ID).equalTo(ctx.runId());
      Column insertedNow = col(Columns.INGESTED_AT).equalTo(lit(Timestamp.from(started)));
      for (Row r : catalog.read(spark, Table.INCIDENTS).where(col(Columns.FILE).isin(batchFiles))
          .groupBy("source_feed", Columns.FILE)
          .agg(sum(when(col(Columns.DUPLICATE_OF).isNotNull(), 1).otherwise(0)),
              sum(when(thisBatch.and(insertedNow), 1).otherwise(0)),
              sum(when(thisBatch.and(insertedNow.unary_$bang()), 1).otherwise(0)))
          .collectAsList()) {
        long[] c = perFile.get(r.getString(0) + "\u0000" + r.getString(1));
        if (c != null) {
          c[2] = r.getLong(2);
          c[3] = r.getLong(3);
          c[4] = r.getLong(4);
        }
      }
      Map<String, Long> versions = new LinkedHashMap<>();
      for (Table t : WRITTEN) {
        catalog.version(spark, t).ifPresent(v -> versions.put(t.qualifiedName(), v));
      }
      return new BatchOutcome(perFile, merged[0], merged[1], versions);
    } catch (RuntimeException e) {
      restore(spark, catalog, files, before);
      throw new HarmattanException("Ingest run " + ctx.runId() + " failed and was rolled back (every table is as before): "
          + rootMessage(e), e);
    } finally {
      if (staged != null) {
        staged.unpersist();
      }
    }
  }

  /** A record id seen again in the same file is refused; the first occurrence stands. */
  static Dataset<Row> flagDuplicateKeys(Dataset<Row> read) {
    WindowSpec inFile = Window.partitionBy(col(Columns.INCIDENT_ID), col(Columns.FILE)).orderBy(col(Columns.LINE));
    Column keyed = col(Columns.INCIDENT_ID).isNotNull();
    Column firstLine = first(col(Columns.LINE)).over(inFile);
    Column duplicate = struct(lit(ReasonCodes.DUPLICATE_KEY_IN_BATCH).as("code"),
        lit(null).cast("string").as("column"),
        concat(lit("Feed '"), col(Columns.FEED), lit("' line "), col(Columns.LINE).cast("string"), lit(": record id '"),
            col("source_record_id"), lit("' already appears at line "), col("_first_line").cast("string"),
            lit(" of this file")).as("message"));
    return read.withColumn("_first_line", when(keyed, firstLine))
        .withColumn("violations", when(keyed.and(col(Columns.LINE).gt(col("_first_line"))),
            concat(col("violations"), array(duplicate))).otherwise(col("violations")))
        .drop("_first_line");
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
    // Keyed on file content and line: a forced re-read of the same file adds no quarantine row
    // twice, and drops the rows of this batch's files that now pass (after a vocabulary fix).
    String batchFiles = tasks.stream().map(t -> "'" + t.sha256() + "'").distinct()
        .collect(java.util.stream.Collectors.joining(", "));
    DeltaTable.forPath(spark, catalog.path(Table.QUARANTINE)).as("t")
        .merge(refused.as("s"), "t._feed = s._feed AND t._file_sha256 = s._file_sha256 AND t._line = s._line")
        .whenNotMatched().insertAll()
        .whenNotMatchedBySource("t._file_sha256 IN (" + batchFiles + ")").delete()
        .execute();
  }

  /** @return {inserted, updated} */
  private static long[] mergeIncidents(SparkSession spark, Dataset<Row> staged, TableCatalog catalog) {
    List<Column> canonical = StagedRecords.INCIDENT_COLUMNS.stream().map(c -> col(c)).toList();
    // Across files of one batch the later file wins, as it would had the files come in separate runs.
    WindowSpec latest = Window.partitionBy(col(Columns.INCIDENT_ID)).orderBy(col(Columns.FILE).desc(), col(Columns.LINE).desc());
    List<Column> select = new ArrayList<>(canonical);
    select.add(lit(null).cast("string").as(Columns.DUPLICATE_OF));
    select.add(lit(null).cast("double").as("duplicate_score"));
    select.add(col(Columns.FILE));
    select.add(col(Columns.LINE));
    select.add(col(Columns.BATCH_ID));
    select.add(sha2(to_json(struct(canonical.toArray(Column[]::new))), 256).as(Columns.ROW_HASH));
    select.add(col(Columns.INGESTED_AT));
    select.add(col(Columns.INGESTED_AT).as("_updated_at"));
    Dataset<Row> source = staged.where(size(col("violations")).equalTo(0))
        .withColumn("_rn", row_number().over(latest)).where(col("_rn").equalTo(1))
        .select(select.toArray(Column[]::new));
    Map<String, String> update = new LinkedHashMap<>();
    for (String c : StagedRecords.INCIDENT_COLUMNS) {
      update.put(c, "s." + c);
    }
    for (String c : List.of(Columns.FILE, Columns.LINE, Columns.BATCH_ID, Columns.ROW_HASH, "_updated_at")) {
      update.put(c, "s." + c);
    }
    // execute() answers with the MERGE's own counts (also right when it changes nothing and commits no version).
    Row counts = DeltaTable.forPath(spark, catalog.path(Table.INCIDENTS)).as("t")
        .merge(source.as("s"), "t.incident_id = s.incident_id")
        .whenMatched("t._row_hash <> s._row_hash").updateExpr(update)
        .whenNotMatched().insertAll()
        .execute().first();
    return new long[] {counts.<Long>getAs("num_inserted_rows"), counts.<Long>getAs("num_updated_rows")};
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
    for (String[] s : p.skipped()) {
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, s[0], s[1], started, ended, LedgerEntry.Status.SKIPPED,
          0, 0, 0, 0, 0, 0, Map.of(), s[2]));
      LOG.info("Feed '{}': skipped '{}': {}", feed, s[0], s[2]);
    }
    if (p.failed()) {
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, null, null, started, ended, LedgerEntry.Status.FAILED,
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
      entries.add(new LedgerEntry(ctx.runId(), JOB_NAME, feed, t.file(), t.sha256(), started, ended,
          LedgerEntry.Status.SUCCEEDED, c[0], c[0] - c[1], c[1], c[2], c[3], c[4], outcome.versions(), null));
    }
    String status = p.tasks().isEmpty() ? "SKIPPED" : "SUCCEEDED";
    String message = p.tasks().isEmpty() ? "nothing new: " + p.skipped().size() + " file(s) already ingested" : null;
    return new FeedRunSummary(feed, status, p.tasks().size(), p.skipped().size(), read, read - quarantined, quarantined,
        duplicates, millis, message);
  }
}
