package org.harmattan.cli;

import java.util.Map;
import org.harmattan.core.ExitCodes;
import org.harmattan.features.hotspots.ComputeHotspotsJob;
import org.harmattan.features.hotspots.HotspotsResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hotspots", description = {"Getis-Ord Gi* hot spots with FDR control and emerging hot spot patterns",
    "over the window ending with the period (gold.hotspots, gold.hotspot_trends). Run `features` first."})
final class HotspotsCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Last month of the window; default: the panel's last month.")
  String period;

  @Override
  int run(CliRuntime runtime) {
    HotspotsResult r = new ComputeHotspotsJob().run(runtime.context(FeaturesCommand.parse(period)));
    if (r.windowMonths() == 0) {
      out.println("No cell-month panel yet: run `harmattan features` first.");
      return ExitCodes.OK;
    }
    out.printf("Hot spots %s..%s (%d months), %d measures: %,d cell analyses, %,d significant cell-months; %.1f s%n",
        r.windowStart(), r.periodEnd(), r.windowMonths(), r.measures().size(), r.analysedCells(), r.significantBins(),
        r.millis() / 1000.0);
    out.println(r.monthsComputed() == 0 ? "Gi* of every month of the window was up to date: patterns reclassified."
        : String.format("Gi* computed for %d of the window's %d months (the others' inputs had not changed).",
            r.monthsComputed(), r.windowMonths()));
    ConsoleTable t = new ConsoleTable("pattern", "cells");
    for (Map.Entry<String, Long> e : r.patterns().entrySet()) {
      if (!e.getKey().equals("NO_PATTERN")) {
        t.row(e.getKey(), e.getValue());
      }
    }
    t.row("NO_PATTERN", r.patterns().getOrDefault("NO_PATTERN", 0L));
    t.print(out);
    out.println("Run " + r.runId() + ": measures " + String.join(", ", r.measures()));
    return ExitCodes.OK;
  }
}
