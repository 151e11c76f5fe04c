package org.harmattan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.alerts.RaiseAlertsJob;
import org.harmattan.jobs.ingest.IngestResult;
import org.harmattan.jobs.kpi.ComputeSharingKpisJob;
import org.harmattan.reports.BuildThreatReportJob;
import org.harmattan.reports.Edition;
import org.harmattan.reports.ReportConf;
import org.harmattan.reports.ReportLanguage;
import org.harmattan.reports.ReportPassword;
import org.harmattan.reports.ReportRequest;
import org.harmattan.reports.ReportResult;
import org.harmattan.samples.SampleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pipeline", description = {"Run every stage for a period: sample feeds (generated if missing) -> ingest ->",
    "alerts and KPIs -> features, hot spots, clusters, risk -> reports (conference, and restricted when a password",
    "is set). Idempotent: run it again and no silver row changes; gold tables of the period are rebuilt."})
final class PipelineCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Month (2026-10) or quarter (2026-Q3); default: the latest complete month in the data.")
  String period;

  @Option(names = "--no-reports", description = "Stop after the analytics (no PDF).")
  boolean noReports;

  @Override
  int run(CliRuntime runtime) throws Exception {
    Optional<Period> asked = period == null ? Optional.empty() : Optional.of(Period.parse(period));
    List<String> summary = new ArrayList<>();
    Path samples = runtime.config().localPath(ConfigKeys.SAMPLES_DIR);
    if (!Files.isDirectory(samples.resolve("feeds"))) {
      stage("samples: none in " + samples + ", generating");
      SamplesCommand.generate(runtime, null, null, null, SampleSpec.DEFAULT_FIRST_MONTH, SampleSpec.DEFAULT_LAST_MONTH);
    } else {
      stage("samples: using " + samples);
    }
    stage("ingest");
    IngestResult ingested = IngestCommand.ingest(runtime, List.of(), false, out);
    Period p = asked.orElseGet(() -> latestCompleteMonth(runtime));
    if (p == null) {
      out.println("No incidents in the lakehouse: nothing to analyse.");
      return ingested.anyFailed() ? ExitCodes.UNREADABLE_FEED : ExitCodes.OK;
    }
    summary.add(String.format("ingest: %,d records read, %,d accepted, %,d quarantined", ingested.read(),
        ingested.accepted(), ingested.quarantined()));
    JobContext ctx = runtime.context(Optional.of(p));

    stage("alerts and information-sharing KPIs, " + p);
    RaiseAlertsJob.Result alerts = new RaiseAlertsJob().run(ctx);
    ComputeSharingKpisJob.Result kpis = new ComputeSharingKpisJob().run(ctx);
    summary.add(String.format("alerts: %,d in gold.alerts, standing on %s: %s", alerts.alerts(), alerts.asOf(),
        alerts.standing()));
    summary.add(String.format("kpi_monthly: %,d rows, %s to %s", kpis.rows(), kpis.firstPeriod(), kpis.lastPeriod()));

    AnalyticsStages.run(() -> runtime.context(Optional.of(p)), what -> {
      stage(what + ", " + p);
      return null;
    }, summary);

    if (!noReports) {
      stage("reports, " + p);
      ReportConf conf = ReportConf.from(runtime.config());
      Optional<ReportPassword> password = ReportPassword.resolve(conf, System.getenv());
      List<Edition> editions = password.isPresent() ? List.of(Edition.RESTRICTED, Edition.CONFERENCE)
          : List.of(Edition.CONFERENCE);
      ReportResult reports = BuildThreatReportJob.run(ctx,
          ReportRequest.of(p, editions, List.of(ReportLanguage.values()), password));
      for (ReportResult.ReportFile f : reports.files()) {
        summary.add(String.format("report %s %s %s: %s (%d pages)", f.reportId(), f.edition().id(),
            f.language().code(), f.file(), f.pages()));
      }
      if (password.isEmpty()) {
        summary.add("restricted edition skipped: no password (set " + ReportPassword.ENVIRONMENT_VARIABLE + " or "
            + ReportConf.PASSWORD_FILE + ")");
      }
    }

    out.println();
    out.println("Pipeline summary, period " + p);
    summary.forEach(s -> out.println("  " + s));
    return ingested.anyFailed() ? ExitCodes.UNREADABLE_FEED : ExitCodes.OK;
  }

  private int step;

  private void stage(String what) {
    out.println("[" + (++step) + "] " + what);
  }

  /** The latest month before the current one that has incidents. */
  private static Period latestCompleteMonth(CliRuntime runtime) {
    var ctx = runtime.context(Optional.empty());
    if (!ctx.catalog().exists(ctx.spark(), Table.INCIDENTS)) {
      return null;
    }
    String current = ctx.today().toString().substring(0, 7);
    Row r = ctx.catalog().read(ctx.spark(), Table.INCIDENTS)
        .where(org.apache.spark.sql.functions.col(Columns.EVENT_MONTH).lt(current))
        .agg(org.apache.spark.sql.functions.max(Columns.EVENT_MONTH)).first();
    return r.isNullAt(0) ? null : Period.parse(r.getString(0));
  }
}
