package org.harmattan.reports.lineage;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.ConfigException;
import org.harmattan.core.catalog.ReportSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.time.Period;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.ReportResult;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Gold {@code report_runs}: the lineage of every PDF (period, edition, language, file, SHA-256,
 * the version of each table read), appended once per run, and read back to rebuild a report.
 */
public final class ReportRuns {
  private final SparkSession spark;
  private final TableCatalog catalog;

  public ReportRuns(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /** A stored report: what to build again and the table versions to read. */
  public record StoredReport(String reportId, Period period, Edition edition, ReportLanguage language,
      Map<Table, Long> versions, String sha256) {}

  /** Appends one row per file of the run (a handful of rows). */
  public void append(ReportResult result, Map<String, Long> tableVersions, Instant createdAt) {
    if (result.files().isEmpty()) {
      return;
    }
    catalog.ensure(spark, Table.REPORT_RUNS, ReportSchemas.REPORT_RUNS);
    List<Row> rows = new ArrayList<>();
    for (ReportResult.ReportFile f : result.files()) {
      rows.add(RowFactory.create(f.reportId(), result.runId(), result.period().toString(), f.edition().id(),
          f.language().code(), f.file().toAbsolutePath().toString(), f.sha256(), f.bytes(), f.pages(),
          CollectionConverters.asScala(tableVersions), Timestamp.from(createdAt), f.millis()));
    }
    spark.createDataFrame(rows, ReportSchemas.REPORT_RUNS).write().format("delta").mode("append")
        .save(catalog.path(Table.REPORT_RUNS));
  }

  /**
   * The stored report with this id.
   *
   * @throws ConfigException when no report has this id
   */
  public StoredReport find(String reportId) {
    if (!catalog.exists(spark, Table.REPORT_RUNS)) {
      throw new ConfigException("Report '" + reportId + "': no report has been built yet (" + Table.REPORT_RUNS.qualifiedName()
          + " does not exist)");
    }
    List<Row> rows = catalog.read(spark, Table.REPORT_RUNS).where(col("report_id").equalTo(reportId))
        .select("period", "edition", "language", "table_versions", "sha256").limit(1).collectAsList();
    if (rows.isEmpty()) {
      throw new ConfigException("Report '" + reportId + "' is not in " + Table.REPORT_RUNS.qualifiedName()
          + ": expected an id printed on a report's pages, e.g. HTR-2026-10-R-EN-1A2B3C4D");
    }
    Row r = rows.get(0);
    Map<String, Long> byName = CollectionConverters.asJava(r.<String, Long>getMap(3));
    Map<Table, Long> versions = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      Object v = byName.get(t.qualifiedName());
      if (v != null) {
        versions.put(t, ((Number) v).longValue());
      }
    }
    return new StoredReport(reportId, Period.parse(r.getString(0)), Edition.parse(r.getString(1)),
        ReportLanguage.parse(r.getString(2)), versions, r.getString(4));
  }
}
