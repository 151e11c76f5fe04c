package org.harmattan.reports.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.ConfigException;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;

/**
 * The tables a report reads, pinned at one Delta version each before anything is read, so that
 * every figure of a report comes from the same state of the lakehouse and can be read again by
 * time travel ({@code versionAsOf}). A table that does not exist is absent from the snapshot and
 * the sections built on it say so.
 */
public final class TableSnapshot {
  private final SparkSession spark;
  private final TableCatalog catalog;
  private final Map<Table, Long> versions;
  /** One DataFrame per table: resolving a Delta snapshot costs a log replay, done once per report run. */
  private final Map<Table, Dataset<Row>> frames = new java.util.concurrent.ConcurrentHashMap<>();

  private TableSnapshot(SparkSession spark, TableCatalog catalog, Map<Table, Long> versions) {
    this.spark = spark;
    this.catalog = catalog;
    this.versions = Collections.unmodifiableMap(versions);
  }

  /** Pins the current version of each of {@code tables} that exists. */
  public static TableSnapshot pinCurrent(SparkSession spark, TableCatalog catalog, List<Table> tables) {
    Map<Table, Long> versions = new LinkedHashMap<>();
    for (Table t : tables) {
      catalog.version(spark, t).ifPresent(v -> versions.put(t, v));
    }
    return new TableSnapshot(spark, catalog, versions);
  }

  /**
   * Pins the versions given (a rebuild from {@code report_runs}); a table absent from the map is
   * treated as absent from the lakehouse, as it was when the report was first built.
   *
   * @throws ConfigException when a pinned table no longer exists or the version is beyond its history
   */
  public static TableSnapshot pinned(SparkSession spark, TableCatalog catalog, Map<Table, Long> pinned) {
    for (Map.Entry<Table, Long> e : pinned.entrySet()) {
      Optional<Long> current = catalog.version(spark, e.getKey());
      if (current.isEmpty() || current.get() < e.getValue()) {
        throw new ConfigException("Table " + e.getKey().qualifiedName() + " version " + e.getValue()
            + " cannot be read: the table is at " + current.map(String::valueOf).orElse("no version (missing)"));
      }
    }
    Map<Table, Long> ordered = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      if (pinned.containsKey(t)) {
        ordered.put(t, pinned.get(t));
      }
    }
    return new TableSnapshot(spark, catalog, ordered);
  }

  public boolean has(Table table) {
    return versions.containsKey(table);
  }

  /** The table at its pinned version, or empty when it did not exist. */
  public Optional<Dataset<Row>> read(Table table) {
    Long v = versions.get(table);
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(frames.computeIfAbsent(table,
        t -> spark.read().format("delta").option("versionAsOf", v).load(catalog.path(t))));
  }

  /** Versions in catalog order. */
  public Map<Table, Long> versions() {
    return versions;
  }

  /** Versions keyed by qualified name ({@code silver.incidents}), as stored in {@code report_runs}. */
  public Map<String, Long> versionsByName() {
    Map<String, Long> byName = new LinkedHashMap<>();
    versions.forEach((t, v) -> byName.put(t.qualifiedName(), v));
    return byName;
  }

  public SparkSession spark() {
    return spark;
  }
}
