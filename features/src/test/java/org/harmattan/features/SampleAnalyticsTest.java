package org.harmattan.features;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.features.clusters.ClusterCellsJob;
import org.harmattan.features.clusters.ClustersResult;
import org.harmattan.features.clusters.RandIndex;
import org.harmattan.features.hotspots.ComputeHotspotsJob;
import org.harmattan.features.hotspots.HotspotsResult;
import org.harmattan.features.panel.BuildCellMonthFeaturesJob;
import org.harmattan.features.risk.RiskResult;
import org.harmattan.features.risk.ScoreRiskJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analytics chain on the committed sample, checked against its planted truth: surges
 * found as new or intensifying hot spots, corridor types recovered by the clusters, cluster ids
 * stable across runs, and a risk model that beats the no-change baseline.
 */
class SampleAnalyticsTest {
  @TempDir
  static Path lakehouse;
  static SampleLakehouse lake;
  static Map<String, HotspotsResult> hotspotRuns = new LinkedHashMap<>();
  static ClustersResult clustersFirst;
  static ClustersResult clustersAgain;
  static ClustersResult clustersNextMonth;
  static Map<Integer, Integer> idsFirst;
  static Map<Integer, Integer> idsAgain;
  static Map<Integer, Integer> idsNextMonth;
  static RiskResult risk;
  static RiskResult riskNextMonth;
  static HotspotsResult hotspotsAgain;
  static List<Row> hotspotsMonthByMonth;
  static List<Row> hotspotsAllAtOnce;

  @BeforeAll
  static void runTheChain() {
    lake = SampleLakehouse.withIngestedSample(lakehouse, """
        harmattan.features {
          hotspots { value = excess, excess-months = 12, excess-baseline = trend, measures = null }
          risk { trees = 20, origins = 4 }
        }
        """);
    new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    for (String month : new TreeSet<>(PlantedTruth.surges().stream().map(PlantedTruth.Surge::month).toList())) {
      hotspotRuns.put(month, new ComputeHotspotsJob().run(lake.context(month)));
    }
    // The last surge month again: every month of its window is stored; then the same window with
    // the stored months forgotten, so that all twelve are computed at once.
    String lastSurgeMonth = hotspotRuns.keySet().stream().max(String::compareTo).orElseThrow();
    hotspotsAgain = new ComputeHotspotsJob().run(lake.context(lastSurgeMonth));
    hotspotsMonthByMonth = hotspotRows(lastSurgeMonth);
    io.delta.tables.DeltaTable.forPath(lake.spark, lake.catalog.path(Table.MONTH_BUILDS))
        .delete(col("table_name").equalTo(Table.HOTSPOTS.qualifiedName()));
    new ComputeHotspotsJob().run(lake.context(lastSurgeMonth));
    hotspotsAllAtOnce = hotspotRows(lastSurgeMonth);
    clustersFirst = new ClusterCellsJob().run(lake.context("2026-09"));
    idsFirst = clusterIds("2026-09");
    clustersAgain = new ClusterCellsJob().run(lake.context("2026-09"));
    idsAgain = clusterIds("2026-09");
    clustersNextMonth = new ClusterCellsJob().run(lake.context("2026-10"));
    idsNextMonth = clusterIds("2026-10");
    risk = new ScoreRiskJob().run(lake.context("2026-09"));
    // Within risk.retrain-months (3) of the September models: scored by them, not retrained.
    riskNextMonth = new ScoreRiskJob().run(lake.context("2026-10"));
  }

  /** Gi* rows of the window ending with the month, without the run columns, in a fixed order. */
  static List<Row> hotspotRows(String end) {
    String start = java.time.YearMonth.parse(end).minusMonths(11).toString();
    return lake.catalog.read(lake.spark, Table.HOTSPOTS).where(col("month").between(start, end))
        .select("measure", "prio_gid", "month", "value", "gi_z", "q_value", "hotspot")
        .orderBy("measure", "prio_gid", "month").collectAsList();
  }

