package org.harmattan.cli;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.jobs.reference.ReferenceStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reference", description = {
    "The reference databases as of a day: counts by source, kind and status at the end of that day (UTC),",
    "or with --ref the versions of one record (e.g. when a notice was cancelled). Names and dates of birth",
    "are never shown; person_ref is."})
final class ReferenceCommand extends HarmattanSubcommand {
  /** Columns shown for one record's versions: no names, no dates of birth. */
  private static final Map<Table, List<String>> SHOWN = Map.of(
      Table.NOTICES, List.of("notice_type", "person_ref", "issuing_country", "offence_category", "issue_date",
          "valid_until", "cancellation_date", "warrant_ref"),
      Table.WARRANTS, List.of("person_ref", "issuing_country", "authority", "offence_category", "issue_date", "expiry_date"),
      Table.TRAVEL_DOCUMENTS, List.of("document_type", "issuing_country", "issue_date", "expiry_date", "reported_date"),
      Table.REQUESTS, List.of("from_bureau", "to_bureau", "request_type", "priority", "sent_at", "answered_at"),
      Table.DB_QUERIES, List.of("bureau", "database", "queried_at", "hit", "matched_ref"),
      Table.PERSONS, List.of("sex", "nationality"));

  @Parameters(index = "0", paramLabel = "TABLE",
      description = "persons, notices, warrants, travel-documents, requests or db-queries.")
  String tableName;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day (yyyy-MM-dd); default today.")
  LocalDate asOf;

  @Option(names = "--feed", paramLabel = "SOURCE", description = "Only this source (e.g. mar-bcn).")
  String feed;

  @Option(names = "--ref", paramLabel = "REF", description = "Show the versions of the record with this reference.")
  String ref;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rows shown to FILE (CSV, formulas neutralised).")
  java.nio.file.Path csv;

  @Override
  int run(CliRuntime runtime) {
    Table table = table(tableName);
    if (table == null) {
      System.err.println("Unknown reference table '" + tableName
          + "'; expected persons, notices, warrants, travel-documents, requests or db-queries");
      return ExitCodes.USAGE;
    }
    var ctx = runtime.context(java.util.Optional.empty());
    if (!ctx.catalog().exists(ctx.spark(), table)) {
      out.println(table.qualifiedName() + " is empty: nothing ingested yet (harmattan ingest).");
      return ExitCodes.OK;
    }
    ReferenceStates states = new ReferenceStates(ctx.spark(), ctx.catalog());
    boolean versioned = List.of(ctx.catalog().read(ctx.spark(), table).columns()).contains(ReferenceSchemas.VALID_FROM);
    Dataset<Row> rows;
    List<String> columns = new ArrayList<>(List.of(ReferenceSchemas.SOURCE_FEED));
    if (ref != null) {
      rows = states.history(table, ref);
      columns.add(ReferenceStates.referenceColumn(table));
      if (versioned) {
        columns.addAll(List.of(ReferenceSchemas.STATUS, ReferenceSchemas.VALID_FROM, ReferenceSchemas.VALID_TO));
      }
      columns.addAll(SHOWN.get(table));
    } else {
      LocalDate day = asOf == null ? ctx.today() : asOf;
      rows = states.asOf(table, day);
      columns.add(ReferenceStates.kindColumn(table));
      if (versioned) {
        columns.add(ReferenceSchemas.STATUS);
      }
      out.println(table.qualifiedName() + " as of " + day + " (end of day, UTC)");
    }
    if (feed != null) {
      rows = rows.where(col(ReferenceSchemas.SOURCE_FEED).equalTo(feed));
    }
    org.apache.spark.sql.Column[] keys = columns.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new);
    Dataset<Row> shown = ref != null ? rows.select(keys) : rows.groupBy(keys).count().orderBy(keys);
    List<String> headers = new ArrayList<>(columns);
    if (ref == null) {
      headers.add("records");
    }
    ConsoleTable t = new ConsoleTable(headers.toArray(String[]::new));
    for (Row r : shown.limit(1000).collectAsList()) {
      Object[] cells = new Object[r.size()];
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        cells[i] = v instanceof java.sql.Timestamp ts ? ts.toInstant().toString() : v;
      }
      t.row(cells);
    }
    if (t.isEmpty()) {
      out.println(ref != null ? "No record with reference '" + ref + "'." : "No record holds on that day.");
      return ExitCodes.OK;
    }
    t.print(out);
    if (csv != null) {
      // Empty cells for nulls (an open validity period): CsvExport builds each line with List.of, which refuses nulls.
      Dataset<Row> text = shown.select(java.util.Arrays.stream(shown.columns())
          .map(c -> org.apache.spark.sql.functions.coalesce(col(c).cast("string"), org.apache.spark.sql.functions.lit(""))
              .as(c)).toArray(org.apache.spark.sql.Column[]::new));
      long n = CsvExport.write(text, csv);
      out.printf("%nWrote %,d rows to %s%n", n, csv);
    }
    return ExitCodes.OK;
  }

  private static Table table(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('-', '_');
    for (Table t : List.of(Table.PERSONS, Table.NOTICES, Table.WARRANTS, Table.TRAVEL_DOCUMENTS, Table.REQUESTS,
        Table.DB_QUERIES)) {
      if (t.tableName().equals(n)) {
        return t;
      }
    }
    return null;
  }
}
