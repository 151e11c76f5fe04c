package org.harmattan.features.panel;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.grid.RegionCells;
import org.harmattan.features.SampleLakehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel built from a generated sample: complete, de-duplicated, and re-runnable. */
class CellMonthPanelTest {
  @TempDir
  static Path lakehouse;
  static SampleLakehouse lake;
  static PanelResult history;
  static PanelResult first;
  static PanelResult again;
  static PanelResult afterLateLink;
  static PanelResult afterLookbackLink;
  static PanelResult afterLookbackLinkFullWindow;
  static PanelResult afterRowsLost;
  static long rowsAfterFirst;
  static long rowsAfterAgain;

  /**
   * As a lakehouse is used month by month: the panel up to September, then October added, a re-run
   * with nothing new, and a double report linked late in a month from the middle of the panel;
   * then another in a month that a shorter window reads only through its lookback.
   */
  @BeforeAll
  static void build() {
    lake = SampleLakehouse.withIngestedSample(lakehouse, "");
    history = new BuildCellMonthFeaturesJob().run(lake.context("2026-09"));
    first = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    rowsAfterFirst = panel().count();
    again = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    rowsAfterAgain = panel().count();
    Row original = lake.catalog.read(lake.spark, Table.INCIDENTS)
        .where(col("event_month").equalTo("2025-06").and(col("duplicate_of").isNull())
            .and(col("prio_gid").isin(panel().where(col("activity").gt(0)).select("prio_gid").distinct()
                .limit(200).collectAsList().stream().map(r -> r.get(0)).toArray())))
        .orderBy("incident_id").select("incident_id").first();
    linkLate(original.getString(0));
    afterLateLink = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    // A late link in 2025-08, which a 12-month window (2025-11..2026-10) does not show but reads
    // through its lags and rolling sums: the window's months up to 2026-07 are rebuilt. Then the
    // usual window rebuilds the three months the short one left out, 2025-08..2025-10.
    linkLate(lake.catalog.read(lake.spark, Table.INCIDENTS).where(col("event_month").equalTo("2025-08")
        .and(col("duplicate_of").isNull()).and(col("prio_gid").isNotNull())).orderBy("incident_id")
        .select("incident_id").first().getString(0));
    SampleLakehouse shortWindow = new SampleLakehouse(lakehouse, "harmattan.features.history-months = 12\n");
    afterLookbackLink = new BuildCellMonthFeaturesJob().run(shortWindow.context("2026-10"));
    afterLookbackLinkFullWindow = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    // Rows of a built month deleted behind the panel's back (gold.month_builds still says it is
    // built): the month is rebuilt, and the whole-panel comparison below sees it whole again.
    io.delta.tables.DeltaTable.forPath(lake.spark, lake.catalog.path(Table.CELL_MONTH_FEATURES))
        .delete(col("month").equalTo("2026-03").and(col("prio_gid").mod(7).equalTo(0)));
    afterRowsLost = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
  }

  private static void linkLate(String incidentId) {
    io.delta.tables.DeltaTable.forPath(lake.spark, lake.catalog.path(Table.INCIDENTS))
        .update(col("incident_id").equalTo(incidentId),
            java.util.Map.of("duplicate_of", org.apache.spark.sql.functions.lit("late-link-test")));
  }

  static Dataset<Row> panel() {
    return lake.catalog.read(lake.spark, Table.CELL_MONTH_FEATURES);
  }

  @Test
  void coversEveryRegionCellInEveryMonthOfTheSample() {
    assertEquals("2025-03", first.firstMonth());
    assertEquals("2026-10", first.lastMonth());
    assertEquals(20, first.months());
    assertTrue(first.cells() > 3000, "cells: " + first.cells());
    assertEquals(first.cells() * 20, rowsAfterFirst);
  }

  @Test
  void countsEachOriginalIncidentOnceAndNoDoubleReport() {
    Dataset<Row> silver = lake.catalog.read(lake.spark, Table.INCIDENTS);
    Dataset<Row> cells = panel().select("prio_gid").distinct();
    long originalsInRegion = silver.where(col("duplicate_of").isNull()).join(cells, "prio_gid").count();
    assertEquals(originalsInRegion, afterLookbackLinkFullWindow.incidents());
    assertTrue(silver.where(col("duplicate_of").isNotNull()).count() > 0, "the sample has double reports");
  }

  @Test
  void reRunningTheSamePeriodReplacesItsRowsInsteadOfAddingThem() {
    assertEquals(rowsAfterFirst, rowsAfterAgain);
    assertEquals(first.incidents(), again.incidents());
  }

