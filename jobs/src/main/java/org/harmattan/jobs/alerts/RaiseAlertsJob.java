package org.harmattan.jobs.alerts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.ReferenceGoldSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;

/**
 * Evaluates the alert rules over the whole history of the reference tables and merges the
 * result into gold {@code alerts}: new situations are inserted, changed ones updated (a notice
 * cancelled since the last run resolves its alert), vanished ones (a record corrected at the
 * source) deleted. Re-running on unchanged silver tables changes nothing.
 */
public final class RaiseAlertsJob {
  private static final Logger LOG = LogManager.getLogger(RaiseAlertsJob.class);
  public static final String EXPIRING_DAYS_KEY = "harmattan.reference.alerts.expiring-within-days";

  /** What a run found: alerts in the table, and those standing on the as-of day per type. */
  public record Result(long alerts, LocalDate asOf, Map<AlertType, Long> standing, long tableVersion, Duration duration) {
    public static final Result EMPTY = new Result(0, null, Map.of(), -1, Duration.ZERO);

    public Result {
      EnumMap<AlertType, Long> copy = new EnumMap<>(AlertType.class);
      copy.putAll(standing);
      standing = Collections.unmodifiableMap(copy);
    }
  }

  public Result run(JobContext ctx) {
    Instant started = ctx.clock().instant();
    var spark = ctx.spark();
    var catalog = ctx.catalog();
    int days = ctx.config().getInt(EXPIRING_DAYS_KEY);
    List<Dataset<Row>> parts = new ArrayList<>();
    boolean notices = catalog.exists(spark, Table.NOTICES);
    boolean warrants = catalog.exists(spark, Table.WARRANTS);
    boolean documents = catalog.exists(spark, Table.TRAVEL_DOCUMENTS);
    if (notices) {
      Dataset<Row> n = catalog.read(spark, Table.NOTICES);
      parts.add(AlertRules.noticeStatusConflict(n));
      parts.add(AlertRules.noticesExpiring(n, days));
      if (warrants) {
        parts.add(AlertRules.expiredWarrantActiveNotice(n, catalog.read(spark, Table.WARRANTS)));
      }
    }
    if (warrants) {
      parts.add(AlertRules.warrantsExpiring(catalog.read(spark, Table.WARRANTS), days));
    }
    if (documents) {
      Dataset<Row> d = catalog.read(spark, Table.TRAVEL_DOCUMENTS);
      parts.add(AlertRules.documentsExpiring(d, days));
      if (catalog.exists(spark, Table.DB_QUERIES)) {
        parts.add(AlertRules.stolenDocumentHit(d, catalog.read(spark, Table.DB_QUERIES)));
      }
    }
    if (parts.isEmpty()) {
      LOG.info("No notices, warrants or travel documents ingested: no alert to raise");
      return Result.EMPTY;
    }
    Dataset<Row> found = parts.stream().reduce(Dataset::unionByName).orElseThrow()
        .dropDuplicates("alert_id")
        .withColumn("_run_id", lit(ctx.runId()))
        .withColumn("_updated_at", current_timestamp());
    LocalDate asOf = ctx.period().map(p -> p.endDate()).orElse(ctx.today());
    return ctx.withJobGroup("alerts", "Alerts over notices, warrants, travel documents and queries", () -> {
      catalog.ensure(spark, Table.ALERTS, ReferenceGoldSchemas.ALERTS);
      merge(DeltaTable.forPath(spark, catalog.path(Table.ALERTS)), found);
      Dataset<Row> all = catalog.read(spark, Table.ALERTS);
      Map<AlertType, Long> standing = new EnumMap<>(AlertType.class);
      for (Row r : StandingAlerts.on(all, asOf).groupBy("alert_type").count().collectAsList()) {
        standing.put(AlertType.valueOf(r.getString(0)), r.getLong(1));
      }
      Result result = new Result(all.count(), asOf, standing, catalog.version(spark, Table.ALERTS).orElse(-1L),
          Duration.between(started, ctx.clock().instant()));
      LOG.info("alerts: {} in the table, standing on {}: {}", result.alerts(), asOf, standing);
      return result;
    });
  }

  private static void merge(DeltaTable target, Dataset<Row> source) {
    String changed = "NOT (t.raised_on <=> s.raised_on AND t.resolved_on <=> s.resolved_on AND t.severity <=> s.severity"
        + " AND t.message <=> s.message AND t.issuing_country <=> s.issuing_country AND t.records <=> s.records)";
    target.as("t").merge(source.as("s"), "t.alert_id = s.alert_id")
        .whenMatched(changed).updateAll()
        .whenNotMatched().insertAll()
        .whenNotMatchedBySource().delete()
        .execute();
  }
}
