package org.harmattan.jobs.kpi;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.ReferenceGoldSchemas;

/**
 * Information-sharing KPIs per bureau and period, and region-wide ({@code bureau = ALL}), for
 * every period from the first to the last one in the data, zero rows included.
 *
 * <p>Where each request counts: sent and received in the period it was sent (for its sender and
 * its addressee); answered, response times and the SLA share in the period it was answered, for
 * the bureau that answered; open past its SLA at the end of each period, for the bureau that
 * owes the answer. Medians and the 90th percentile are exact ({@code percentile}, linear
 * interpolation between the closest ranks), computed over all rows of the group, so the
 * region-wide median is not a mean of bureau medians.
 */
public final class SharingKpis {
  private static final String START = "period_start";
  private static final String BUREAU = "bureau";

  private final KpiGranularity granularity;
  private final SlaPolicy sla;

  public SharingKpis(KpiGranularity granularity, SlaPolicy sla) {
    this.granularity = granularity;
    this.sla = sla;
  }

  /**
   * @param requests one row per request: from_bureau, to_bureau, priority, sent_at, answered_at (null while open)
   * @param queries one row per database query: bureau, queried_at, hit
   * @return rows in the columns of {@link ReferenceGoldSchemas#KPI_MONTHLY} without the run columns, plus period_start
   */
  public Dataset<Row> compute(Dataset<Row> requests, Dataset<Row> queries) {
    Dataset<Row> req = requests.select(col("from_bureau"), col("to_bureau"), col("sent_at"), col("answered_at"),
        sla.hours(col("priority")).as("sla_hours"),
        ((unix_seconds(col("answered_at")).minus(unix_seconds(col("sent_at")))).divide(3600.0)).as("response_hours"));
    Row bounds = periodBounds(req, queries);
    if (bounds.isNullAt(0)) {
      return requests.sparkSession().createDataFrame(List.of(), resultSchema());
    }

    Dataset<Row> sent = forBureauAndRegion(req, "from_bureau", "sent_at").groupBy(START, BUREAU)
        .agg(count(lit(1)).as("requests_sent"));
    Dataset<Row> received = forBureauAndRegion(req, "to_bureau", "sent_at").groupBy(START, BUREAU)
        .agg(count(lit(1)).as("requests_received"));
    Dataset<Row> answered = forBureauAndRegion(req.where(col("answered_at").isNotNull()), "to_bureau", "answered_at")
        .groupBy(START, BUREAU)
        .agg(count(lit(1)).as("answered"),
            expr("percentile(response_hours, 0.5)").as("median_response_hours"),
            expr("percentile(response_hours, 0.9)").as("p90_response_hours"),
            sum(when(col("response_hours").leq(col("sla_hours")), 1).otherwise(0)).cast("long").as("answered_within_sla"),
            count(col("sla_hours")).as("answered_with_sla"));
    Dataset<Row> pastSla = openPastSla(req, bounds.getDate(1));
    Dataset<Row> used = forBureauAndRegion(queries, BUREAU, "queried_at").groupBy(START, BUREAU)
        .agg(count(lit(1)).as("queries"), sum(when(col("hit"), 1).otherwise(0)).cast("long").as("hits"));

    Dataset<Row> grid = grid(req, queries, bounds);
    Dataset<Row> kpis = grid;
    for (Dataset<Row> part : List.of(sent, received, answered, pastSla, used)) {
      kpis = kpis.join(part, scalaSeq(START, BUREAU), "left");
    }
    kpis = kpis.select(col(START), col(BUREAU),
        coalesce(col("requests_sent"), lit(0L)).as("requests_sent"),
        coalesce(col("requests_received"), lit(0L)).as("requests_received"),
        coalesce(col("answered"), lit(0L)).as("answered"),
        col("median_response_hours"), col("p90_response_hours"),
        coalesce(col("answered_within_sla"), lit(0L)).as("answered_within_sla"),
        when(col("answered_with_sla").gt(0), col("answered_within_sla").divide(col("answered_with_sla")))
            .as("within_sla_share"),
        coalesce(col("open_past_sla"), lit(0L)).as("open_past_sla"),
        coalesce(col("queries"), lit(0L)).as("queries"),
        coalesce(col("hits"), lit(0L)).as("hits"),
        when(col("queries").gt(0), col("hits").divide(col("queries"))).as("hit_rate"));
    return withChanges(kpis);
  }

  /** The columns of {@link #compute}: the gold schema without its run columns, plus period_start. */
  public static org.apache.spark.sql.types.StructType resultSchema() {
    org.apache.spark.sql.types.StructType s = new org.apache.spark.sql.types.StructType();
    for (var f : ReferenceGoldSchemas.KPI_MONTHLY.fields()) {
      if (!f.name().startsWith("_")) {
        s = s.add(f);
      }
    }
    return s.add(START, "date");
  }