  static Map<Integer, Integer> clusterIds(String periodEnd) {
    Map<Integer, Integer> ids = new HashMap<>();
    for (Row r : lake.catalog.read(lake.spark, Table.CLUSTERS).where(col("period_end").equalTo(periodEnd))
        .select("prio_gid", "cluster_id").collectAsList()) {
      ids.put(r.getInt(0), r.getInt(1));
    }
    return ids;
  }

  /**
   * Each planted surge (cell, month, category) against the emerging hot spots of its category over
   * the window ending with its month. Recall: surges whose own cell is a new or intensifying hot
   * spot. Precision: new or intensifying hot spots that lie within the Gi* neighbourhood of a
   * planted surge (Gi* sums a cell with its neighbours, so a surge lights up the cells around it too).
   */
  @Test
  void plantedSurgesComeOutAsNewOrIntensifyingHotSpots() {
    long found = 0;
    long detected = 0;
    long explained = 0;
    for (PlantedTruth.Surge s : PlantedTruth.surges()) {
      List<Row> rows = lake.catalog.read(lake.spark, Table.HOTSPOT_TRENDS)
          .where(col("period_end").equalTo(s.month()).and(col("measure").equalTo(s.category()))
              .and(col("pattern").isin("NEW_HOT_SPOT", "INTENSIFYING_HOT_SPOT")))
          .select("prio_gid", "pattern").collectAsList();
      detected += rows.size();
      for (Row r : rows) {
        int gid = r.getInt(0);
        found += gid == s.gid() ? 1 : 0;
        boolean near = PlantedTruth.surges().stream().anyMatch(o -> o.month().equals(s.month())
            && o.category().equals(s.category()) && Math.abs((gid - 1) / 720 - (o.gid() - 1) / 720) <= 1
            && Math.abs((gid - 1) % 720 - (o.gid() - 1) % 720) <= 1);
        explained += near ? 1 : 0;
      }
      System.out.println("surge " + s + ": " + rows);
    }
    double recall = found / (double) PlantedTruth.surges().size();
    double precision = detected == 0 ? 0 : explained / (double) detected;
    System.out.printf("surges: precision %.2f (%d of %d) recall %.2f (%d of %d)%n", precision, explained, detected,
        recall, found, PlantedTruth.surges().size());
    // Issue 4's bar on both. With Gaussian Gi* weights (50 km) and FDR 0.01 this sample gives
    // recall 6 of 6, precision 0.91; binary weights gave 4 of 6 (a one-town surge was averaged away
    // by its quiet neighbours). docs/features.md gives the figures on a second seed.
    assertTrue(recall >= 0.8, "recall " + recall);
    assertTrue(precision >= 0.8, "precision " + precision);
  }

  /**
   * A month's Gi* depends only on the panel up to it: computed month by month as the surge months
   * came (each run computing only the months its window did not have yet), the window equals the
   * same twelve months computed at once. Running a month again computes nothing.
   */
  @Test
  void hotSpotsComputedMonthByMonthEqualThoseComputedAtOnce() {
    assertEquals(0, hotspotsAgain.monthsComputed());
    assertTrue(hotspotsMonthByMonth.size() > 1000, "Gi* rows in the window: " + hotspotsMonthByMonth.size());
    assertEquals(hotspotsAllAtOnce.size(), hotspotsMonthByMonth.size());
    for (int i = 0; i < hotspotsAllAtOnce.size(); i++) {
      Row a = hotspotsAllAtOnce.get(i);
      Row b = hotspotsMonthByMonth.get(i);
      for (int c = 0; c < a.length(); c++) {
        if (a.get(c) instanceof Double x) {
          assertEquals(x, b.getDouble(c), 1e-9, "row " + a + " vs " + b);
        } else {
          assertEquals(a.get(c), b.get(c), "row " + a + " vs " + b);
        }
      }
    }
  }

