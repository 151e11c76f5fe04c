package org.harmattan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.time.Period;
import org.harmattan.jobs.ingest.IngestResult;
import org.harmattan.samples.SampleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pipeline", description = {"Run every stage: sample feeds (generated if missing) -> ingest -> summary.",
    "Idempotent: run it again and no silver row changes."})
final class PipelineCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Month (2026-10) or quarter (2026-Q3); default: the latest complete month in the data.")
  String period;

  @Override
  int run(CliRuntime runtime) throws Exception {
    Optional<Period> asked = period == null ? Optional.empty() : Optional.of(Period.parse(period));
    Path samples = runtime.config().localPath(ConfigKeys.SAMPLES_DIR);
    if (!Files.isDirectory(samples.resolve("feeds"))) {
      out.println("[1/2] samples: none in " + samples + ", generating");
      SamplesCommand.generate(runtime, null, null, null, SampleSpec.DEFAULT_FIRST_MONTH, SampleSpec.DEFAULT_LAST_MONTH);
    } else {
      out.println("[1/2] samples: using " + samples);
    }
    out.println("[2/2] ingest");
    IngestResult result = IngestCommand.ingest(runtime, List.of(), false, out);
    Period p = asked.orElseGet(() -> latestCompleteMonth(runtime));
    out.println("Period: " + (p == null ? "no data yet" : p));
    return result.anyFailed() ? ExitCodes.UNREADABLE_FEED : ExitCodes.OK;
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