  /** First and last period start in the data (sent, answered or queried). */
  private Row periodBounds(Dataset<Row> req, Dataset<Row> queries) {
    Dataset<Row> starts = req.select(granularity.start(col("sent_at")).as(START))
        .union(req.select(granularity.start(col("answered_at")).as(START)))
        .union(queries.select(granularity.start(col("queried_at")).as(START)));
    return starts.agg(min(START), max(START)).first();
  }

  /** Each row twice: once for its bureau, once for the region. */
  private Dataset<Row> forBureauAndRegion(Dataset<Row> rows, String bureauColumn, String timeColumn) {
    return rows.withColumn(BUREAU, explode(array(col(bureauColumn), lit(ReferenceGoldSchemas.ALL_BUREAUS))))
        .withColumn(START, granularity.start(col(timeColumn)));
  }

  /**
   * Requests still unanswered at the end of a period although their SLA ran out before it. Each
   * request is expanded only over the periods from its due date to its answer (or the last period),
   * so the work is bounded by how long requests stay overdue, not by requests x periods.
   */
  private Dataset<Row> openPastSla(Dataset<Row> req, java.sql.Date lastStart) {
    Column due = timestamp_seconds(unix_seconds(col("sent_at")).plus(col("sla_hours").multiply(3600)).cast("long"));
    Dataset<Row> late = req.where(col("sla_hours").isNotNull())
        .withColumn("due_at", due)
        .where(col("answered_at").isNull().or(col("answered_at").gt(col("due_at"))))
        .withColumn("first_start", granularity.start(col("due_at")))
        .withColumn("last_start", least(lit(lastStart), coalesce(granularity.start(col("answered_at")), lit(lastStart))))
        .where(col("first_start").leq(col("last_start")))
        .withColumn(START, explode(expr("sequence(first_start, last_start, interval " + granularity.months() + " month)")))
        .withColumn("period_end", add_months(col(START), granularity.months()).cast("timestamp"))
        .where(col("due_at").lt(col("period_end"))
            .and(col("answered_at").isNull().or(col("answered_at").geq(col("period_end")))));
    return late.withColumn(BUREAU, explode(array(col("to_bureau"), lit(ReferenceGoldSchemas.ALL_BUREAUS))))
        .groupBy(START, BUREAU).agg(count(lit(1)).as("open_past_sla"));
  }

  /** Every bureau seen anywhere, and the region, times every period between the bounds. */
  private Dataset<Row> grid(Dataset<Row> req, Dataset<Row> queries, Row bounds) {
    Dataset<Row> bureaus = req.select(col("from_bureau").as(BUREAU)).union(req.select(col("to_bureau").as(BUREAU)))
        .union(queries.select(col(BUREAU))).union(req.sparkSession().range(1).select(lit(ReferenceGoldSchemas.ALL_BUREAUS).as(BUREAU)))
        .where(col(BUREAU).isNotNull()).distinct();
    Dataset<Row> periods = req.sparkSession().range(1).select(explode(expr("sequence(to_date('" + bounds.getDate(0)
        + "'), to_date('" + bounds.getDate(1) + "'), interval " + granularity.months() + " month)")).as(START));
    return periods.crossJoin(bureaus);
  }

  /** Adds {@code <m>_change_prev} and {@code <m>_change_year} for the compared measures. */
  private Dataset<Row> withChanges(Dataset<Row> kpis) {
    Dataset<Row> prev = shifted(kpis, granularity.months(), "prev");
    Dataset<Row> year = shifted(kpis, 12, "year");
    Dataset<Row> joined = kpis.join(prev, scalaSeq(START, BUREAU), "left").join(year, scalaSeq(START, BUREAU), "left");
    List<Column> out = new ArrayList<>();
    out.add(granularity.label(col(START)).as("period"));
    out.add(col(BUREAU));
    for (String c : kpis.columns()) {
      if (!c.equals(START) && !c.equals(BUREAU)) {
        out.add(col(c));
      }
    }
    for (String m : ReferenceGoldSchemas.KPI_COMPARED) {
      out.add(change(m, "prev"));
      out.add(change(m, "year"));
    }
    out.add(col(START));
    return joined.select(out.toArray(Column[]::new));
  }

  /** The measures of the period {@code months} earlier, keyed by the period they are compared with. */
  private static Dataset<Row> shifted(Dataset<Row> kpis, int months, String suffix) {
    List<Column> cols = new ArrayList<>();
    cols.add(add_months(col(START), months).as(START));
    cols.add(col(BUREAU));
    for (String m : ReferenceGoldSchemas.KPI_COMPARED) {
      cols.add(col(m).as(m + "_" + suffix));
    }
    return kpis.select(cols.toArray(Column[]::new));
  }

  private static Column change(String measure, String suffix) {
    Column earlier = col(measure + "_" + suffix);
    return when(earlier.notEqual(0), col(measure).divide(earlier).minus(1)).as(measure + "_change_" + suffix);
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toSeq();
  }
}
