package org.harmattan.features.hotspots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.geo.Haversine;
import org.harmattan.core.geo.PrioGrid;
import org.harmattan.core.testing.SharedSpark;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.grid.Neighbourhoods;
import org.junit.jupiter.api.Test;

/** Gi* and the Benjamini-Hochberg adjustment against cases worked out by hand. */
class GetisOrdTest {
  static final SparkSession spark = SharedSpark.session();
  static final FeaturesSettings.Neighbourhood QUEEN = new FeaturesSettings.Neighbourhood("queen", 1, 0);
  static final int ORIGIN = PrioGrid.gid(15.25, 5.25);

  /** Gi* of cells laid out at (row, col) offsets from ORIGIN with the given values, one month. */
  static Map<Integer, Row> giStar(int[][] cells, double[] values) {
    return giStar(cells, values, 0);
  }

  /** As above; a positive bandwidth weighs neighbours by the Gaussian kernel of that bandwidth (km). */
  static Map<Integer, Row> giStar(int[][] cells, double[] values, double bandwidthKm) {
    List<Row> cellRows = new ArrayList<>();
    List<Row> valueRows = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      int gid = ORIGIN + cells[i][0] * 720 + cells[i][1];
      cellRows.add(RowFactory.create(gid, PrioGrid.centreLatitude(gid), PrioGrid.centreLongitude(gid)));
      valueRows.add(RowFactory.create("m", gid, "2026-01", values[i]));
    }
    Dataset<Row> cellFrame = spark.createDataFrame(cellRows, new StructType().add("prio_gid", DataTypes.IntegerType)
        .add("latitude", DataTypes.DoubleType).add("longitude", DataTypes.DoubleType));
    Dataset<Row> valueFrame = spark.createDataFrame(valueRows, new StructType().add("measure", DataTypes.StringType)
        .add("prio_gid", DataTypes.IntegerType).add("month", DataTypes.StringType).add("value", DataTypes.DoubleType));
    Dataset<Row> pairs = bandwidthKm > 0 ? Neighbourhoods.gaussianPairs(spark, cellFrame, QUEEN, bandwidthKm)
        : Neighbourhoods.pairs(spark, cellFrame, QUEEN, true);
    Map<Integer, Row> out = new HashMap<>();
    for (Row r : GetisOrd.compute(valueFrame, pairs, 0.05).collectAsList()) {
      out.put(r.getInt(r.fieldIndex("prio_gid")) - ORIGIN, r);
    }
    return out;
  }

  static double get(Row r, String column) {
    return r.getDouble(r.fieldIndex(column));
  }

  @Test
  void matchesAHandComputedRowOfFiveCells() {
    // Values 0 0 0 0 5 along one row: n = 5, mean 1, S = sqrt(5 - 1) = 2. The end cell has W = 2
    // neighbours (itself included), the others 3; for both the denominator is 2 * sqrt(1.5).
    Map<Integer, Row> gi = giStar(new int[][] {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}}, new double[] {0, 0, 0, 0, 5});
    double d = 2 * Math.sqrt(1.5);
    assertEquals((0 - 2) / d, get(gi.get(0), "gi_z"), 1e-12);
    assertEquals((0 - 3) / d, get(gi.get(1), "gi_z"), 1e-12);
    assertEquals((0 - 3) / d, get(gi.get(2), "gi_z"), 1e-12);
    assertEquals((5 - 3) / d, get(gi.get(3), "gi_z"), 1e-12);
    assertEquals((5 - 2) / d, get(gi.get(4), "gi_z"), 1e-12);
    assertEquals(2, gi.get(4).getInt(gi.get(4).fieldIndex("neighbours")));
    // Two-sided normal p of |z| = 1.2247 and 0.8165.
    assertEquals(0.22067136206743437, get(gi.get(4), "p_value"), 1e-9);
    assertEquals(0.4142161782583764, get(gi.get(3), "p_value"), 1e-9);
    // BH over m = 5: the three p = 0.2207 take min(0.2207 * 5 / 3, 0.4142) = 0.3678; the two p = 0.4142 stay.
    assertEquals(0.22067136206743437 * 5 / 3, get(gi.get(4), "q_value"), 1e-9);
    assertEquals(0.22067136206743437 * 5 / 3, get(gi.get(1), "q_value"), 1e-9);
    assertEquals(0.4142161782583764, get(gi.get(0), "q_value"), 1e-9);
    assertFalse(gi.get(4).getBoolean(gi.get(4).fieldIndex("significant")));
  }

  @Test
  void marksTheCentreOfAHotBlockAsA99PercentHotSpotAndLeavesFarCellsAlone() {
    int[][] cells = new int[100][];
    double[] values = new double[100];
    for (int r = 0; r < 10; r++) {
      for (int c = 0; c < 10; c++) {
        cells[r * 10 + c] = new int[] {r, c};
        values[r * 10 + c] = r >= 4 && r <= 6 && c >= 4 && c <= 6 ? 10 : 0;
      }
    }
    Map<Integer, Row> gi = giStar(cells, values);
    Row centre = gi.get(5 * 720 + 5);
    // n = 100, mean 0.9, S^2 = 9 - 0.81; the centre sees all nine tens: (90 - 8.1) / (S * sqrt((900 - 81) / 99)).
    double s = Math.sqrt(9 - 0.81);
    assertEquals((90 - 8.1) / (s * Math.sqrt((900 - 81) / 99.0)), get(centre, "gi_z"), 1e-9);
    assertEquals(1, centre.getInt(centre.fieldIndex("hotspot")));
    assertEquals(99, centre.getInt(centre.fieldIndex("confidence")));
    Row corner = gi.get(0);
    // A corner has W = 4 and sees no ten: (0 - 3.6) / (S * sqrt((400 - 16) / 99)).
    assertEquals(-3.6 / (s * Math.sqrt(384 / 99.0)), get(corner, "gi_z"), 1e-9);
    assertEquals(0, corner.getInt(corner.fieldIndex("hotspot")));
    assertTrue(get(corner, "q_value") > 0.05);
  }

  @Test
  void gaussianWeightsFollowTheWeightedFormula() {
    // The same row 0 0 0 0 5 with Gaussian weights: a cell weighs 1, its row neighbour
    // a = exp(-d^2 / 2b^2) with d the distance between the centres. n = 5, mean 1, S = 2.
    // End cell: W = 1 + a, V = 1 + a^2, sum 5; its neighbour: W = 1 + 2a, V = 1 + 2a^2, sum 5a.
    double b = 40;
    Map<Integer, Row> gi = giStar(new int[][] {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}}, new double[] {0, 0, 0, 0, 5}, b);
    double d = Haversine.km(PrioGrid.centreLatitude(ORIGIN), PrioGrid.centreLongitude(ORIGIN),
        PrioGrid.centreLatitude(ORIGIN + 1), PrioGrid.centreLongitude(ORIGIN + 1));
    double a = Math.exp(-d * d / (2 * b * b));
    double end = (5 - (1 + a)) / (2 * Math.sqrt((5 * (1 + a * a) - (1 + a) * (1 + a)) / 4));
    double next = (5 * a - (1 + 2 * a)) / (2 * Math.sqrt((5 * (1 + 2 * a * a) - (1 + 2 * a) * (1 + 2 * a)) / 4));
    assertEquals(end, get(gi.get(4), "gi_z"), 1e-9);
    assertEquals(next, get(gi.get(3), "gi_z"), 1e-9);
    // The kernel keeps the end cell's own surge from being averaged away by its quiet neighbour:
    // binary weights give it (5 - 2) / (2 sqrt(1.5)) = 1.22.
    assertTrue(end > 1.5, "weighted Gi* of the surging cell: " + end);
    assertEquals(2, gi.get(4).getInt(gi.get(4).fieldIndex("neighbours")));
  }
}