  /**
   * Each run rebuilds only the months whose inputs changed: all of them the first time, then the
   * added month, then none, then the month of the late link and the eleven after it whose rolling
   * sums include it.
   */
  @Test
  void rebuildsOnlyTheMonthsWhoseInputsChanged() {
    assertEquals(19, history.monthsRebuilt());
    assertEquals(1, first.monthsRebuilt());
    assertEquals(0, again.monthsRebuilt());
    assertEquals(12, afterLateLink.monthsRebuilt());
    assertEquals(first.incidents() - 1, afterLateLink.incidents());
    assertEquals("2025-11", afterLookbackLink.firstMonth());
    assertEquals(9, afterLookbackLink.monthsRebuilt());
    assertEquals(3, afterLookbackLinkFullWindow.monthsRebuilt());
    assertEquals(1, afterRowsLost.monthsRebuilt(), "only the month that lost rows");
  }

  /** After all those runs, the table equals the whole panel computed at once from silver as it now is. */
  @Test
  void monthByMonthEqualsTheWholePanelComputedAtOnce() {
    FeaturesSettings settings = FeaturesSettings.from(lake.config);
    var ctx = lake.context(Optional.empty());
    PanelMonths months = new PanelMonths(java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2026, 10));
    Dataset<Row> incidents = lake.catalog.read(lake.spark, Table.INCIDENTS)
        .where(col("duplicate_of").isNull().and(col("prio_gid").isNotNull()));
    java.util.List<org.apache.spark.sql.Column> columns = new java.util.ArrayList<>();
    for (var f : FeatureSchemas.CELL_MONTH_FEATURES.fields()) {
      if (f.name().equals("category_counts")) {
        // Set operations cannot compare maps: compare their sorted entries.
        columns.add(org.apache.spark.sql.functions.expr("array_sort(map_entries(category_counts))"));
      } else if (!f.name().equals("run_id") && !f.name().equals("computed_at")) {
        columns.add(col(f.name()).cast(f.dataType()));
      }
    }
    org.apache.spark.sql.Column[] cols = columns.toArray(org.apache.spark.sql.Column[]::new);
    // Cached: counted three times below, and the whole panel is the costly part.
    Dataset<Row> whole = BuildCellMonthFeaturesJob.panel(ctx, settings, RegionCells.load(ctx, settings), incidents,
        months).select(cols).cache();
    Dataset<Row> table = panel().select(cols).cache();
    assertEquals(whole.count(), table.count());
    assertEquals(0, whole.exceptAll(table).count());
    assertEquals(0, table.exceptAll(whole).count());
  }

  @Test
  void lagsRollingSumsAndSlopeFollowTheCellsOwnHistory() {
    Row r = panel().where(col("activity_sum12").gt(10)).orderBy(col("activity_sum12").desc(), col("prio_gid"))
        .select("prio_gid", "month").first();
    int gid = r.getInt(0);
    java.util.List<Row> series = panel().where(col("prio_gid").equalTo(gid)).orderBy("month")
        .select("activity", "activity_lag1", "activity_lag3", "activity_sum3", "activity_slope6").collectAsList();
    for (int t = 6; t < series.size(); t++) {
      int[] y = new int[6];
      for (int j = 0; j < 6; j++) {
        y[j] = series.get(t - 5 + j).getInt(0);
      }
      assertEquals(series.get(t - 1).getInt(0), series.get(t).getInt(1));
      assertEquals(series.get(t - 3).getInt(0), series.get(t).getInt(2));
      assertEquals(y[3] + y[4] + y[5], series.get(t).getInt(3));
      double expected = 0;
      for (int x = 0; x < 6; x++) {
        expected += (x - 2.5) * y[x];
      }
      assertEquals(expected / 17.5, series.get(t).getDouble(4), 1e-9);
    }
  }

  @Test
  void spatialLagSumsTheEightSurroundingCells() {
    Row r = panel().where(col("activity_nb").gt(3)).orderBy(col("activity_nb").desc(), col("prio_gid")).first();
    int gid = r.getInt(r.fieldIndex("prio_gid"));
    String month = r.getString(r.fieldIndex("month"));
    long around = 0;
    for (int dr = -1; dr <= 1; dr++) {
      for (int dc = -1; dc <= 1; dc++) {
        if (dr != 0 || dc != 0) {
          for (Row n : panel().where(col("prio_gid").equalTo(gid + dr * 720 + dc).and(col("month").equalTo(month)))
              .select("activity").collectAsList()) {
            around += n.getInt(0);
          }
        }
      }
    }
    assertEquals(around, r.getInt(r.fieldIndex("activity_nb")));
  }

  @Test
  void flagsTheNexusWhereTraffickingMeetsArmedGroupsAndMeasuresBorderDistance() {
    assertTrue(panel().where(col("nexus").equalTo(1)).count() > 0);
    assertTrue(panel().where(col("nexus").equalTo(1).and(col("activity").equalTo(0))).isEmpty());
    Row agadez = panel().where(col("prio_gid").equalTo(org.harmattan.core.geo.PrioGrid.gid(16.97, 7.99)))
        .select("country", "border_km").first();
    assertEquals("NER", agadez.getString(0));
    // Agadez lies about 300-400 km from the Algerian and Nigerian borders.
    assertTrue(agadez.getDouble(1) > 150 && agadez.getDouble(1) < 500, "Agadez border distance " + agadez.getDouble(1));
  }
}
