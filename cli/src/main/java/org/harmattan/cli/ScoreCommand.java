package org.harmattan.cli;

import java.util.Map;
import org.harmattan.core.ExitCodes;
import org.harmattan.features.risk.RiskResult;
import org.harmattan.features.risk.ScoreRiskJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", description = {"Next-month risk per cell (gradient-boosted trees, logistic regression as a check),",
    "evaluated out of time beside a no-change baseline. Writes gold.risk_scores and gold.model_evaluations."})
final class ScoreCommand extends HarmattanSubcommand {
  @Option(names = "--period", paramLabel = "PERIOD", description = "Month whose features are scored; default: the panel's last month.")
  String period;

  @Override
  int run(CliRuntime runtime) {
    RiskResult r = new ScoreRiskJob().run(runtime.context(FeaturesCommand.parse(period)));
    if (r.targetMonth().isEmpty()) {
      out.println("No cell-month panel yet: run `harmattan features` first.");
      return ExitCodes.OK;
    }
    out.printf("Risk for %s from the features of %s: %,d cells scored; %.1f s%n", r.targetMonth(), r.featureMonth(),
        r.cellsScored(), r.millis() / 1000.0);
    out.println(r.retrained()
        ? String.format("Models trained for %s; evaluated on %d rolling-origin folds.", r.trainedFor(), r.folds())
        : String.format("Saved models trained for %s reused (features.risk.retrain-months); evaluated on the %d"
            + " month(s) since.", r.trainedFor(), r.folds()));
    ConsoleTable t = new ConsoleTable("model", "AUROC", "AUPR", "Brier");
    row(t, "gradient-boosted trees", r.model());
    row(t, "logistic regression", r.logistic());
    row(t, "no-change baseline", r.baseline());
    t.print(out);
    out.println(r.folds() == 0 ? "Too few months for an out-of-time evaluation."
        : r.beatsBaselineOnAupr() ? "The model beats the no-change baseline on AUPR."
        : "The model does NOT beat the no-change baseline on AUPR.");
    out.println((r.retrained() ? "Models saved under " : "Models read from ") + r.modelPath());
    return ExitCodes.OK;
  }

  private static void row(ConsoleTable t, String name, Map<String, Double> m) {
    t.row(name, fmt(m.get("auroc")), fmt(m.get("aupr")), fmt(m.get("brier")));
  }

  private static String fmt(Double v) {
    return v == null || v.isNaN() ? "-" : String.format("%.3f", v);
  }
}
