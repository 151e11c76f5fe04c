package org.harmattan.samples;

/** PRIO-GRID 0.5 degree cells, the analysis grid of Harmattan (docs: DESIGN.md). */
final class PrioGrid {
  private PrioGrid() {}

  static int gid(double lat, double lon) {
    int row = (int) Math.floor((lat + 90) / 0.5);
    int col = (int) Math.floor((lon + 180) / 0.5);
    return row * 720 + col + 1;
  }

  /** South-west corner of a cell as {lat, lon}. */
  static double[] corner(int gid) {
    int row = (gid - 1) / 720;
    int col = (gid - 1) % 720;
    return new double[] {row * 0.5 - 90, col * 0.5 - 180};
  }
}
