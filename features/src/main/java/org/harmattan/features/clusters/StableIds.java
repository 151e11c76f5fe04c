package org.harmattan.features.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps cluster ids stable from run to run: this run's centroids are matched one-to-one to the
 * previous run's by a minimum-cost assignment ({@link Hungarian}) on Euclidean distances, both
 * standardised with this run's scaler; matched clusters keep the previous id, the others get
 * fresh ids above every id used so far.
 */
public final class StableIds {
  private StableIds() {}

  /**
   * Fills {@code out} with this run's prediction index -> stable cluster id.
   *
   * @param current prediction index -> unstandardised centroid
   * @param previous previous cluster id -> unstandardised centroid (empty on the first run)
   * @param maxIdSoFar the largest id ever given (0 on the first run)
   * @return how many clusters took a previous id
   */
  public static int assign(Map<Integer, double[]> current, Map<Integer, double[]> previous, int maxIdSoFar,
      double[] mean, double[] std, Map<Integer, Integer> out) {
    // Sorted, so that fresh ids follow the prediction order whatever the maps' iteration order.
    List<Integer> rows = new ArrayList<>(new java.util.TreeSet<>(current.keySet()));
    List<Integer> cols = new ArrayList<>(new java.util.TreeSet<>(previous.keySet()));
    int matched = 0;
    if (!cols.isEmpty()) {
      double[][] cost = new double[rows.size()][cols.size()];
      for (int i = 0; i < rows.size(); i++) {
        double[] a = ClusterCellsJob.standardise(current.get(rows.get(i)), mean, std);
        for (int j = 0; j < cols.size(); j++) {
          double[] b = ClusterCellsJob.standardise(previous.get(cols.get(j)), mean, std);
          double d = 0;
          for (int x = 0; x < a.length; x++) {
            d += (a[x] - b[x]) * (a[x] - b[x]);
          }
          cost[i][j] = Math.sqrt(d);
        }
      }
      int[] assignment = Hungarian.assign(cost);
      for (int i = 0; i < rows.size(); i++) {
        if (assignment[i] >= 0) {
          out.put(rows.get(i), cols.get(assignment[i]));
          matched++;
        }
      }
    }
    int next = maxIdSoFar;
    for (Integer row : rows) {
      if (!out.containsKey(row)) {
        out.put(row, ++next);
      }
    }
    return matched;
  }
}
