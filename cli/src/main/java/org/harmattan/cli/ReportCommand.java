package org.harmattan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.harmattan.core.ConfigException;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.time.Period;
import org.harmattan.reports.BuildThreatReportJob;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportConf;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.ReportPassword;
import org.harmattan.reports.ReportRequest;
import org.harmattan.reports.ReportResult;
import org.harmattan.reports.lineage.ReportRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = {"Build the periodic threat report: one PDF per edition and language.",
    "The restricted edition is encrypted with the password from HARMATTAN_REPORT_PASSWORD or the file named by",
    "harmattan.reports.password-file. Each file is recorded with the table versions it read in gold.report_runs."})
final class ReportCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Month (2026-10) or quarter (2026-Q3); default: the latest complete month in the data.")
  String period;

  @Option(names = "--edition", paramLabel = "EDITION", split = ",",
      description = "restricted, conference or training; repeatable or comma-separated. Default: conference, and "
          + "restricted when a password is available.")
  List<String> editions = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", split = ",", defaultValue = "en,fr,ar",
      description = "Languages, comma-separated (default ${DEFAULT-VALUE}).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default harmattan.reports.output-dir).")
  Path outDir;

  @Option(names = "--rebuild", paramLabel = "REPORT-ID",
      description = "Build a stored report again from the table versions it read (gold.report_runs).")
  String rebuild;

  @Override
  int run(CliRuntime runtime) {
    ReportConf conf = ReportConf.from(runtime.config());
    Optional<ReportPassword> password = ReportPassword.resolve(conf, System.getenv());
    List<ReportLanguage> langs = languages.stream().map(ReportLanguage::parse).distinct().toList();
    JobContext ctx;
    ReportRequest request;
    if (rebuild != null) {
      if (period != null || !editions.isEmpty()) {
        throw new ConfigException("report --rebuild takes the period and edition of the stored report: drop --period and --edition");
      }
      ctx = runtime.context(Optional.empty());
      ReportRuns.StoredReport stored = new ReportRuns(ctx.spark(), ctx.catalog()).find(rebuild);
      request = ReportRequest.of(stored.period(), List.of(stored.edition()), List.of(stored.language()), password)
          .pinnedAt(stored.versions());
      out.printf("Rebuilding %s (%s, %s edition, %s) from %d table versions%n", stored.reportId(), stored.period(),
          stored.edition().id(), stored.language().code(), stored.versions().size());
    } else {
      Optional<Period> asked = period == null ? Optional.empty() : Optional.of(Period.parse(period));
      List<Edition> wanted = editions(password.isPresent());
      if (wanted.contains(Edition.RESTRICTED) && password.isEmpty()) {
        throw ReportPassword.missing(); // before Spark starts
      }
      ctx = runtime.context(asked);
      Period p = asked.orElseGet(() -> latestCompleteMonth(ctx));
      request = ReportRequest.of(p, wanted, langs, password);
    }
    if (outDir != null) {
      request = request.withOutputDir(outDir);
    }
    ReportResult result = BuildThreatReportJob.run(ctx, request);
    ConsoleTable t = new ConsoleTable("report", "edition", "lang", "pages", "bytes", "ms", "file");
    for (ReportResult.ReportFile f : result.files()) {
      t.row(f.reportId(), f.edition().id(), f.language().code(), f.pages(), f.bytes(), f.millis(), f.file());
    }
    t.print(out);
    out.printf("%nPeriod %s; figures computed in %,d ms; %d files in %,d ms. Table versions read: %s%n",
        result.period(), result.factsMillis(), result.files().size(), result.millis(), result.tableVersions());
    if (rebuild == null && editions.isEmpty() && password.isEmpty()) {
      out.println("Restricted edition skipped: no password (set " + ReportPassword.ENVIRONMENT_VARIABLE + " or "
          + ReportConf.PASSWORD_FILE + ").");
    }
    return ExitCodes.OK;
  }

  /** The editions asked, or by default conference plus restricted when it can be encrypted. */
  private List<Edition> editions(boolean havePassword) {
    Set<Edition> set = new LinkedHashSet<>();
    for (String e : editions) {
      set.add(Edition.parse(e));
    }
    if (set.isEmpty()) {
      if (havePassword) {
        set.add(Edition.RESTRICTED);
      }
      set.add(Edition.CONFERENCE);
    }
    return List.copyOf(set);
  }

  /** The latest month before the current one that has incidents. */
  private static Period latestCompleteMonth(JobContext ctx) {
    if (!ctx.catalog().exists(ctx.spark(), Table.INCIDENTS)) {
      throw new ConfigException("No incidents yet: run `harmattan ingest` (or `pipeline`) first, or give --period");
    }
    String current = ctx.today().toString().substring(0, 7);
    Row r = ctx.catalog().read(ctx.spark(), Table.INCIDENTS)
        .where(functions.col(Columns.EVENT_MONTH).lt(current)).agg(functions.max(Columns.EVENT_MONTH)).first();
    if (r.isNullAt(0)) {
      throw new ConfigException("No incidents before " + current + ": give --period");
    }
    return Period.parse(r.getString(0));
  }
}
