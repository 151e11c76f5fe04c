package org.harmattan.jobs.maintenance;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.job.JobContext;

/**
 * Table maintenance: every monthly run adds a few small files to each table (a MERGE writes one
 * file per shuffle partition it touches), and scans slow down with their number. Compacts the
 * small files of every table into files of about {@code maintenance.target-file-mb}; for
 * {@code silver.incidents}, rewrites the table in event-date order instead (Delta Z-order on one
 * column), because bin-packing groups files by size and would mix the date ranges that let a
 * monthly run read only the files around its month. Optionally vacuums the files no recent
 * version needs. Rows are unchanged: OPTIMIZE commits without data change.
 */
public final class OptimizeTablesJob {
  /** Delta refuses a shorter vacuum retention unless its safety check is turned off. */
  private static final double DELTA_DEFAULT_RETENTION_HOURS = 168;

  /** What was done to one table. */
  public record TableOutcome(Table table, Action action, FileStats before, FileStats after, long millis) {}

  /** What the run did to a table. */
  public enum Action { ABSENT, ALREADY_COMPACT, COMPACTED, ORDERED_BY_DATE }

  /** The live files of a table version: how many, how many small, total bytes. */
  public record FileStats(long files, long smallFiles, long bytes) {}

  /** @param vacuumedFiles files deleted by the vacuum, -1 when no vacuum was asked for */
  public record OptimizeResult(List<TableOutcome> tables, long vacuumedFiles, long millis) {}

  public OptimizeResult run(JobContext ctx, boolean reorderIncidents, boolean vacuum) {
    Instant started = Instant.now();
    SparkSession spark = ctx.spark();
    long target = ctx.config().getLong(ConfigKeys.MAINTENANCE_TARGET_FILE_MB) * 1024 * 1024;
    long small = target / 4;
    List<TableOutcome> outcomes = new ArrayList<>();
    withConf(spark, "spark.databricks.delta.optimize.maxFileSize", String.valueOf(target), () ->
        withConf(spark, "spark.databricks.delta.optimize.minFileSize", String.valueOf(small), () -> {
          for (Table table : Table.values()) {
            outcomes.add(ctx.withJobGroup("optimize", "Optimize " + table.qualifiedName(),
                () -> optimize(ctx, table, small, reorderIncidents)));
          }
          return null;
        }));
    long vacuumed = vacuum ? vacuum(ctx) : -1;
    return new OptimizeResult(outcomes, vacuumed, Duration.between(started, Instant.now()).toMillis());
  }

  private TableOutcome optimize(JobContext ctx, Table table, long small, boolean reorderIncidents) {
    Instant t0 = Instant.now();
    SparkSession spark = ctx.spark();
    if (!ctx.catalog().exists(spark, table)) {
      return new TableOutcome(table, Action.ABSENT, null, null, 0);
    }
    String path = ctx.catalog().path(table);
    FileStats before = fileStats(spark, path, small);
    Action action;
    if (table == Table.INCIDENTS && (reorderIncidents || before.smallFiles() >= 2)) {
      DeltaTable.forPath(spark, path).optimize().executeZOrderBy(Columns.EVENT_DATE);
      action = Action.ORDERED_BY_DATE;
    } else if (table != Table.INCIDENTS && before.smallFiles() >= 2) {
      DeltaTable.forPath(spark, path).optimize().executeCompaction();
      action = Action.COMPACTED;
    } else {
      action = Action.ALREADY_COMPACT;
    }
    FileStats after = action == Action.ALREADY_COMPACT ? before : fileStats(spark, path, small);
    // A partitioned table's small files may each be alone in their partition: nothing to combine.
    return new TableOutcome(table, after.files() == before.files() && action == Action.COMPACTED
        ? Action.ALREADY_COMPACT : action, before, after, Duration.between(t0, Instant.now()).toMillis());
  }

  /** Deletes, in every table, the files that no version within the retention needs; returns how many. */
  private long vacuum(JobContext ctx) {
    SparkSession spark = ctx.spark();
    double hours = ctx.config().getDouble(ConfigKeys.MAINTENANCE_VACUUM_RETENTION_HOURS);
    String check = String.valueOf(hours >= DELTA_DEFAULT_RETENTION_HOURS);
    // Vacuum lists the table's folder in that many tasks (Spark's default: 10,000, for object
    // stores with huge tables); a few per core list a local or HDFS lakehouse far faster.
    String listing = String.valueOf(4 * spark.sparkContext().defaultParallelism());
    return withConf(spark, "spark.sql.sources.parallelPartitionDiscovery.parallelism", listing, () ->
        withConf(spark, "spark.databricks.delta.retentionDurationCheck.enabled", check, () -> {
      long deleted = 0;
      for (Table table : Table.values()) {
        if (ctx.catalog().exists(spark, table)) {
          String path = ctx.catalog().path(table);
          long before = dataFilesOnDisk(spark, path);
          ctx.withJobGroup("optimize", "Vacuum " + table.qualifiedName(),
              () -> DeltaTable.forPath(spark, path).vacuum(hours));
          deleted += before - dataFilesOnDisk(spark, path);
        }
      }
      return deleted;
    }));
  }

  /** The live files of the table's current version (from its snapshot: no data is read). */
  static FileStats fileStats(SparkSession spark, String path, long smallBytes) {
    Configuration conf = spark.sessionState().newHadoopConf();
    long files = 0;
    long smallFiles = 0;
    long bytes = 0;
    try {
      for (String file : spark.read().format("delta").load(path).inputFiles()) {
        Path p = new Path(file);
        long len = p.getFileSystem(conf).getFileStatus(p).getLen();
        files++;
        bytes += len;
        smallFiles += len < smallBytes ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files of " + path + ": " + e.getMessage(), e);
    }
    return new FileStats(files, smallFiles, bytes);
  }

  /** Parquet files under the table's folder, live or not (what a vacuum can delete). */
  private static long dataFilesOnDisk(SparkSession spark, String path) {
    Path root = new Path(path);
    try {
      var fs = root.getFileSystem(spark.sessionState().newHadoopConf());
      var it = fs.listFiles(root, true);
      long n = 0;
      while (it.hasNext()) {
        Path p = it.next().getPath();
        n += p.getName().endsWith(".parquet") && !p.toString().contains("/_delta_log/") ? 1 : 0;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  private static <T> T withConf(SparkSession spark, String key, String value, java.util.function.Supplier<T> action) {
    String previous = spark.conf().getOption(key).getOrElse(() -> null);
    spark.conf().set(key, value);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        spark.conf().unset(key);
      } else {
        spark.conf().set(key, previous);
      }
    }
  }
}
