package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.alerts.StandingAlerts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", description = {"Suspicious situations in the reference databases (gold alerts): red notices on",
    "expired warrants, notices cancelled in one feed and active in another, stolen documents hit after their report,",
    "records about to expire. Shows the alerts that stood during --period, or on --as-of (default today)."})
final class AlertsCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Month (2026-10) or quarter (2026-Q3): alerts standing on any of its days.")
  String period;

  @Mixin
  AsOfOption asOf = new AsOfOption();

  @Option(names = "--type", paramLabel = "TYPE", description = "Only this alert type (e.g. EXPIRED_WARRANT_ACTIVE_NOTICE).")
  String type;

  @Option(names = "--severity", paramLabel = "LEVEL", description = "Only HIGH, MEDIUM or LOW.")
  String severity;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Alerts to list (default ${DEFAULT-VALUE}); --csv writes all.")
  int limit;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write every alert shown to FILE (CSV, records involved as JSON).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    JobContext ctx = runtime.context(Optional.empty());
    if (!ctx.catalog().exists(ctx.spark(), Table.ALERTS)) {
      out.println("No alerts table yet: harmattan pipeline builds it after ingesting the reference feeds.");
      return ExitCodes.OK;
    }
    Dataset<Row> all = ctx.catalog().read(ctx.spark(), Table.ALERTS);
    String when;
    Dataset<Row> alerts;
    if (period != null) {
      Period p = Period.parse(period);
      alerts = StandingAlerts.during(all, p);
      when = "during " + p;
    } else {
      LocalDate day = asOf.day(ctx.today());
      alerts = StandingAlerts.on(all, day);
      when = "on " + day;
    }
    if (type != null) {
      alerts = alerts.where(col("alert_type").equalTo(type.toUpperCase(Locale.ROOT)));
    }
    if (severity != null) {
      alerts = alerts.where(col("severity").equalTo(severity.toUpperCase(Locale.ROOT)));
    }
    alerts = alerts.orderBy(
        org.apache.spark.sql.functions.when(col("severity").equalTo("HIGH"), 0).when(col("severity").equalTo("MEDIUM"), 1)
            .otherwise(2),
        col("alert_type"), col("raised_on"), col("alert_id")).cache();
    try {
      ConsoleTable counts = new ConsoleTable("severity", "alert type", "standing");
      for (Row r : alerts.groupBy("severity", "alert_type").count().orderBy("severity", "alert_type").collectAsList()) {
        counts.row(r.getString(0), r.getString(1), r.getLong(2));
      }
      out.println("Alerts standing " + when);
      if (counts.isEmpty()) {
        out.println("None.");
        return ExitCodes.OK;
      }
      counts.print(out);
      out.println();
      ConsoleTable list = new ConsoleTable("severity", "type", "country", "since", "until", "what");
      for (Row r : alerts.limit(limit).collectAsList()) {
        list.row(r.getAs("severity"), r.getAs("alert_type"), r.getAs("issuing_country"), r.getAs("raised_on"),
            r.getAs("resolved_on") == null ? "standing" : r.getAs("resolved_on"), r.getAs("message"));
      }
      list.print(out);
      long total = alerts.count();
      if (total > limit) {
        out.printf("... and %,d more (--limit, --csv)%n", total - limit);
      }
      if (csv != null) {
        long n = CsvExport.write(alerts.withColumn("records", to_json(col("records"))).drop("_run_id"), csv);
        out.printf("Wrote %,d alerts to %s%n", n, csv);
      }
      return ExitCodes.OK;
    } finally {
      alerts.unpersist();
    }
  }
}
