package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.ReferenceGoldSchemas;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.kpi.KpiGranularity;
import org.harmattan.jobs.kpi.SharingKpis;
import org.harmattan.jobs.kpi.SlaPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kpi", description = {"Information-sharing KPIs per bureau and region-wide for a month or quarter:",
    "requests sent, received, answered, response times, SLA share, open past SLA, database use and yield,",
    "with the change on the previous period and on the same period a year earlier."})
final class KpiCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Month (2026-10) or quarter (2026-Q3); default: the latest month with KPIs.")
  String period;

  @Option(names = "--bureau", paramLabel = "CODE", description = "Only this bureau (ISO alpha-3), besides the region.")
  String bureau;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows shown to FILE (CSV, formulas neutralised).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    JobContext ctx = runtime.context(Optional.empty());
    if (!ctx.catalog().exists(ctx.spark(), Table.KPI_MONTHLY)) {
      out.println("No KPIs yet: harmattan pipeline (or ingest the requests and database-query feeds, then harmattan pipeline).");
      return ExitCodes.OK;
    }
    Dataset<Row> monthly = ctx.catalog().read(ctx.spark(), Table.KPI_MONTHLY);
    Period p = period != null ? Period.parse(period) : Period.parse(monthly.agg(org.apache.spark.sql.functions.max("period")).first().getString(0));
    Dataset<Row> rows = p.isQuarter() ? quarter(ctx, p) : monthly.where(col("period").equalTo(p.toString()));
    if (bureau != null) {
      rows = rows.where(col("bureau").isin(bureau.toUpperCase(java.util.Locale.ROOT), ReferenceGoldSchemas.ALL_BUREAUS));
    }
    rows = rows.orderBy(when(col("bureau").equalTo(ReferenceGoldSchemas.ALL_BUREAUS), 0).otherwise(1), col("bureau"));
    List<Row> shown = rows.limit(500).collectAsList();
    if (shown.isEmpty()) {
      out.println("No KPIs for " + p + ".");
      return ExitCodes.OK;
    }
    ConsoleTable t = new ConsoleTable("bureau", "sent", "received", "answered", "median h", "p90 h", "in SLA",
        "open past SLA", "queries", "vs prev", "vs year", "hits", "yield");
    for (Row r : shown) {
      t.row(r.getAs("bureau"), r.<Long>getAs("requests_sent"), r.<Long>getAs("requests_received"),
          r.<Long>getAs("answered"), hours(r.getAs("median_response_hours")), hours(r.getAs("p90_response_hours")),
          percent(r.getAs("within_sla_share")), r.<Long>getAs("open_past_sla"), r.<Long>getAs("queries"),
          change(r.getAs("queries_change_prev")), change(r.getAs("queries_change_year")), r.<Long>getAs("hits"),
          percent(r.getAs("hit_rate")));
    }
    out.println("Information sharing, " + p + " (requests counted when sent; answers and response times when answered;"
        + " open past SLA at the end of the period)");
    t.print(out);
    Row region = shown.get(0);
    if (ReferenceGoldSchemas.ALL_BUREAUS.equals(region.getAs("bureau"))) {
      out.println();
      out.println(RegionSentence.of(p, region));
    }
    if (csv != null) {
      long n = CsvExport.write(rows.drop("period_start"), csv);
      out.printf("Wrote %,d rows to %s%n", n, csv);
    }
    return ExitCodes.OK;
  }

  /** Quarters are computed from silver (a quarter's median is not a mean of monthly medians). */
  private static Dataset<Row> quarter(JobContext ctx, Period p) {
    var spark = ctx.spark();
    Dataset<Row> requests = ctx.catalog().exists(spark, Table.REQUESTS)
        ? ctx.catalog().read(spark, Table.REQUESTS).where(col(ReferenceSchemas.VALID_TO).isNull())
        : spark.createDataFrame(List.of(), ReferenceSchemas.REQUESTS);
    Dataset<Row> queries = ctx.catalog().exists(spark, Table.DB_QUERIES) ? ctx.catalog().read(spark, Table.DB_QUERIES)
        : spark.createDataFrame(List.of(), ReferenceSchemas.DB_QUERIES);
    return new SharingKpis(KpiGranularity.QUARTER, SlaPolicy.from(ctx.config())).compute(requests, queries)
        .where(col("period").equalTo(p.toString()));
  }

  static String hours(Double h) {
    return h == null ? "" : String.format("%.1f", h);
  }

  static String percent(Double share) {
    return share == null ? "" : String.format("%.1f%%", 100 * share);
  }

  static String change(Double c) {
    return c == null ? "" : String.format("%+.0f%%", 100 * c);
  }

  /** The figure the bureaus quote, in one sentence. */
  static final class RegionSentence {
    private RegionSentence() {}

    static String of(Period p, Row r) {
      StringBuilder sb = new StringBuilder("Region, ").append(p).append(": ");
      sb.append(String.format("%,d database queries", r.<Long>getAs("queries")));
      Double year = r.getAs("queries_change_year");
      if (year != null) {
        sb.append(String.format(" (%s on a year earlier)", change(year)));
      }
      Double yield = r.getAs("hit_rate");
      if (yield != null) {
        sb.append(", yield ").append(percent(yield));
      }
      Double sla = r.getAs("within_sla_share");
      if (sla != null) {
        sb.append("; ").append(percent(sla)).append(" of answers within their SLA");
      }
      return sb.append(String.format("; %,d requests open past their SLA at the end of the period.",
          r.<Long>getAs("open_past_sla"))).toString();
    }
  }
}
