package org.harmattan.cli;

import java.util.Optional;
import org.harmattan.core.ExitCodes;
import org.harmattan.jobs.maintenance.OptimizeTablesJob;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.Action;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.OptimizeResult;
import org.harmattan.jobs.maintenance.OptimizeTablesJob.TableOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "optimize", description = {"Table maintenance: compacts the small files monthly runs leave in each table",
    "and rewrites silver.incidents in event-date order, the layout monthly runs rely on.",
    "Rows are unchanged. Run it every few months, or after loading a long history."})
final class OptimizeCommand extends HarmattanSubcommand {
  @Option(names = "--reorder-incidents", description = "Rewrite silver.incidents in date order even without"
      + " small files (a lakehouse loaded before it was laid out by date).")
  boolean reorderIncidents;

  @Option(names = "--vacuum", description = "Then delete the files that no table version of the last"
      + " harmattan.maintenance.vacuum-retention-hours needs. Reports older than that can no longer be rebuilt.")
  boolean vacuum;

  @Override
  int run(CliRuntime runtime) {
    OptimizeResult r = new OptimizeTablesJob().run(runtime.context(Optional.empty()), reorderIncidents, vacuum);
    ConsoleTable t = new ConsoleTable("table", "done", "files before", "small", "files after", "MB", "s");
    for (TableOutcome o : r.tables()) {
      if (o.action() != Action.ABSENT) {
        t.row(o.table().qualifiedName(), describe(o.action()), o.before().files(),
            o.before().smallFiles(), o.after().files(), String.format("%.1f", o.after().bytes() / 1048576.0),
            String.format("%.1f", o.millis() / 1000.0));
      }
    }
    if (t.isEmpty()) {
      out.println("No table yet: nothing to optimize.");
      return ExitCodes.OK;
    }
    t.print(out);
    if (r.vacuumedFiles() >= 0) {
      out.printf("Vacuum: %,d files no longer needed deleted.%n", r.vacuumedFiles());
    }
    out.printf("%.1f s%n", r.millis() / 1000.0);
    return ExitCodes.OK;
  }

  private static String describe(Action action) {
    return switch (action) {
      case ABSENT -> "not created yet";
      case ALREADY_COMPACT -> "nothing to do";
      case COMPACTED -> "small files compacted";
      case ORDERED_BY_DATE -> "rewritten in event-date order";
    };
  }
}
