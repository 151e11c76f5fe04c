package org.harmattan.features.panel;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.features.SampleLakehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel built from a generated sample: complete, de-duplicated, and re-runnable. */
class CellMonthPanelTest {
  @TempDir
  static Path lakehouse;
  static SampleLakehouse lake;
  static PanelResult first;
  static PanelResult again;
  static long rowsAfterFirst;
  static long rowsAfterAgain;

  @BeforeAll
  static void build() {
    lake = SampleLakehouse.withIngestedSample(lakehouse, "");
    first = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    rowsAfterFirst = panel().count();
    again = new BuildCellMonthFeaturesJob().run(lake.context(Optional.empty()));
    rowsAfterAgain = panel().count();
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
    assertEquals(originalsInRegion, first.incidents());
    assertTrue(silver.where(col("duplicate_of").isNotNull()).count() > 0, "the sample has double reports");
  }

  @Test
  void reRunningTheSamePeriodReplacesItsRowsInsteadOfAddingThem() {
    assertEquals(rowsAfterFirst, rowsAfterAgain);
    assertEquals(first.incidents(), again.incidents());
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
