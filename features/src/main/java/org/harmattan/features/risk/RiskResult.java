package org.harmattan.features.risk;

import java.util.Map;

/**
 * What a scoring run did. Metrics pool the rolling-origin folds (every test month together).
 *
 * @param featureMonth month whose features were scored
 * @param targetMonth month the scores forecast
 * @param folds test months evaluated: rolling-origin folds when the models were trained, else the
 *     months since the saved models' training
 * @param model metrics of the gradient-boosted trees: auroc, aupr, brier
 * @param logistic metrics of the logistic regression check
 * @param baseline metrics of the no-change baseline
 * @param importances GBT feature importances of the final model
 * @param retrained whether this run trained the models (else it reused saved ones)
 * @param trainedFor the feature month the models were trained for (they learnt from every month before it)
 */
public record RiskResult(String runId, String featureMonth, String targetMonth, long cellsScored, int folds,
    Map<String, Double> model, Map<String, Double> logistic, Map<String, Double> baseline,
    Map<String, Double> importances, String modelPath, boolean retrained, String trainedFor, long scoresVersion,
    long evaluationsVersion, long millis) {
  public static final RiskResult EMPTY = new RiskResult("", "", "", 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), "",
      false, "", -1, -1, 0);

  public boolean beatsBaselineOnAupr() {
    return model.getOrDefault("aupr", 0.0) > baseline.getOrDefault("aupr", 0.0);
  }
}
