package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quarantine", description = "Refused records: counts by feed and reason, then examples with file, line and message.")
final class QuarantineCommand extends HarmattanSubcommand {
  @Option(names = "--feed", paramLabel = "NAME", description = "Only this feed.")
  String feed;

  @Option(names = "--reason", paramLabel = "CODE", description = "Only this reason code (e.g. UNPARSEABLE_DATE).")
  String reason;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "10", description = "Examples to show (default ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write every matching refused record to FILE (CSV, formulas neutralised).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    var ctx = runtime.context(java.util.Optional.empty());
    if (!ctx.catalog().exists(ctx.spark(), Table.QUARANTINE)) {
      out.println("The quarantine is empty: nothing ingested yet.");
      return ExitCodes.OK;
    }
    Dataset<Row> q = ctx.catalog().read(ctx.spark(), Table.QUARANTINE);
    if (feed != null) {
      q = q.where(col("_feed").equalTo(feed));
    }
    if (reason != null) {
      q = q.where(col("reason").equalTo(reason));
    }
    ConsoleTable counts = new ConsoleTable("feed", "reason", "records");
    for (Row r : q.groupBy("_feed", "reason").count().orderBy("_feed", "reason").limit(500).collectAsList()) {
      counts.row(r.getString(0), r.getString(1), r.getLong(2));
    }
    if (counts.isEmpty()) {
      out.println("No refused record matches.");
      return ExitCodes.OK;
    }
    counts.print(out);
    out.println();
    ConsoleTable ex = new ConsoleTable("feed", "file", "line", "reason", "message");
    for (Row r : q.orderBy("_feed", "_file", "_line").limit(examples).collectAsList()) {
      ex.row(r.getAs("_feed"), RunsCommand.fileName(r.getAs("_file")), r.<Long>getAs("_line"), r.getAs("reason"),
          r.getAs("message"));
    }
    ex.print(out);
    if (csv != null) {
      long n = CsvExport.write(q.orderBy("_feed", "_file", "_line").selectExpr("_feed AS feed", "_file AS file",
          "_line AS line", "reason", "column", "message", "raw", "_batch_id AS run_id"), csv);
      out.printf("%nWrote %,d refused records to %s%n", n, csv);
    }
    return ExitCodes.OK;
  }
}
