package org.harmattan.features.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;

/**
 * Writes the gold analytics tables so that re-running a job for the same period replaces that
 * period's rows instead of adding to them (Delta {@code replaceWhere}), and appends run logs.
 */
public final class GoldTables {
  private final SparkSession spark;
  private final TableCatalog catalog;

  public GoldTables(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /**
   * Replaces the rows matching {@code predicate} (a SQL condition on the table's columns) with
   * {@code rows}, in one Delta commit. Every row written must match the predicate.
   */
  public long replace(Table table, StructType schema, Dataset<Row> rows, String predicate) {
    catalog.ensure(spark, table, schema);
    conform(rows, schema).write().format("delta").mode("overwrite").option("replaceWhere", predicate)
        .save(catalog.path(table));
    return catalog.version(spark, table).orElse(-1L);
  }

  /** Appends rows (run logs, evaluations: one set per run). */
  public long append(Table table, StructType schema, Dataset<Row> rows) {
    catalog.ensure(spark, table, schema);
    conform(rows, schema).write().format("delta").mode("append").save(catalog.path(table));
    return catalog.version(spark, table).orElse(-1L);
  }

  /** The table, or an empty frame of its schema before its first write. */
  public Dataset<Row> read(Table table, StructType schema) {
    if (!catalog.exists(spark, table)) {
      return spark.createDataFrame(List.of(), schema);
    }
    return catalog.read(spark, table);
  }

  /** Columns in the schema's order and types, so that a job's frame always matches the contract. */
  static Dataset<Row> conform(Dataset<Row> rows, StructType schema) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : schema.fields()) {
      cols.add(functions.col(f.name()).cast(f.dataType()).as(f.name()));
    }
    return rows.select(cols.toArray(Column[]::new));
  }

  /** SQL text literal with quotes escaped, for predicates built from configuration values. */
  public static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
