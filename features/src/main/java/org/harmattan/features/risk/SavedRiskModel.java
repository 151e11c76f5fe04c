package org.harmattan.features.risk;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;

/**
 * Risk models saved by an earlier training run, found through {@code gold.analytics_runs}: a
 * training run records the month it was trained for, the settings it depends on and where the
 * models are; a run that reuses them records the training run instead.
 *
 * @param runId the training run
 * @param trainedFor its feature month: it learnt from every month before it
 * @param path the models' folder, resolved against the lakehouse the run reads
 */
record SavedRiskModel(String runId, YearMonth trainedFor, String path) {
  static final String TRAINED_FOR = "risk.trained-for";
  static final String MODEL_KEY = "risk.model-key";
  static final String MODEL_PATH = "risk.model-path";
  static final String MODEL_RUN = "risk.model-run";

  /** Folder of a training run's models, relative to the lakehouse root (what the run log records). */
  static String relativePath(String runId) {
    return "models/" + runId;
  }

  /** What the run log records for a models folder: relative when it lies in the lakehouse. */
  static String recorded(JobContext ctx, String path) {
    String root = ctx.catalog().root() + "/";
    return path.startsWith(root) ? path.substring(root.length()) : path;
  }

  /**
   * The folder a recorded {@code risk.model-path} names in this lakehouse. A relative path is
   * resolved against its root, so a lakehouse copied or moved elsewhere keeps its models. Runs
   * before relative paths recorded absolute ones: one that no longer exists is looked for at the
   * same place in this lakehouse.
   */
  static String resolve(JobContext ctx, String recorded, String runId) {
    String root = ctx.catalog().root();
    if (!new Path(recorded).isAbsolute()) {
      return root + "/" + recorded;
    }
    return exists(ctx.spark(), recorded) ? recorded : root + "/" + relativePath(runId);
  }

  /**
   * The latest models trained with the same settings for a month before {@code featureMonth}, if
   * that month is fewer than {@code retrainMonths} before it and the files are still there. A model
   * trained for a later month is never reused for an earlier one: it has seen that month's future.
   */
  static Optional<SavedRiskModel> reusable(JobContext ctx, String modelKey, YearMonth featureMonth, int retrainMonths) {
    SparkSession spark = ctx.spark();
    if (retrainMonths <= 1 || !ctx.catalog().exists(spark, Table.ANALYTICS_RUNS)) {
      return Optional.empty();
    }
    YearMonth earliest = featureMonth.minusMonths(retrainMonths - 1L);
    // One row per analytics run: a few a month, so this is small.
    List<Row> found = ctx.catalog().read(spark, Table.ANALYTICS_RUNS)
        .where(col("job").equalTo(ScoreRiskJob.JOB)
            .and(col("settings").getItem(MODEL_RUN).equalTo(col("run_id")))
            .and(col("settings").getItem(MODEL_KEY).equalTo(modelKey))
            .and(col("settings").getItem(TRAINED_FOR).geq(earliest.toString()))
            .and(col("settings").getItem(TRAINED_FOR).lt(featureMonth.toString())))
        .orderBy(col("settings").getItem(TRAINED_FOR).desc(), desc("ended_at"))
        .select(col("run_id"), col("settings").getItem(TRAINED_FOR), col("settings").getItem(MODEL_PATH))
        .limit(1).collectAsList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String runId = found.get(0).getString(0);
    SavedRiskModel model = new SavedRiskModel(runId, YearMonth.parse(found.get(0).getString(1)),
        resolve(ctx, found.get(0).getString(2), runId));
    return exists(spark, model.path()) ? Optional.of(model) : Optional.empty();
  }

  ScoreRiskJob.Models load() {
    return new ScoreRiskJob.Models(StandardScalerModel.load(path + "/scaler"), GBTClassificationModel.load(path + "/gbt"),
        LogisticRegressionModel.load(path + "/logistic"));
  }

  /** Whether the folder holds the three models. */
  private static boolean exists(SparkSession spark, String path) {
    try {
      Path root = new Path(path);
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String part : List.of("scaler", "gbt", "logistic")) {
        if (!fs.exists(new Path(root, part))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
