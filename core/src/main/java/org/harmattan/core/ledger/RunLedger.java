package org.harmattan.core.ledger;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import scala.jdk.javaapi.CollectionConverters;

/** The run ledger, a Delta table: what every run read, accepted, refused and wrote. */
public final class RunLedger {
  private final SparkSession spark;
  private final TableCatalog catalog;

  public RunLedger(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /** Appends entries (a handful per run: one per file). */
  public void append(List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    catalog.ensure(spark, Table.RUN_LEDGER, Schemas.RUN_LEDGER);
    List<Row> rows = new ArrayList<>();
    for (LedgerEntry e : entries) {
      rows.add(RowFactory.create(e.runId(), e.job(), e.feed(), e.file(), e.fileSha256(), timestamp(e.startedAt()),
          timestamp(e.endedAt()), e.status().name(), e.recordsRead(), e.accepted(), e.quarantined(), e.duplicates(),
          e.inserted(), e.updated(), CollectionConverters.asScala(e.tableVersions()), e.message(), e.fileBytes(),
          timestamp(e.fileModifiedAt())));
    }
    // mergeSchema: a ledger created before file_bytes and file_modified_at gains them (null in old rows).
    spark.createDataFrame(rows, Schemas.RUN_LEDGER).write().format("delta").mode("append").option("mergeSchema", "true")
        .save(catalog.path(Table.RUN_LEDGER));
  }

  private static Timestamp timestamp(java.time.Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  /** The ledger, or an empty frame with its schema before the first run. */
  public Dataset<Row> read() {
    if (!catalog.exists(spark, Table.RUN_LEDGER)) {
      return spark.createDataFrame(List.of(), Schemas.RUN_LEDGER);
    }
    return catalog.read(spark, Table.RUN_LEDGER);
  }

  /**
   * Earlier successful ingestions of files with these contents, in one query bounded by the
   * number of hashes asked: key {@code feed + '\u0000' + sha256}, value {run id, file}.
   */
  public java.util.Map<String, String[]> succeededIngestions(java.util.Collection<String> sha256s) {
    java.util.Map<String, String[]> found = new java.util.HashMap<>();
    if (sha256s.isEmpty()) {
      return found;
    }
    for (Row r : read()
        .where(functions.col("file_sha256").isin(sha256s.toArray())
            .and(functions.col("status").equalTo(LedgerEntry.Status.SUCCEEDED.name())))
        .select("feed", "file_sha256", "run_id", "file").dropDuplicates("feed", "file_sha256").collectAsList()) {
      found.put(r.getString(0) + '\u0000' + r.getString(1), new String[] {r.getString(2), r.getString(3)});
    }
    return found;
  }

  /**
   * The digests recorded for these files, by what identified the file when it was hashed: key
   * {@link #fileKey}, value its SHA-256. One query bounded by the files asked times the versions
   * of each that were seen; empty for a ledger written before sizes were recorded.
   */
  public java.util.Map<String, String> recordedDigests(java.util.Collection<String> files) {
    java.util.Map<String, String> found = new java.util.HashMap<>();
    Dataset<Row> ledger = read();
    if (files.isEmpty() || !java.util.Arrays.asList(ledger.columns()).contains("file_bytes")) {
      return found;
    }
    for (Row r : ledger
        .where(functions.col("file").isin(files.toArray()).and(functions.col("file_sha256").isNotNull())
            .and(functions.col("file_bytes").isNotNull()).and(functions.col("file_modified_at").isNotNull()))
        .select("file", "file_bytes", "file_modified_at", "file_sha256").distinct().collectAsList()) {
      found.put(fileKey(r.getString(0), r.getLong(1), r.getTimestamp(2).toInstant()), r.getString(3));
    }
    return found;
  }

  /** A file as a run saw it: path, size in bytes and modification time (to the millisecond). */
  public static String fileKey(String file, long bytes, java.time.Instant modifiedAt) {
    return file + '\u0000' + bytes + '\u0000' + modifiedAt.toEpochMilli();
  }
}
