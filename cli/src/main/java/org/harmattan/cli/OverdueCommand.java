package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.jobs.kpi.OverdueRequests;
import org.harmattan.jobs.kpi.SlaPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "overdue", description = "Requests between bureaus still unanswered after the SLA of their priority, most overdue first.")
final class OverdueCommand extends HarmattanSubcommand {
  @Mixin
  AsOfOption asOf = new AsOfOption();

  @Option(names = "--bureau", paramLabel = "CODE", description = "Only requests this bureau (ISO alpha-3) owes an answer to.")
  String bureau;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows to show (default ${DEFAULT-VALUE}); --csv writes all.")
  int limit;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write every overdue request to FILE (CSV, formulas neutralised).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    JobContext ctx = runtime.context(Optional.empty());
    LocalDate day = asOf.day(ctx.today());
    if (!ctx.catalog().exists(ctx.spark(), Table.REQUESTS)) {
      out.println("No requests ingested yet.");
      return ExitCodes.OK;
    }
    Instant at = AsOfOption.endOf(day);
    Dataset<Row> overdue = new OverdueRequests(SlaPolicy.from(ctx.config())).at(ctx, at);
    if (bureau != null) {
      overdue = overdue.where(col("to_bureau").equalTo(bureau.toUpperCase(java.util.Locale.ROOT)));
    }
    overdue = overdue.cache();
    try {
      long total = overdue.count();
      out.printf("%,d request(s) open past their SLA at the end of %s (UTC)%n", total, day);
      if (total == 0) {
        return ExitCodes.OK;
      }
      ConsoleTable t = new ConsoleTable("request", "from", "to (owes answer)", "type", "priority", "sent (UTC)", "due (UTC)",
          "days overdue");
      for (Row r : overdue.limit(limit).collectAsList()) {
        t.row(r.getAs("request_ref"), r.getAs("from_bureau"), r.getAs("to_bureau"), r.getAs("request_type"),
            r.getAs("priority"), minutes(r.getAs("sent_at")), minutes(r.getAs("due_at")),
            String.format("%.1f", r.<Double>getAs("hours_overdue") / 24));
      }
      t.print(out);
      if (total > limit) {
        out.printf("... and %,d more (--limit, --csv)%n", total - limit);
      }
      if (csv != null) {
        long n = CsvExport.write(overdue, csv);
        out.printf("Wrote %,d overdue requests to %s%n", n, csv);
      }
      return ExitCodes.OK;
    } finally {
      overdue.unpersist();
    }
  }

  static String minutes(Object timestamp) {
    String s = String.valueOf(timestamp);
    return s.length() >= 16 ? s.substring(0, 16) : s;
  }
}
