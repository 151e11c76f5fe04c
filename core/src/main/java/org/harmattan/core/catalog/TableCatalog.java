package org.harmattan.core.catalog;

import io.delta.tables.DeltaTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/** Where each table lives under the lakehouse root, and the few questions every job asks of it. */
public final class TableCatalog {
  private final String root;

  /** @param root lakehouse root: a local path or any Hadoop URI */
  public TableCatalog(String root) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  public String path(Table table) {
    return root + "/" + table.layer() + "/" + table.tableName();
  }

  public boolean exists(SparkSession spark, Table table) {
    return DeltaTable.isDeltaTable(spark, path(table));
  }

  /**
   * Current version of the table, empty when it does not exist yet. Read from the table's Delta log
   * snapshot (a listing of its log folder), which the next read or write of the table reuses; a
   * history query ran a Spark job for each call, a few hundred milliseconds on a small table.
   * {@code DeltaLog} is Delta's internal class: should an upgrade change {@code update}, the public
   * fallback is {@code DeltaTable.forPath(..).history(1)}.
   */
  public Optional<Long> version(SparkSession spark, Table table) {
    long version = DeltaLog.forTable(spark, path(table)).update(false, Option.empty(), Option.empty()).version();
    return version < 0 ? Optional.empty() : Optional.of(version);
  }

  /** Versions of every existing table, in catalog order. */
  public Map<Table, Long> versions(SparkSession spark) {
    Map<Table, Long> versions = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      version(spark, t).ifPresent(v -> versions.put(t, v));
    }
    return versions;
  }

  public Dataset<Row> read(SparkSession spark, Table table) {
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Creates the table empty with its schema when it does not exist, so that readers and MERGE
   * have a target on the first run.
   */
  public void ensure(SparkSession spark, Table table, StructType schema, String... partitionColumns) {
    if (exists(spark, table)) {
      return;
    }
    DeltaTable.createIfNotExists(spark)
        .location(path(table))
        .addColumns(schema)
        .partitionedBy(partitionColumns)
        .property("delta.enableChangeDataFeed", "true")
        .property("delta.enableDeletionVectors", "true")
        .execute();
  }
}
