package org.harmattan.features.grid;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.geo.Haversine;
import org.harmattan.core.geo.PrioGrid;
import org.harmattan.features.FeaturesSettings;

/**
 * The neighbour table {@code (prio_gid, nb_gid)} over a set of cells, from PRIO-GRID arithmetic:
 * row and column offsets are joined to the cells (no UDF, no driver loop over cells). Queen
 * contiguity of order k takes every cell within k rows and k columns; a distance band takes the
 * cells whose centres lie within the band (great-circle distance).
 */
public final class Neighbourhoods {
  private static final double KM_PER_DEGREE_LAT = 111.0;

  private Neighbourhoods() {}

  /**
   * Neighbour pairs among {@code cells} (a frame with {@code prio_gid}, {@code latitude},
   * {@code longitude}).
   *
   * @param includeSelf whether each cell is its own neighbour (Gi* counts the cell itself; spatial lags do not)
   */
  public static Dataset<Row> pairs(SparkSession spark, Dataset<Row> cells, FeaturesSettings.Neighbourhood nb,
      boolean includeSelf) {
    return located(spark, cells, nb, includeSelf).select("prio_gid", "nb_gid");
  }

  /**
   * Neighbour pairs with each cell itself included and a {@code weight}: a Gaussian kernel of the
   * great-circle distance between the cell centres, {@code exp(-d^2 / (2 b^2))}, which is 1 for the
   * cell itself and falls off with distance within the neighbourhood.
   */
  public static Dataset<Row> gaussianPairs(SparkSession spark, Dataset<Row> cells, FeaturesSettings.Neighbourhood nb,
      double bandwidthKm) {
    String d = Haversine.sqlExpression("lat_a", "lon_a", "lat_b", "lon_b");
    return located(spark, cells, nb, true).select(col("prio_gid"), col("nb_gid"),
        expr("exp(-pow(" + d + ", 2) / (2 * pow(" + bandwidthKm + ", 2)))").as("weight"));
  }

  /** The pairs with both cells' centres ({@code lat_a, lon_a, lat_b, lon_b}). */
  private static Dataset<Row> located(SparkSession spark, Dataset<Row> cells, FeaturesSettings.Neighbourhood nb,
      boolean includeSelf) {
    int reachRows;
    int reachCols;
    if (nb.isDistanceBand()) {
      reachRows = (int) Math.ceil(nb.distanceKm() / (KM_PER_DEGREE_LAT * PrioGrid.CELL_DEGREES));
      // Columns shrink towards the poles; 40 degrees covers the region (the band filter below is exact).
      reachCols = (int) Math.ceil(nb.distanceKm() / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(40)) * PrioGrid.CELL_DEGREES));
    } else {
      reachRows = nb.order();
      reachCols = nb.order();
    }
    List<Row> offsets = new ArrayList<>();
    for (int dr = -reachRows; dr <= reachRows; dr++) {
      for (int dc = -reachCols; dc <= reachCols; dc++) {
        if (includeSelf || dr != 0 || dc != 0) {
          offsets.add(RowFactory.create(dr * PrioGrid.COLUMNS + dc));
        }
      }
    }
    Dataset<Row> offsetFrame = spark.createDataFrame(offsets, new StructType().add("offset", DataTypes.IntegerType));
    Dataset<Row> a = cells.select(col("prio_gid"), col("latitude").as("lat_a"), col("longitude").as("lon_a"));
    Dataset<Row> b = cells.select(col("prio_gid").as("nb_gid"), col("latitude").as("lat_b"), col("longitude").as("lon_b"));
    Dataset<Row> pairs = a.crossJoin(offsetFrame).withColumn("nb_gid", expr("prio_gid + offset"))
        .join(b, "nb_gid");
    if (nb.isDistanceBand()) {
      pairs = pairs.where(expr(Haversine.sqlExpression("lat_a", "lon_a", "lat_b", "lon_b") + " <= " + nb.distanceKm()));
    }
    return pairs;
  }
}
