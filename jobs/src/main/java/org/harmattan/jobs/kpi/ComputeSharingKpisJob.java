package org.harmattan.jobs.kpi;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.ReferenceGoldSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;

/**
 * Rebuilds gold {@code kpi_monthly} from silver {@code requests} and {@code db_queries}: every
 * month of the data, per bureau and region-wide. The table is small (bureaus x months) and each
 * month's figures depend on requests answered or still open months later, so it is recomputed
 * whole rather than merged; a re-run on the same silver versions writes the same rows.
 */
public final class ComputeSharingKpisJob {
  private static final Logger LOG = LogManager.getLogger(ComputeSharingKpisJob.class);

  /** What a run wrote. */
  public record Result(long rows, String firstPeriod, String lastPeriod, long tableVersion, Duration duration) {
    public static final Result EMPTY = new Result(0, null, null, -1, Duration.ZERO);

    public boolean isEmpty() {
      return rows == 0;
    }
  }

  public Result run(JobContext ctx) {
    Instant started = ctx.clock().instant();
    var spark = ctx.spark();
    boolean haveRequests = ctx.catalog().exists(spark, Table.REQUESTS);
    boolean haveQueries = ctx.catalog().exists(spark, Table.DB_QUERIES);
    if (!haveRequests && !haveQueries) {
      LOG.info("No requests or database queries ingested: kpi_monthly not built");
      return Result.EMPTY;
    }
    Dataset<Row> requests = haveRequests ? currentRequests(ctx) : emptyRequests(ctx);
    Dataset<Row> queries = haveQueries ? ctx.catalog().read(spark, Table.DB_QUERIES)
        : spark.createDataFrame(List.of(), org.harmattan.core.catalog.ReferenceSchemas.DB_QUERIES);
    Dataset<Row> kpis = new SharingKpis(KpiGranularity.MONTH, SlaPolicy.from(ctx.config())).compute(requests, queries);

    List<Column> out = new ArrayList<>();
    for (var f : ReferenceGoldSchemas.KPI_MONTHLY.fields()) {
      out.add(switch (f.name()) {
        case "_run_id" -> lit(ctx.runId()).as(f.name());
        case "_computed_at" -> current_timestamp().as(f.name());
        default -> col(f.name()).cast(f.dataType()).as(f.name());
      });
    }
    return ctx.withJobGroup("kpi", "Information-sharing KPIs per bureau and month", () -> {
      ctx.catalog().ensure(spark, Table.KPI_MONTHLY, ReferenceGoldSchemas.KPI_MONTHLY);
      kpis.select(out.toArray(Column[]::new)).write().format("delta").mode("overwrite")
          .save(ctx.catalog().path(Table.KPI_MONTHLY));
      Row summary = ctx.catalog().read(spark, Table.KPI_MONTHLY)
          .agg(org.apache.spark.sql.functions.count(lit(1)), org.apache.spark.sql.functions.min("period"),
              org.apache.spark.sql.functions.max("period"))
          .first();
      long version = ctx.catalog().version(spark, Table.KPI_MONTHLY).orElse(-1L);
      Result r = new Result(summary.getLong(0), summary.getString(1), summary.getString(2), version,
          Duration.between(started, ctx.clock().instant()));
      LOG.info("kpi_monthly: {} rows, periods {} to {}, version {}", r.rows(), r.firstPeriod(), r.lastPeriod(), version);
      return r;
    });
  }

  /** One row per request: its current version (valid_to null) carries the latest answer. */
  static Dataset<Row> currentRequests(JobContext ctx) {
    return ctx.catalog().read(ctx.spark(), Table.REQUESTS)
        .where(col(org.harmattan.core.catalog.ReferenceSchemas.VALID_TO).isNull());
  }

  private static Dataset<Row> emptyRequests(JobContext ctx) {
    return ctx.spark().createDataFrame(List.of(), org.harmattan.core.catalog.ReferenceSchemas.REQUESTS);
  }
}
