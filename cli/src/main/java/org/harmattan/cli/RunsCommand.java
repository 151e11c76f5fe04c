package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.ledger.RunLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "runs", description = "Show the run ledger: per run and file, records read, accepted, quarantined, status.")
final class RunsCommand extends HarmattanSubcommand {
  @Option(names = "--run", paramLabel = "ID", description = "Only this run (its files in detail).")
  String run;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Runs to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(CliRuntime runtime) {
    var ctx = runtime.context(java.util.Optional.empty());
    Dataset<Row> ledger = new RunLedger(ctx.spark(), ctx.catalog()).read();
    if (run != null) {
      ConsoleTable t = new ConsoleTable("feed", "file", "status", "read", "accepted", "quarantined", "duplicates",
          "inserted", "updated", "message");
      for (Row r : ledger.where(col("run_id").equalTo(run)).orderBy("feed", "file").limit(1000).collectAsList()) {
        t.row(r.getAs("feed"), fileName(r.getAs("file")), r.getAs("status"), r.getAs("records_read"), r.getAs("accepted"),
            r.getAs("quarantined"), r.getAs("duplicates"), r.getAs("inserted"), r.getAs("updated"), r.getAs("message"));
      }
      t.print(out);
      return ExitCodes.OK;
    }
    List<Row> runs = ledger.groupBy("run_id", "job").agg(
            org.apache.spark.sql.functions.min("started_at").as("started"),
            org.apache.spark.sql.functions.max("ended_at").as("ended"),
            org.apache.spark.sql.functions.countDistinct("feed").as("feeds"),
            org.apache.spark.sql.functions.sum("records_read").as("read"),
            org.apache.spark.sql.functions.sum("accepted").as("accepted"),
            org.apache.spark.sql.functions.sum("quarantined").as("quarantined"),
            org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.when(col("status").equalTo("FAILED"), 1).otherwise(0)).as("failed"),
            org.apache.spark.sql.functions.sum(org.apache.spark.sql.functions.when(col("status").equalTo("SKIPPED"), 1).otherwise(0)).as("skipped"))
        .orderBy(col("started").desc()).limit(limit).collectAsList();
    ConsoleTable t = new ConsoleTable("run", "job", "started (UTC)", "feeds", "read", "accepted", "quarantined", "files skipped", "failed");
    for (Row r : runs) {
      t.row(r.getAs("run_id"), r.getAs("job"), String.valueOf(r.<Object>getAs("started")).replaceAll("\\.\\d+$", ""),
          r.getAs("feeds"), r.getAs("read"), r.getAs("accepted"), r.getAs("quarantined"), r.getAs("skipped"), r.getAs("failed"));
    }
    if (t.isEmpty()) {
      out.println("No run yet: harmattan ingest");
    } else {
      t.print(out);
      out.println("Details of one run: harmattan runs --run ID");
    }
    return ExitCodes.OK;
  }

  static String fileName(String path) {
    return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
  }
}
