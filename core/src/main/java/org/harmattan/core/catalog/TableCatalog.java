package org.harmattan.core.catalog;

import io.delta.tables.DeltaTable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

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

  /** Current version of the table, empty when it does not exist yet. */
  public Optional<Long> version(SparkSession spark, Table table) {
    if (!exists(spark, table)) {
      return Optional.empty();
    }
    Row last = DeltaTable.forPath(spark, path(table)).history(1).select("version").first();
    return Optional.of(last.getLong(0));
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
