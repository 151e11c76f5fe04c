package org.harmattan.features.risk;

import java.util.Map;

/**
 * What a scoring run did. Metrics pool the rolling-origin folds (every test month together).
 *
 * @param featureMonth month whose features were scored
 * @param targetMonth month the scores forecast
 * @param folds rolling-origin folds evaluated
 * @param model metrics of the gradient-boosted trees: auroc, aupr, brier
 * @param logistic metrics of the logistic regression check
 * @param baseline metrics of the no-change baseline
 * @param importances GBT feature importances of the final model
 */
public record RiskResult(String runId, String featureMonth, String targetMonth, long cellsScored, int folds,
    Map<String, Double> model, Map<String, Double> logistic, Map<String, Double> baseline,
    Map<String, Double> importances, String modelPath, long scoresVersion, long evaluationsVersion, long millis) {
  public static final RiskResult EMPTY = new RiskResult("", "", "", 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), "",
      -1, -1, 0);

  public boolean beatsBaselineOnAupr() {
    return model.getOrDefault("aupr", 0.0) > baseline.getOrDefault("aupr", 0.0);
  }
}
