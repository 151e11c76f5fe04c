package org.harmattan.cli;

import java.util.List;
import java.util.function.Function;
import org.harmattan.core.job.JobContext;
import org.harmattan.features.clusters.ClusterCellsJob;
import org.harmattan.features.clusters.ClustersResult;
import org.harmattan.features.hotspots.ComputeHotspotsJob;
import org.harmattan.features.hotspots.HotspotsResult;
import org.harmattan.features.panel.BuildCellMonthFeaturesJob;
import org.harmattan.features.panel.PanelResult;
import org.harmattan.features.risk.RiskResult;
import org.harmattan.features.risk.ScoreRiskJob;

/**
 * The analytics stages of the pipeline, in data-flow order: cell-month panel, then hot spots,
 * clusters and risk (each reads only the panel). Each job gets its own run id, so that
 * gold.analytics_runs has one row per job.
 */
final class AnalyticsStages {
  private AnalyticsStages() {}

  /**
   * @param contexts a fresh job context (new run id) for the pipeline's period at each call
   * @param summary receives one line per stage
   */
  static void run(java.util.function.Supplier<JobContext> contexts, Function<String, Void> stage, List<String> summary) {
    stage.apply("cell-month panel");
    PanelResult panel = new BuildCellMonthFeaturesJob().run(contexts.get());
    if (panel.months() == 0) {
      summary.add("features: no incidents, nothing analysed");
      return;
    }
    summary.add(String.format("cell_month_features: %,d cells x %d months (%s..%s, %d rebuilt), %,d active cell-months",
        panel.cells(), panel.months(), panel.firstMonth(), panel.lastMonth(), panel.monthsRebuilt(),
        panel.activeCellMonths()));

    stage.apply("hot spots (Getis-Ord Gi*, emerging hot spot classes)");
    HotspotsResult hot = new ComputeHotspotsJob().run(contexts.get());
    summary.add(String.format("hotspots: %s..%s (Gi* computed for %d months), %d measures, %,d significant cell-months;"
        + " patterns %s", hot.windowStart(), hot.periodEnd(), hot.monthsComputed(), hot.measures().size(),
        hot.significantBins(), hot.patterns()));

    stage.apply("clusters");
    ClustersResult clusters = new ClusterCellsJob().run(contexts.get());
    summary.add(clusters.k() == 0 ? "clusters: too few active cells"
        : String.format("clusters: %,d cells, k = %d, silhouette %.3f, %d ids kept from the previous run, %d new",
            clusters.cells(), clusters.k(), clusters.silhouette(), clusters.matched(), clusters.fresh()));

    stage.apply("risk model and scores");
    RiskResult risk = new ScoreRiskJob().run(contexts.get());
    summary.add(risk.folds() == 0 ? "risk: too few months for an out-of-time evaluation"
        : String.format("risk for %s: %,d cells scored by models %s for %s; AUPR model %.3f vs no-change baseline %.3f"
            + " (AUROC %.3f vs %.3f)", risk.targetMonth(), risk.cellsScored(), risk.retrained() ? "trained" : "reused,"
            + " trained", risk.trainedFor(), risk.model().getOrDefault("aupr", Double.NaN),
            risk.baseline().getOrDefault("aupr", Double.NaN), risk.model().getOrDefault("auroc", Double.NaN),
            risk.baseline().getOrDefault("auroc", Double.NaN)));
  }
}
