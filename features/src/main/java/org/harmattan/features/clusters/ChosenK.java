package org.harmattan.features.clusters;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;

/**
 * The number of clusters an earlier run chose by silhouette, found through
 * {@code gold.analytics_runs}: every clustering run records the month k was chosen for and what
 * the choice depends on; a run that reuses k carries the original month over.
 */
record ChosenK(int k, YearMonth chosenFor) {
  static final String CHOSEN_FOR = "clusters.k-chosen-for";
  static final String KEY = "clusters.k-key";

  /**
   * The k of the latest run whose k was chosen for a month before {@code end} and fewer than
   * {@code chooseKMonths} before it, with the same settings.
   */
  static Optional<ChosenK> reusable(JobContext ctx, String key, YearMonth end, int chooseKMonths) {
    if (chooseKMonths <= 1 || !ctx.catalog().exists(ctx.spark(), Table.ANALYTICS_RUNS)) {
      return Optional.empty();
    }
    YearMonth earliest = end.minusMonths(chooseKMonths - 1L);
    // One row per analytics run: a few a month.
    List<Row> found = ctx.catalog().read(ctx.spark(), Table.ANALYTICS_RUNS)
        .where(col("job").equalTo(ClusterCellsJob.JOB)
            .and(col("settings").getItem(KEY).equalTo(key))
            .and(col("settings").getItem(CHOSEN_FOR).geq(earliest.toString()))
            .and(col("settings").getItem(CHOSEN_FOR).lt(end.toString()))
            .and(col("metrics").getItem("k").isNotNull()))
        .orderBy(col("settings").getItem(CHOSEN_FOR).desc(), desc("ended_at"))
        .select(col("metrics").getItem("k"), col("settings").getItem(CHOSEN_FOR)).limit(1).collectAsList();
    return found.stream().findFirst()
        .map(r -> new ChosenK((int) Math.round(r.getDouble(0)), YearMonth.parse(r.getString(1))));
  }
}
