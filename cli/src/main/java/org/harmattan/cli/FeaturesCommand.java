package org.harmattan.cli;

import java.util.Optional;
import org.harmattan.core.ExitCodes;
import org.harmattan.core.time.Period;
import org.harmattan.features.panel.BuildCellMonthFeaturesJob;
import org.harmattan.features.panel.PanelResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "features", description = {"Build the cell-month panel (gold.cell_month_features) from silver incidents.",
    "Every region cell x month up to the period, zeros included; re-running replaces the same months."})
final class FeaturesCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD",
      description = "Last month (2026-10) or quarter (2026-Q3) of the panel; default: the latest complete month in the data.")
  String period;

  @Override
  int run(CliRuntime runtime) {
    PanelResult r = new BuildCellMonthFeaturesJob().run(runtime.context(parse(period)));
    if (r.months() == 0) {
      out.println("No incidents yet: run `harmattan ingest` first.");
      return ExitCodes.OK;
    }
    out.printf("Cell-month panel %s..%s: %,d cells x %d months = %,d rows; %,d active cell-months, %,d incidents; %.1f s%n",
        r.firstMonth(), r.lastMonth(), r.cells(), r.months(), r.rows(), r.activeCellMonths(), r.incidents(),
        r.millis() / 1000.0);
    out.println(r.monthsRebuilt() == 0 ? "No month's inputs changed since it was built: nothing rebuilt."
        : String.format("%d of %d months rebuilt (the others' inputs had not changed).", r.monthsRebuilt(), r.months()));
    out.println("Run " + r.runId() + ": gold.cell_month_features version " + r.version());
    return ExitCodes.OK;
  }

  static Optional<Period> parse(String period) {
    return period == null ? Optional.empty() : Optional.of(Period.parse(period));
  }
}
