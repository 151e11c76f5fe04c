package org.harmattan.features.risk;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;

/**
 * Next-month risk per cell: label = at least one activity incident in the cell the next month;
 * features = the panel's columns at month t. Gradient-boosted trees (seeded), with logistic
 * regression as a check, evaluated out of time with a rolling origin (train on every month
 * before the origin, test on the origin month) beside the no-change baseline (this month's
 * activity predicts next month's). AUROC and AUPR come from MLlib's BinaryClassificationEvaluator,
 * the Brier score from a Spark aggregate. The final model, trained on every labelled month, is
 * saved under {@code <lakehouse>/models/<run_id>/} and scores the period's last month. Models are
 * retrained every {@code risk.retrain-months}: in between, a run scores with the saved models and
 * evaluates them on the months since their training instead of fitting seven models again.
 */
public final class ScoreRiskJob {
  public static final String JOB = "score";
  public static final String LABEL = "activity_next_month";
  /** Panel columns the models read (known at the end of month t). */
  public static final List<String> FEATURES = List.of("activity", "activity_lag1", "activity_lag2", "activity_lag3",
      "activity_sum3", "activity_sum6", "activity_sum12", "incidents", "incidents_sum12", "violence", "violence_sum3",
      "fatalities_sum3", "activity_nb", "activity_nb_lag1", "violence_nb", "activity_slope6", "active_groups", "nexus",
      "border_km", "latitude", "longitude");