  @Test
  void clustersRecoverThePlantedCorridorTypes() {
    Map<Integer, String> truth = PlantedTruth.corridorTypeOfCell();
    List<String> types = new ArrayList<>();
    List<Integer> clusters = new ArrayList<>();
    idsNextMonth.forEach((gid, id) -> {
      if (truth.containsKey(gid)) {
        types.add(truth.get(gid));
        clusters.add(id);
      }
    });
    double ari = RandIndex.adjusted(types, clusters);
    System.out.printf("clusters: k=%d silhouette %.3f, %d corridor cells clustered, ARI %.3f; silhouettes %s%n",
        clustersNextMonth.k(), clustersNextMonth.silhouette(), types.size(), ari, clustersNextMonth.silhouettes());
    assertTrue(types.size() >= 100, "corridor cells clustered: " + types.size());
    assertTrue(ari >= 0.7, "ARI " + ari);
  }

  @Test
  void reRunningOnTheSameDataKeepsClusterIds() {
    assertEquals(idsFirst.keySet(), idsAgain.keySet());
    double same = idsFirst.entrySet().stream().filter(e -> e.getValue().equals(idsAgain.get(e.getKey()))).count()
        / (double) idsFirst.size();
    System.out.printf("clusters: same id on re-run %.3f%n", same);
    assertTrue(same >= 0.9, "same id on re-run: " + same);
  }

  /** October fits the k chosen for September (clusters.choose-k-months = 3) instead of trying every k. */
  @Test
  void addingAMonthKeepsMostClusterIds() {
    assertTrue(clustersFirst.kChosen());
    assertFalse(clustersNextMonth.kChosen());
    assertEquals(clustersFirst.k(), clustersNextMonth.k());
    assertEquals(1, clustersNextMonth.silhouettes().size());
    long common = idsFirst.keySet().stream().filter(idsNextMonth::containsKey).count();
    double same = idsFirst.entrySet().stream().filter(e -> e.getValue().equals(idsNextMonth.get(e.getKey()))).count()
        / (double) common;
    System.out.printf("clusters: same id after adding a month %.3f over %d cells (k %d -> %d)%n", same, common,
        clustersFirst.k(), clustersNextMonth.k());
    assertTrue(same >= 0.8, "same id after adding a month: " + same);
  }

  @Test
  void theRiskModelBeatsTheNoChangeBaselineOnAupr() {
    System.out.printf("risk: GBT %s, logistic %s, baseline %s%n", risk.model(), risk.logistic(), risk.baseline());
    assertTrue(risk.retrained());
    assertEquals(4, risk.folds());
    assertTrue(risk.beatsBaselineOnAupr(), "model " + risk.model() + " baseline " + risk.baseline());
    assertEquals("2026-10", risk.targetMonth());
    assertEquals(risk.cellsScored(), lake.catalog.read(lake.spark, Table.RISK_SCORES)
        .where(col("target_month").equalTo("2026-10")).count());
  }

  /**
   * The next month reuses September's models: same files, no new ones, scores for November, and an
   * evaluation on September (the one month since training whose outcome is now known).
   */
  @Test
  void theNextMonthIsScoredByTheSavedModelsAndEvaluatedOnTheMonthSince() {
    assertFalse(riskNextMonth.retrained());
    assertEquals("2026-09", riskNextMonth.trainedFor());
    assertEquals(risk.modelPath(), riskNextMonth.modelPath());
    assertEquals(1, riskNextMonth.folds());
    assertEquals("2026-11", riskNextMonth.targetMonth());
    assertEquals(riskNextMonth.cellsScored(), lake.catalog.read(lake.spark, Table.RISK_SCORES)
        .where(col("target_month").equalTo("2026-11")).count());
    List<Row> september = lake.catalog.read(lake.spark, Table.MODEL_EVALUATIONS)
        .where(col("target_month").equalTo("2026-11").and(col("fold").equalTo(1)).and(col("model").equalTo("GBT")))
        .select("origin_month", "test_rows", "aupr").collectAsList();
    assertEquals(1, september.size());
    assertEquals("2026-09", september.get(0).getString(0));
    assertEquals(riskNextMonth.cellsScored(), september.get(0).getLong(1), "every cell of September is a test row");
    assertEquals(riskNextMonth.model().get("aupr"), september.get(0).getDouble(2), 1e-12);
  }
}
