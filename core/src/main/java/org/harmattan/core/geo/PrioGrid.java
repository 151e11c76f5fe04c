package org.harmattan.core.geo;

/**
 * PRIO-GRID, the 0.5-degree global grid of UCDP and ViEWS:
 * {@code gid = row * 720 + col + 1} with {@code row = floor((lat + 90) / 0.5)},
 * {@code col = floor((lon + 180) / 0.5)}.
 */
public final class PrioGrid {
  public static final double CELL_DEGREES = 0.5;
  public static final int COLUMNS = 720;

  private PrioGrid() {}

  public static int gid(double latitude, double longitude) {
    int row = (int) Math.floor((latitude + 90.0) / CELL_DEGREES);
    int col = (int) Math.floor((longitude + 180.0) / CELL_DEGREES);
    // The north pole and the antimeridian belong to the last row and column.
    row = Math.min(row, 359);
    col = Math.min(col, COLUMNS - 1);
    return row * COLUMNS + col + 1;
  }

  public static double centreLatitude(int gid) {
    int row = (gid - 1) / COLUMNS;
    return -90.0 + (row + 0.5) * CELL_DEGREES;
  }

  public static double centreLongitude(int gid) {
    int col = (gid - 1) % COLUMNS;
    return -180.0 + (col + 0.5) * CELL_DEGREES;
  }

  /** South-west corner of a cell as {latitude, longitude}. */
  public static double[] southWestCorner(int gid) {
    int row = (gid - 1) / COLUMNS;
    int col = (gid - 1) % COLUMNS;
    return new double[] {row * CELL_DEGREES - 90, col * CELL_DEGREES - 180};
  }

  /** The Spark SQL expression of {@link #gid(double, double)} over two columns. */
  public static String sqlExpression(String latitudeColumn, String longitudeColumn) {
    return "CAST(LEAST(FLOOR((" + latitudeColumn + " + 90.0) / 0.5), 359) * 720 + LEAST(FLOOR((" + longitudeColumn
        + " + 180.0) / 0.5), 719) + 1 AS INT)";
  }
}
