package org.harmattan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harmattan.core.ExitCodes;
import org.harmattan.jobs.ingest.FeedRunSummary;
import org.harmattan.jobs.ingest.IngestFeedsJob;
import org.harmattan.jobs.ingest.IngestRequest;
import org.harmattan.jobs.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", description = {"Ingest feed files into bronze, silver incidents and quarantine.",
    "Files already ingested (same content) are skipped; re-running changes nothing."})
final class IngestCommand extends HarmattanSubcommand {
  @Option(names = "--feed", paramLabel = "NAME", description = "Feed to ingest (repeatable; default: every feed in conf/feeds).")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--force", description = "Read files again even if their content was ingested before.")
  boolean force;

  @Override
  int run(CliRuntime runtime) {
    IngestResult result = ingest(runtime, feeds, force, out);
    return result.anyFailed() ? ExitCodes.UNREADABLE_FEED : ExitCodes.OK;
  }

  /** Runs ingestion with a progress line per step, then prints the summary table. */
  static IngestResult ingest(CliRuntime runtime, List<String> feeds, boolean force, java.io.PrintStream out) {
    out.println("Ingesting into " + runtime.config().location(org.harmattan.core.config.ConfigKeys.LAKEHOUSE));
    IngestResult r = new IngestFeedsJob().run(runtime.context(Optional.empty()),
        new IngestRequest(feeds, force, line -> out.println("  " + line)));
    printSummary(r, out);
    return r;
  }

  static void printSummary(IngestResult r, java.io.PrintStream out) {
    out.println();
    ConsoleTable t = new ConsoleTable("feed", "status", "files", "skipped", "read", "accepted", "quarantined", "duplicates");
    for (FeedRunSummary f : r.feeds()) {
      t.row(f.feed(), f.status(), f.files(), f.filesSkipped(), f.read(), f.accepted(), f.quarantined(), f.duplicates());
    }
    t.row("TOTAL", "", "", "", r.read(), r.accepted(), r.quarantined(), r.duplicates());
    t.print(out);
    out.printf("%nRun %s: silver rows (incidents and reference versions) %,d inserted, %,d updated; %.1f s%n", r.runId(), r.inserted(), r.updated(),
        r.millis() / 1000.0);
    for (FeedRunSummary f : r.feeds()) {
      if (f.status().equals("FAILED")) {
        out.println("FAILED " + f.feed() + ": " + f.message());
      }
    }
    if (r.quarantined() > 0) {
      out.println("Refused records: harmattan quarantine");
    }
  }
}
