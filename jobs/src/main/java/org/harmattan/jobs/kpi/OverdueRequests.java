package org.harmattan.jobs.kpi;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_seconds;

import java.sql.Timestamp;
import java.time.Instant;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;

/**
 * Requests unanswered at a moment although their SLA ran out before it: the list behind the
 * {@code open_past_sla} KPI, most overdue first.
 */
public final class OverdueRequests {
  private final SlaPolicy sla;

  public OverdueRequests(SlaPolicy sla) {
    this.sla = sla;
  }

  /** Overdue requests in the lakehouse at {@code asOf}; empty when no request was ingested. */
  public Dataset<Row> at(JobContext ctx, Instant asOf) {
    if (!ctx.catalog().exists(ctx.spark(), Table.REQUESTS)) {
      return ctx.spark().emptyDataFrame();
    }
    return of(ComputeSharingKpisJob.currentRequests(ctx), asOf);
  }

  /**
   * @param requests one row per request (request_ref, source_feed, from_bureau, to_bureau, request_type, priority, sent_at, answered_at)
   */
  public Dataset<Row> of(Dataset<Row> requests, Instant asOf) {
    Column at = lit(Timestamp.from(asOf));
    Column due = timestamp_seconds(unix_seconds(col("sent_at")).plus(sla.hours(col("priority")).multiply(3600)).cast("long"));
    return requests
        .where(col("sent_at").leq(at).and(col("answered_at").isNull().or(col("answered_at").gt(at))))
        .withColumn("due_at", due)
        .where(col("due_at").lt(at))
        .select(col("request_ref"), col("source_feed"), col("from_bureau"), col("to_bureau"), col("request_type"),
            col("priority"), col("sent_at"), col("due_at"),
            round(unix_seconds(at).minus(unix_seconds(col("due_at"))).divide(3600.0), 1).as("hours_overdue"))
        .orderBy(col("due_at"), col("request_ref"));
  }
}
