package org.harmattan.features.clusters;

import java.util.Map;

/**
 * What a clustering run did.
 *
 * @param cells cells clustered (enough activity in the window)
 * @param k clusters chosen
 * @param silhouette silhouette of the chosen k
 * @param silhouettes silhouette of every k tried
 * @param kChosen whether this run chose k (else it fitted the k chosen by an earlier run)
 * @param matched clusters that took a previous run's id
 * @param fresh clusters given a new id
 */
public record ClustersResult(String runId, String periodEnd, long cells, int k, double silhouette,
    Map<Integer, Double> silhouettes, boolean kChosen, int matched, int fresh, long clustersVersion, long profilesVersion, long millis) {
  public static final ClustersResult EMPTY = new ClustersResult("", "", 0, 0, Double.NaN, Map.of(), false, 0, 0, -1, -1, 0);
}
