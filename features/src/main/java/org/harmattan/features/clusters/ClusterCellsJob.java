package org.harmattan.features.clusters;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.ml.clustering.BisectingKMeans;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.job.JobContext;
import org.harmattan.core.vocab.Vocabulary;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;

/**
 * Clusters the active cells of the window ending with the period by what happens there: the
 * share of each category among their incidents. Standardised features, k-means (or bisecting
 * k-means) with k chosen by silhouette (every {@code clusters.choose-k-months}; in between, the k
 * chosen then), fixed seed. Cluster ids stay stable: the new centroids are matched to the previous run's by a
 * minimum-cost assignment on their distances in this run's standardised space; clusters left
 * over get fresh ids. Each cluster gets a profile and a sentence in three languages.
 */
public final class ClusterCellsJob {
  public static final String JOB = "cluster";
  /** Relative change of activity over the window (slope x months / mean) read as rising or falling. */
  static final double TREND_THRESHOLD = 0.2;
  /** A category leads a cluster when it has at least this share of its incidents. */
  static final double LEADING_SHARE = 0.15;

  public ClustersResult run(JobContext ctx) {
    Instant started = Instant.now();
    FeaturesSettings settings = FeaturesSettings.from(ctx.config());
    FeaturesSettings.Clusters cs = settings.clusters();
    GoldTables gold = new GoldTables(ctx.spark(), ctx.catalog());
    if (!ctx.catalog().exists(ctx.spark(), Table.CELL_MONTH_FEATURES)) {
      return ClustersResult.EMPTY;
    }
    Dataset<Row> features = ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES);
    Row latest = features.agg(expr("max(month)")).first();
    if (latest.isNullAt(0)) {
      return ClustersResult.EMPTY;
    }
    YearMonth end = ctx.period().map(p -> p.last()).orElse(YearMonth.parse(latest.getString(0)));
    YearMonth start = end.minusMonths(cs.windowMonths() - 1L);
    List<String> categories = new ArrayList<>(new LinkedHashSet<>(concat(settings.activityCategories(),
        settings.violenceCategories())));
    return ctx.withJobGroup(JOB, "clusters " + start + ".." + end, () -> {
      Dataset<Row> window = features.where(col("month").between(start.toString(), end.toString()));
      Dataset<Row> cells = cellProfiles(window, categories)
          .where(col("incidents").geq(Math.max(1, cs.minIncidents()))).cache();
      long n = cells.count();
      int kMax = (int) Math.min(cs.kMax(), n - 1);
      if (n < 3 || kMax < cs.kMin()) {
        cells.unpersist();
        return ClustersResult.EMPTY;
      }
      List<String> names = featureNames(categories);
      Dataset<Row> assembled = new VectorAssembler().setInputCols(names.toArray(String[]::new)).setOutputCol("raw")
          .transform(cells);
      StandardScalerModel scaler = new StandardScaler().setInputCol("raw").setOutputCol("features").setWithMean(true)
          .setWithStd(true).fit(assembled);
      Dataset<Row> scaled = scaler.transform(assembled).cache();
      ClusteringEvaluator evaluator = new ClusteringEvaluator().setFeaturesCol("features").setPredictionCol("prediction");
      Map<Integer, Double> silhouettes = new TreeMap<>();
      Dataset<Row> best = null;
      int bestK = 0;
      double bestSilhouette = Double.NEGATIVE_INFINITY;
      Optional<ChosenK> chosen = ChosenK.reusable(ctx, settings.clusterKKey(), end, cs.chooseKMonths())
          .filter(c -> c.k() <= kMax);
      int fromK = chosen.map(ChosenK::k).orElse(cs.kMin());
      int toK = chosen.map(ChosenK::k).orElse(kMax);
      for (int k = fromK; k <= toK; k++) {
        Dataset<Row> predicted = fit(cs, k, scaled);
        double s = evaluator.evaluate(predicted);
        silhouettes.put(k, s);
        if (s > bestSilhouette + 1e-9) {
          bestSilhouette = s;
          bestK = k;
          best = predicted;
        }
      }
      Dataset<Row> assigned = best.cache();
      // Per-cluster means of the raw features: k rows.
      List<Column> means = new ArrayList<>();
      for (String f : names) {
        means.add(avg(f).as(f));
      }
      Map<Integer, double[]> centroids = new TreeMap<>();
      for (Row r : assigned.groupBy("prediction").agg(means.get(0), means.subList(1, means.size()).toArray(Column[]::new))
          .collectAsList()) {
        double[] c = new double[names.size()];
        for (int i = 0; i < c.length; i++) {
          c[i] = r.getDouble(i + 1);
        }
        centroids.put(r.getInt(0), c);
      }
      Previous previous = previous(gold, names);
      Map<Integer, Integer> ids = new TreeMap<>();
      int matched = StableIds.assign(centroids, previous.centroids(), previous.maxId(), scaler.mean().toArray(),
          scaler.std().toArray(), ids);
      Dataset<Row> idFrame = ctx.spark().createDataFrame(ids.entrySet().stream()
          .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(),
          new StructType().add("prediction", DataTypes.IntegerType).add("cluster_id", DataTypes.IntegerType));
      Dataset<Row> centroidFrame = ctx.spark().createDataFrame(centroids.entrySet().stream()
          .map(e -> RowFactory.create(e.getKey(), toList(standardise(e.getValue(), scaler.mean().toArray(),
              scaler.std().toArray())))).toList(),
          new StructType().add("prediction", DataTypes.IntegerType)
              .add("centre", DataTypes.createArrayType(DataTypes.DoubleType)));
      Dataset<Row> clusters = assigned.join(idFrame, "prediction").join(centroidFrame, "prediction")
          .withColumn("vec", org.apache.spark.ml.functions.vector_to_array(col("features"), "float64"))
          .withColumn("distance", expr("sqrt(aggregate(zip_with(vec, centre, (a, b) -> (a - b) * (a - b)), 0D, (s, x) -> s + x))"))
          .withColumn("period_end", lit(end.toString())).withColumn("run_id", lit(ctx.runId()))
          .withColumn("computed_at", current_timestamp()).cache();
      long clustersVersion = gold.replace(Table.CLUSTERS, FeatureSchemas.CLUSTERS, clusters,
          "period_end = '" + end + "'");
      Vocabulary vocabulary = Vocabulary.load(ctx.config().localPath(ConfigKeys.VOCABULARY));
      List<Row> profiles = ClusterProfiles.build(ctx, clusters, window, names, categories, centroids, ids,
          new ClusterDescriber(vocabulary), bestK, bestSilhouette, end.toString());
      long profilesVersion = gold.replace(Table.CLUSTER_PROFILES, FeatureSchemas.CLUSTER_PROFILES,
          ctx.spark().createDataFrame(profiles, FeatureSchemas.CLUSTER_PROFILES)
              .withColumn("computed_at", current_timestamp()), "period_end = '" + end + "'");
      ClustersResult result = new ClustersResult(ctx.runId(), end.toString(), n, bestK, bestSilhouette, silhouettes,
          chosen.isEmpty(), matched, bestK - matched, clustersVersion, profilesVersion,
          java.time.Duration.between(started, Instant.now()).toMillis());
      Map<String, String> described = new LinkedHashMap<>(settings.describe());
      described.put(ChosenK.CHOSEN_FOR, chosen.map(c -> c.chosenFor().toString()).orElse(end.toString()));
      described.put(ChosenK.KEY, settings.clusterKKey());
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("cells", (double) n);
      metrics.put("k", (double) bestK);
      metrics.put("silhouette", bestSilhouette);
      metrics.put("matched", (double) matched);
      silhouettes.forEach((k, s) -> metrics.put("silhouette.k" + k, s));
      AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, start + ".." + end, started, described,
          metrics, Map.of(Table.CLUSTERS.qualifiedName(), clustersVersion,
              Table.CLUSTER_PROFILES.qualifiedName(), profilesVersion), "features: " + String.join(",", names));
      clusters.unpersist();
      assigned.unpersist();
      scaled.unpersist();
      cells.unpersist();
      return result;
    });
  }

  private static Dataset<Row> fit(FeaturesSettings.Clusters cs, int k, Dataset<Row> scaled) {
    if (cs.algorithm().equals("bisecting")) {
      return new BisectingKMeans().setK(k).setSeed(cs.seed()).setMaxIter(cs.maxIterations())
          .setFeaturesCol("features").fit(scaled).transform(scaled);
    }
    return new KMeans().setK(k).setSeed(cs.seed()).setMaxIter(cs.maxIterations()).setFeaturesCol("features")
        .fit(scaled).transform(scaled);
  }

  /**
   * Names of the clustering features: the share of each category among the cell's incidents, and
   * of all other categories together. Clusters are kinds of activity mix; how much happens, its
   * trend and the nexus are described in each cluster's profile rather than clustered on, so that
   * a busy and a quiet stretch of the same route fall in the same cluster.
   */
  static List<String> featureNames(List<String> categories) {
    List<String> names = new ArrayList<>();
    for (String c : categories) {
      names.add("share_" + c.toLowerCase(java.util.Locale.ROOT));
    }
    names.add("share_other");
    return names;
  }

  /** One row per cell over the window: totals, category counts and shares, nexus rate, centre. */
  static Dataset<Row> cellProfiles(Dataset<Row> window, List<String> categories) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(sum("incidents").as("incidents"));
    aggs.add(avg("nexus").as("nexus_rate"));
    aggs.add(first("latitude").as("latitude"));
    aggs.add(first("longitude").as("longitude"));
    aggs.add(first("country").as("country"));
    for (String c : categories) {
      aggs.add(sum(expr("coalesce(category_counts[" + GoldTables.literal(c) + "], 0)")).as("n_" + c));
    }
    Dataset<Row> cells = window.groupBy("prio_gid").agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    for (String c : categories) {
      cells = cells.withColumn("share_" + c.toLowerCase(java.util.Locale.ROOT),
          expr("CASE WHEN incidents > 0 THEN n_" + c + " / incidents ELSE 0D END"));
    }
    StringBuilder listed = new StringBuilder("0");
    for (String c : categories) {
      listed.append(" + n_").append(c);
    }
    return cells.withColumn("share_other", expr("CASE WHEN incidents > 0 THEN (incidents - (" + listed
        + ")) / incidents ELSE 0D END"));
  }

  /** The most recent earlier run's centroids (unstandardised), when its features are the same. */
  record Previous(Map<Integer, double[]> centroids, int maxId) {}

  static Previous previous(GoldTables gold, List<String> names) {
    Dataset<Row> profiles = gold.read(Table.CLUSTER_PROFILES, FeatureSchemas.CLUSTER_PROFILES);
    Row maxId = profiles.agg(expr("max(cluster_id)")).first();
    int max = maxId.isNullAt(0) ? 0 : maxId.getInt(0);
    Row last = profiles.orderBy(col("computed_at").desc()).select("run_id").limit(1).collectAsList().stream().findFirst()
        .orElse(null);
    Map<Integer, double[]> centroids = new TreeMap<>();
    if (last != null) {
      for (Row r : profiles.where(col("run_id").equalTo(last.getString(0)))
          .select("cluster_id", "feature_names", "centroid").collectAsList()) {
        if (!r.getList(1).equals(names)) {
          return new Previous(Map.of(), max);
        }
        List<Double> c = r.getList(2);
        centroids.put(r.getInt(0), c.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    return new Previous(centroids, max);
  }

  static double[] standardise(double[] raw, double[] mean, double[] std) {
    double[] out = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      out[i] = std[i] > 0 ? (raw[i] - mean[i]) / std[i] : 0;
    }
    return out;
  }

  private static List<Double> toList(double[] v) {
    return Arrays.stream(v).boxed().toList();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

}
