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

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the ledger rows shown (per file) to FILE (CSV).")
  java.nio.file.Path csv;

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
      exportCsv(ledger.where(col("run_id").equalTo(run)));
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
      exportCsv(ledger.join(ledger.sparkSession().createDataFrame(
          runs.stream().map(r -> org.apache.spark.sql.RowFactory.create(r.<String>getAs("run_id"))).toList(),
          new org.apache.spark.sql.types.StructType().add("run_id", "string")), "run_id"));
    }
    return ExitCodes.OK;
  }

  private void exportCsv(Dataset<Row> rows) {
    if (csv != null) {
      long n = CsvExport.write(rows.selectExpr("run_id", "job", "feed", "file", "status", "started_at", "ended_at",
          "records_read", "accepted", "quarantined", "duplicates", "inserted", "updated", "message")
          .orderBy(col("started_at").desc(), col("feed"), col("file")), csv);
      out.printf("Wrote %,d ledger rows to %s%n", n, csv);
    }
  }

  static String fileName(String path) {
    return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
  }
}
