package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.jobs.alerts.AlertRules;
import org.harmattan.jobs.alerts.StandingAlerts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "expiring", description = {"Active notices, warrants and listed travel documents whose validity ends within",
    "the given days after the as-of day, counted per issuing country, then listed soonest first."})
final class ExpiringCommand extends HarmattanSubcommand {
  private static final Pattern DAYS = Pattern.compile("(\\d{1,4})\\s*([dw]?)");

  @Option(names = "--within", paramLabel = "DAYS", defaultValue = "30d", description = "Window: 30d, 6w or 45 (days); default ${DEFAULT-VALUE}.")
  String within;

  @Mixin
  AsOfOption asOf = new AsOfOption();

  @Option(names = "--kind", paramLabel = "KIND", description = "notice, warrant or document (default all three).")
  String kind;

  @Option(names = "--country", paramLabel = "CODE", description = "Only this issuing country (ISO alpha-3).")
  String country;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows to list (default ${DEFAULT-VALUE}); --csv writes all.")
  int limit;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write every expiring record to FILE (CSV, full references).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    int days = days(within);
    JobContext ctx = runtime.context(Optional.empty());
    LocalDate day = asOf.day(ctx.today());
    var spark = ctx.spark();
    var catalog = ctx.catalog();
    List<Dataset<Row>> parts = new ArrayList<>();
    if (wants("notice") && catalog.exists(spark, Table.NOTICES)) {
      parts.add(AlertRules.noticesExpiring(catalog.read(spark, Table.NOTICES), days).withColumn("kind", lit("notice")));
    }
    if (wants("warrant") && catalog.exists(spark, Table.WARRANTS)) {
      parts.add(AlertRules.warrantsExpiring(catalog.read(spark, Table.WARRANTS), days).withColumn("kind", lit("warrant")));
    }
    if (wants("document") && catalog.exists(spark, Table.TRAVEL_DOCUMENTS)) {
      parts.add(AlertRules.documentsExpiring(catalog.read(spark, Table.TRAVEL_DOCUMENTS), days)
          .withColumn("kind", lit("document")));
    }
    if (parts.isEmpty()) {
      out.println("No notices, warrants or travel documents ingested yet.");
      return ExitCodes.OK;
    }
    Dataset<Row> expiring = StandingAlerts.on(parts.stream().reduce(Dataset::unionByName).orElseThrow(), day);
    if (country != null) {
      expiring = expiring.where(col("issuing_country").equalTo(country.toUpperCase(Locale.ROOT)));
    }
    expiring = expiring.select(col("kind"), col("issuing_country"), col("source_feed"), col("subject_ref").as("ref"),
            col("event_date").as("ends_on"), datediff(col("event_date"), lit(java.sql.Date.valueOf(day))).as("days_left"))
        .orderBy(col("ends_on"), col("kind"), col("ref")).cache();
    try {
      out.printf("Ending within %d days after %s (notices: validity; warrants and documents: expiry date)%n", days, day);
      ConsoleTable perCountry = new ConsoleTable("issuing country", "notices", "warrants", "documents", "total");
      for (Row r : expiring.groupBy("issuing_country").agg(
              sum(when(col("kind").equalTo("notice"), 1).otherwise(0)).cast("long"),
              sum(when(col("kind").equalTo("warrant"), 1).otherwise(0)).cast("long"),
              sum(when(col("kind").equalTo("document"), 1).otherwise(0)).cast("long"), count(lit(1)))
          .orderBy(col("issuing_country")).limit(300).collectAsList()) {
        perCountry.row(r.get(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
      }
      if (perCountry.isEmpty()) {
        out.println("Nothing ends in that window.");
        return ExitCodes.OK;
      }
      perCountry.print(out);
      out.println();
      ConsoleTable list = new ConsoleTable("ends on", "days left", "kind", "issuing country", "feed", "reference");
      List<Row> rows = expiring.limit(limit).collectAsList();
      for (Row r : rows) {
        String ref = r.getAs("ref");
        list.row(r.getAs("ends_on"), r.<Integer>getAs("days_left"), r.getAs("kind"), r.getAs("issuing_country"),
            r.getAs("source_feed"), "document".equals(r.getAs("kind")) ? Redaction.documentNumber(ref) : ref);
      }
      list.print(out);
      long total = expiring.count();
      if (total > rows.size()) {
        out.printf("... and %,d more (--limit, --csv)%n", total - rows.size());
      }
      if (csv != null) {
        long n = CsvExport.write(expiring, csv);
        out.printf("Wrote %,d records to %s%n", n, csv);
      }
      return ExitCodes.OK;
    } finally {
      expiring.unpersist();
    }
  }

  private boolean wants(String k) {
    if (kind == null) {
      return true;
    }
    String asked = kind.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    if (!List.of("notice", "warrant", "document").contains(asked)) {
      throw new UsageException("--kind: expected notice, warrant or document, got '" + kind + "'");
    }
    return asked.equals(k);
  }

  static int days(String text) {
    Matcher m = DAYS.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UsageException("--within: expected a number of days such as 30d, 6w or 45, got '" + text + "'");
    }
    int n = Integer.parseInt(m.group(1));
    return m.group(2).equals("w") ? n * 7 : n;
  }
}