  public RiskResult run(JobContext ctx) {
    Instant started = Instant.now();
    FeaturesSettings settings = FeaturesSettings.from(ctx.config());
    FeaturesSettings.Risk rs = settings.risk();
    GoldTables gold = new GoldTables(ctx.spark(), ctx.catalog());
    if (!ctx.catalog().exists(ctx.spark(), Table.CELL_MONTH_FEATURES)) {
      return RiskResult.EMPTY;
    }
    Dataset<Row> features = ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES);
    Row range = features.agg(expr("min(month)"), expr("max(month)")).first();
    if (range.isNullAt(0)) {
      return RiskResult.EMPTY;
    }
    YearMonth featureMonth = ctx.period().map(p -> p.last()).orElse(YearMonth.parse(range.getString(1)));
    YearMonth target = featureMonth.plusMonths(1);
    YearMonth firstMonth = YearMonth.parse(range.getString(0));
    return ctx.withJobGroup(JOB, "risk model for " + target, () -> {
      Dataset<Row> panel = features.where(col("month").leq(featureMonth.toString()))
          .withColumn("label", lead(when(col("activity").gt(0), 1.0).otherwise(0.0), 1)
              .over(Window.partitionBy("prio_gid").orderBy("month")))
          .withColumn("baseline", when(col("activity").gt(0), 1.0).otherwise(0.0));
      VectorAssembler assembler = new VectorAssembler().setInputCols(FEATURES.toArray(String[]::new))
          .setOutputCol("raw");
      // The panel is small (cells x months): one partition per core keeps each of MLlib's many small
      // jobs to as few tasks.
      int cores = Math.max(1, ctx.spark().sparkContext().defaultParallelism());
      Dataset<Row> data = assembler.transform(panel.select(columns())).coalesce(cores).cache();
      Dataset<Row> labelled = data.where(col("label").isNotNull());
      Optional<SavedRiskModel> saved = SavedRiskModel.reusable(ctx, settings.riskModelKey(), featureMonth,
          rs.retrainMonths());
      Trained trained = saved.isPresent() ? reuse(ctx, target, saved.get(), featureMonth, labelled)
          : train(ctx, rs, target, featureMonth, firstMonth, labelled);
      List<Row> evaluations = new ArrayList<>(trained.evaluations());
      Dataset<Row> pooled = trained.pooled();
      Models models = trained.models();
      Map<String, Double> gbtPooled = Map.of();
      Map<String, Double> logisticPooled = Map.of();
      Map<String, Double> baselinePooled = Map.of();
      if (pooled != null) {
        pooled = pooled.cache();
        gbtPooled = metrics(pooled, "p_gbt");
        logisticPooled = metrics(pooled, "p_logistic");
        baselinePooled = metrics(pooled, "baseline");
        long testRows = pooled.count();
        long positives = pooled.where(col("label").equalTo(1.0)).count();
        evaluations.add(pooledRow(ctx, target, "GBT", testRows, positives, gbtPooled));
        evaluations.add(pooledRow(ctx, target, "LOGISTIC", testRows, positives, logisticPooled));
        evaluations.add(pooledRow(ctx, target, "BASELINE", testRows, positives, baselinePooled));
      }
      GBTClassificationModel gbt = models.gbt();
      String modelRun = saved.map(SavedRiskModel::runId).orElse(ctx.runId());
      String modelPath = saved.map(SavedRiskModel::path)
          .orElse(ctx.catalog().root() + "/" + SavedRiskModel.relativePath(ctx.runId()));
      if (saved.isEmpty()) {
        models.save(modelPath);
      }
      Map<String, Double> importances = new LinkedHashMap<>();
      double[] imp = gbt.featureImportances().toArray();
      for (int i = 0; i < FEATURES.size(); i++) {
        importances.put(FEATURES.get(i), imp[i]);
      }
      Dataset<Row> current = data.where(col("month").equalTo(featureMonth.toString()));
      Dataset<Row> scores = gbt.transform(current)
          .withColumn("probability", org.apache.spark.ml.functions.vector_to_array(col("probability"), "float64")
              .getItem(1))
          // One global ranking over the month's cells (a few thousand rows): a single partition is fine.
          .withColumn("risk_rank", row_number().over(Window.orderBy(desc("probability"), col("prio_gid"))))
          .withColumn("target_month", lit(target.toString())).withColumn("feature_month", lit(featureMonth.toString()))
          .withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp());
      long scoresVersion = gold.replace(Table.RISK_SCORES, FeatureSchemas.RISK_SCORES, scores,
          "target_month = '" + target + "'");
      long cells = current.count();
      long evaluationsVersion = gold.append(Table.MODEL_EVALUATIONS, FeatureSchemas.MODEL_EVALUATIONS,
          ctx.spark().createDataFrame(evaluations, FeatureSchemas.MODEL_EVALUATIONS)
              .withColumn("computed_at", current_timestamp()));
      RiskResult result = new RiskResult(ctx.runId(), featureMonth.toString(), target.toString(), cells,
          trained.folds(), gbtPooled, logisticPooled, baselinePooled, importances, modelPath, saved.isEmpty(),
          saved.map(m -> m.trainedFor().toString()).orElse(featureMonth.toString()), scoresVersion,
          evaluationsVersion, java.time.Duration.between(started, Instant.now()).toMillis());
      Map<String, Double> metrics = new LinkedHashMap<>();
      gbtPooled.forEach((k, v) -> metrics.put("gbt." + k, v));
      logisticPooled.forEach((k, v) -> metrics.put("logistic." + k, v));
      baselinePooled.forEach((k, v) -> metrics.put("baseline." + k, v));
      importances.forEach((k, v) -> metrics.put("importance." + k, v));
      metrics.put("cells_scored", (double) cells);
      Map<String, String> described = new LinkedHashMap<>(settings.describe());
      described.put("risk.label", LABEL + " = any of " + String.join(",", settings.activityCategories()));
      // Relative to the lakehouse: a copied or moved lakehouse still finds its models.
      described.put(SavedRiskModel.MODEL_PATH, SavedRiskModel.recorded(ctx, modelPath));
      described.put(SavedRiskModel.MODEL_RUN, modelRun);
      described.put(SavedRiskModel.MODEL_KEY, settings.riskModelKey());
      described.put(SavedRiskModel.TRAINED_FOR, result.trainedFor());
      AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, featureMonth + "->" + target, started, described,
          metrics, Map.of(Table.RISK_SCORES.qualifiedName(), scoresVersion,
              Table.MODEL_EVALUATIONS.qualifiedName(), evaluationsVersion), "");
      if (pooled != null) {
        pooled.unpersist();
      }
      data.unpersist();
      return result;
    });
  }

  /** Standardiser, gradient-boosted trees and the logistic regression check, trained together. */
  record Models(StandardScalerModel scaler, GBTClassificationModel gbt, LogisticRegressionModel logistic) {
    static Models fit(FeaturesSettings.Risk rs, Dataset<Row> train) {
      StandardScalerModel scaler = ScoreRiskJob.scaler(train);
      return new Models(scaler, ScoreRiskJob.gbt(rs).fit(train), ScoreRiskJob.logistic(rs).fit(scaler.transform(train)));
    }

    /** Test rows with the GBT and logistic probabilities of the positive class. */
    Dataset<Row> score(Dataset<Row> test) {
      Dataset<Row> scored = logistic.transform(scaler.transform(gbt.transform(test)));
      return scored
          .withColumn("p_gbt", org.apache.spark.ml.functions.vector_to_array(col("probability"), "float64").getItem(1))
          .withColumn("p_logistic", org.apache.spark.ml.functions.vector_to_array(col("probability_lr"), "float64")
              .getItem(1))
          .select("prio_gid", "month", "label", "baseline", "p_gbt", "p_logistic").cache();
    }

    void save(String path) {
      try {
        gbt.write().overwrite().save(path + "/gbt");
        scaler.write().overwrite().save(path + "/scaler");
        logistic.write().overwrite().save(path + "/logistic");
      } catch (IOException e) {
        throw new UncheckedIOException("Saving the risk model under " + path + ": " + e.getMessage(), e);
      }
    }
  }

  /** The models a run scores with, their evaluation rows, and every scored test month together. */
  private record Trained(Models models, List<Row> evaluations, Dataset<Row> pooled, int folds) {}

  /**
   * New models: the rolling-origin folds (each trains on every month before its origin and tests on
   * the origin month) and the final models (every labelled month), fitted concurrently.
   */
  private static Trained train(JobContext ctx, FeaturesSettings.Risk rs, YearMonth target, YearMonth featureMonth,
      YearMonth firstMonth, Dataset<Row> labelled) {
    List<YearMonth> origins = new ArrayList<>();
    for (int i = rs.origins(); i >= 1; i--) {
      YearMonth origin = featureMonth.minusMonths(i);
      if (!origin.isBefore(firstMonth.plusMonths(rs.minTrainMonths()))) {
        origins.add(origin);
      }
    }
    List<Row> evaluations = new ArrayList<>();
    Dataset<Row> pooled = null;
    // Threads started here inherit the job group; each fit only reads the cached panel.
    ExecutorService fits = Executors.newFixedThreadPool(Math.min(rs.concurrentFits(), origins.size() + 1));
    try {
      Future<Models> finalFit = fits.submit(() -> Models.fit(rs, labelled));
      List<Future<Fold>> folds = new ArrayList<>();
      for (int i = 0; i < origins.size(); i++) {
        int fold = i + 1;
        YearMonth origin = origins.get(i);
        folds.add(fits.submit(() -> fold(ctx, rs, target, fold, origin, labelled)));
      }
      for (Future<Fold> f : folds) {
        Fold done = await(f);
        evaluations.addAll(done.evaluations());
        pooled = pooled == null ? done.scored() : pooled.unionByName(done.scored());
      }
      return new Trained(await(finalFit), evaluations, pooled, origins.size());
    } finally {
      fits.shutdownNow();
    }
  }

  /**
   * Saved models: each labelled month from the one they were trained for is a fold (out of time:
   * they learnt only from earlier months); train_rows is left empty, the training run has it.
   */
  private static Trained reuse(JobContext ctx, YearMonth target, SavedRiskModel saved, YearMonth featureMonth,
      Dataset<Row> labelled) {
    Models models = saved.load();
    List<Row> evaluations = new ArrayList<>();
    Dataset<Row> pooled = null;
    int fold = 0;
    for (YearMonth m = saved.trainedFor(); m.isBefore(featureMonth); m = m.plusMonths(1)) {
      fold++;
      Dataset<Row> scored = models.score(labelled.where(col("month").equalTo(m.toString())));
      for (String model : List.of("GBT", "LOGISTIC", "BASELINE")) {
        evaluations.add(evaluationRow(ctx, target, model, fold, m.toString(), null, scored, model));
      }
      Dataset<Row> kept = scored.select("month", "label", "p_gbt", "p_logistic", "baseline");
      pooled = pooled == null ? kept : pooled.unionByName(kept);
    }
    return new Trained(models, evaluations, pooled, fold);
  }

  /** One rolling-origin fold: its evaluation rows and its scored test month. */
  private record Fold(List<Row> evaluations, Dataset<Row> scored) {}

  private static Fold fold(JobContext ctx, FeaturesSettings.Risk rs, YearMonth target, int fold, YearMonth origin,
      Dataset<Row> labelled) {
    Dataset<Row> train = labelled.where(col("month").lt(origin.toString()));
    Dataset<Row> test = labelled.where(col("month").equalTo(origin.toString()));
    Dataset<Row> scored = Models.fit(rs, train).score(test);
    long trainRows = train.count();
    List<Row> rows = new ArrayList<>();
    for (String model : List.of("GBT", "LOGISTIC", "BASELINE")) {
      rows.add(evaluationRow(ctx, target, model, fold, origin.toString(), trainRows, scored, model));
    }
    return new Fold(rows, scored.select("month", "label", "p_gbt", "p_logistic", "baseline"));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fitting the risk model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Fitting the risk model: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private static Column[] columns() {
    List<Column> cols = new ArrayList<>();
    for (String c : List.of("prio_gid", "month", "label", "baseline", "latitude", "longitude", "country")) {
      cols.add(col(c));
    }
    for (String f : FEATURES) {
      if (!f.equals("latitude") && !f.equals("longitude")) {
        cols.add(col(f).cast("double").as(f));
      }
    }
    return cols.toArray(Column[]::new);
  }

  private static GBTClassifier gbt(FeaturesSettings.Risk rs) {
    return new GBTClassifier().setFeaturesCol("raw").setLabelCol("label").setMaxIter(rs.trees())
        .setMaxDepth(rs.maxDepth()).setStepSize(rs.stepSize()).setSeed(rs.seed());
  }

  private static LogisticRegression logistic(FeaturesSettings.Risk rs) {
    return new LogisticRegression().setFeaturesCol("features").setLabelCol("label").setRegParam(rs.logisticRegParam())
        .setMaxIter(100).setProbabilityCol("probability_lr").setRawPredictionCol("raw_lr").setPredictionCol("pred_lr");
  }

  private static StandardScalerModel scaler(Dataset<Row> train) {
    return new StandardScaler().setInputCol("raw").setOutputCol("features").setWithMean(true).setWithStd(true)
        .fit(train);
  }

  /** AUROC and AUPR (MLlib) and the Brier score (a Spark mean) of one score column. */
  static Map<String, Double> metrics(Dataset<Row> scored, String scoreColumn) {
    Map<String, Double> m = new LinkedHashMap<>();
    BinaryClassificationEvaluator evaluator = new BinaryClassificationEvaluator().setLabelCol("label")
        .setRawPredictionCol(scoreColumn);
    m.put("auroc", evaluator.setMetricName("areaUnderROC").evaluate(scored));
    m.put("aupr", evaluator.setMetricName("areaUnderPR").evaluate(scored));
    Row brier = scored.agg(avg(expr("(" + scoreColumn + " - label) * (" + scoreColumn + " - label)"))).first();
    m.put("brier", brier.isNullAt(0) ? Double.NaN : brier.getDouble(0));
    return m;
  }

  private static Row evaluationRow(JobContext ctx, YearMonth target, String model, int fold, String origin,
      Long trainRows, Dataset<Row> scored, String which) {
    String column = switch (which) {
      case "GBT" -> "p_gbt";
      case "LOGISTIC" -> "p_logistic";
      default -> "baseline";
    };
    Row counts = scored.agg(count(lit(1)), sum("label")).first();
    long positives = counts.isNullAt(1) ? 0 : (long) counts.getDouble(1);
    Map<String, Double> m = metrics(scored, column);
    return RowFactory.create(ctx.runId(), target.toString(), LABEL, model, fold, origin, trainRows, counts.getLong(0),
        positives, m.get("auroc"), m.get("aupr"), m.get("brier"), null);
  }

  private static Row pooledRow(JobContext ctx, YearMonth target, String model, long testRows, long positives,
      Map<String, Double> m) {
    return RowFactory.create(ctx.runId(), target.toString(), LABEL, model, 0, "ALL", null, testRows, positives,
        m.get("auroc"), m.get("aupr"), m.get("brier"), null);
  }
}
