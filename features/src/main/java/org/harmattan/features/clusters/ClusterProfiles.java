package org.harmattan.features.clusters;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.harmattan.core.job.JobContext;

/**
 * The profile of each cluster (size, mean features, leading categories, centre, countries, trend,
 * armed groups) and its three sentences. Everything is aggregated in Spark to k rows (or k x
 * months, k x countries) before it reaches the driver.
 */
final class ClusterProfiles {
  /** Share of violent incidents, or of cell-months with a nexus, above which armed groups count as active. */
  static final double ARMED_SHARE = 0.15;
  static final double NEXUS_RATE = 0.10;
  /** A country is named when it holds at least this share of the cluster's cells (the largest always is). */
  static final double COUNTRY_SHARE = 0.2;

  private ClusterProfiles() {}

  static List<Row> build(JobContext ctx, Dataset<Row> clusters, Dataset<Row> window, List<String> names,
      List<String> categories, Map<Integer, double[]> centroids, Map<Integer, Integer> ids, ClusterDescriber describer,
      int k, double silhouette, String periodEnd) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(avg("latitude").as("lat"));
    aggs.add(avg("longitude").as("lon"));
    aggs.add(sum("incidents").as("incidents"));
    for (String c : categories) {
      aggs.add(sum("n_" + c).as("n_" + c));
    }
    Map<Integer, Row> totals = new TreeMap<>();
    for (Row r : clusters.groupBy("cluster_id").agg(count(lit(1)).as("size"), aggs.toArray(Column[]::new)).collectAsList()) {
      totals.put(r.getInt(0), r);
    }
    Map<Integer, List<String>> countries = new TreeMap<>();
    Map<Integer, List<long[]>> countryCounts = new TreeMap<>();
    List<Row> byCountry = clusters.groupBy("cluster_id", "country").agg(count(lit(1)).as("n"))
        .orderBy(col("cluster_id"), col("n").desc(), col("country")).collectAsList();
    for (Row r : byCountry) {
      countries.computeIfAbsent(r.getInt(0), x -> new ArrayList<>()).add(r.getString(1));
      countryCounts.computeIfAbsent(r.getInt(0), x -> new ArrayList<>()).add(new long[] {r.getLong(2)});
    }
    Map<Integer, List<double[]>> monthly = new TreeMap<>();
    for (Row r : window.join(clusters.select("prio_gid", "cluster_id"), "prio_gid")
        .groupBy("cluster_id", "month").agg(sum("incidents"), sum("violence"), avg("nexus"))
        .orderBy("cluster_id", "month").collectAsList()) {
      monthly.computeIfAbsent(r.getInt(0), x -> new ArrayList<>())
          .add(new double[] {r.getLong(2), r.getLong(3), r.getDouble(4)});
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : ids.entrySet()) {
      int id = e.getValue();
      Row t = totals.get(id);
      int size = (int) t.getLong(1);
      long incidents = t.getLong(4);
      List<String> leading = leading(t, categories, incidents);
      List<String> named = named(countries.getOrDefault(id, List.of()), countryCounts.getOrDefault(id, List.of()), size);
      List<double[]> series = monthly.getOrDefault(id, List.of());
      ClusterDescriber.Profile profile = new ClusterDescriber.Profile(size, named, leading, trend(series),
          armed(series));
      List<Double> centroid = new ArrayList<>();
      for (double v : centroids.get(e.getKey())) {
        centroid.add(v);
      }
      rows.add(RowFactory.create(periodEnd, id, size, names.toArray(String[]::new), centroid.toArray(Double[]::new),
          leading.toArray(String[]::new), t.getDouble(2), t.getDouble(3), named.toArray(String[]::new), incidents,
          describer.english(profile), describer.french(profile), describer.arabic(profile), k, silhouette,
          ctx.runId(), null));
    }
    return rows;
  }

  /** Categories with at least the leading share of the cluster's incidents, largest first, at most three. */
  static List<String> leading(Row totals, List<String> categories, long incidents) {
    List<Object[]> shares = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      long n = totals.getLong(5 + i);
      if (incidents > 0 && n >= ClusterCellsJob.LEADING_SHARE * incidents) {
        shares.add(new Object[] {categories.get(i), n});
      }
    }
    shares.sort(Comparator.comparingLong((Object[] s) -> -(Long) s[1]).thenComparing(s -> (String) s[0]));
    return shares.stream().limit(3).map(s -> (String) s[0]).toList();
  }

  private static List<String> named(List<String> countries, List<long[]> counts, int size) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < countries.size() && out.size() < 3; i++) {
      if (i == 0 || counts.get(i)[0] >= COUNTRY_SHARE * size) {
        out.add(countries.get(i));
      }
    }
    return out;
  }

  /** OLS slope of the monthly incident totals, times the window length, relative to their mean. */
  static ClusterDescriber.Trend trend(List<double[]> series) {
    int n = series.size();
    if (n < 3) {
      return ClusterDescriber.Trend.STABLE;
    }
    double meanX = (n - 1) / 2.0;
    double meanY = series.stream().mapToDouble(s -> s[0]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (i - meanX) * (series.get(i)[0] - meanY);
      sxx += (i - meanX) * (i - meanX);
    }
    double relative = meanY == 0 ? 0 : sxy / sxx * n / meanY;
    return relative >= ClusterCellsJob.TREND_THRESHOLD ? ClusterDescriber.Trend.RISING
        : relative <= -ClusterCellsJob.TREND_THRESHOLD ? ClusterDescriber.Trend.FALLING : ClusterDescriber.Trend.STABLE;
  }

  private static boolean armed(List<double[]> series) {
    double incidents = series.stream().mapToDouble(s -> s[0]).sum();
    double violence = series.stream().mapToDouble(s -> s[1]).sum();
    double nexus = series.stream().mapToDouble(s -> s[2]).average().orElse(0);
    return incidents > 0 && violence / incidents >= ARMED_SHARE || nexus >= NEXUS_RATE;
  }
}
