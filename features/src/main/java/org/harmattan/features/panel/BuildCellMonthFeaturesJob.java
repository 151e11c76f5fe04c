package org.harmattan.features.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.grid.Neighbourhoods;
import org.harmattan.features.grid.RegionCells;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;

/**
 * Builds {@code gold.cell_month_features}: every region cell x every month of the panel, zeros
 * where nothing happened, with temporal lags, rolling sums, spatial lags, a 6-month trend slope,
 * border distance, active groups and the terrorist-criminal nexus indicator. All in Spark
 * expressions; the only driver work is the cell list (a few thousand rows).
 */
public final class BuildCellMonthFeaturesJob {
  public static final String JOB = "features";

  public PanelResult run(JobContext ctx) {
    Instant started = Instant.now();
    FeaturesSettings settings = FeaturesSettings.from(ctx.config());
    GoldTables gold = new GoldTables(ctx.spark(), ctx.catalog());
    if (!ctx.catalog().exists(ctx.spark(), Table.INCIDENTS)) {
      return PanelResult.EMPTY;
    }
    Dataset<Row> incidents = ctx.catalog().read(ctx.spark(), Table.INCIDENTS)
        .where(col(Columns.DUPLICATE_OF).isNull().and(col(Columns.PRIO_GID).isNotNull()));
    Optional<PanelMonths> resolved = PanelMonths.resolve(ctx, incidents, settings.firstMonth(), settings.historyMonths());
    if (resolved.isEmpty()) {
      return PanelResult.EMPTY;
    }
    PanelMonths months = resolved.get();
    return ctx.withJobGroup("features", "cell-month panel " + months.first() + ".." + months.last(), () -> {
      Dataset<Row> cells = RegionCells.load(ctx, settings);
      Dataset<Row> panel = panel(ctx, settings, cells, incidents.where(col(Columns.EVENT_MONTH)
          .between(months.first().toString(), months.last().toString())), months).cache();
      try {
        String predicate = "month >= '" + months.first() + "' AND month <= '" + months.last() + "'";
        long version = gold.replace(Table.CELL_MONTH_FEATURES, FeatureSchemas.CELL_MONTH_FEATURES,
            panel.withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp()), predicate);
        Row totals = panel.agg(count(lit(1)), sum(when(col("incidents").gt(0), 1).otherwise(0)), sum("incidents")).first();
        long cellCount = cells.count();
        PanelResult result = new PanelResult(ctx.runId(), months.first().toString(), months.last().toString(), cellCount,
            months.count(), totals.isNullAt(1) ? 0 : totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2),
            version, java.time.Duration.between(started, Instant.now()).toMillis());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("cells", (double) result.cells());
        metrics.put("months", (double) result.months());
        metrics.put("active_cell_months", (double) result.activeCellMonths());
        metrics.put("incidents", (double) result.incidents());
        AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, months.first() + ".." + months.last(), started,
            settings.describe(), metrics, Map.of(Table.CELL_MONTH_FEATURES.qualifiedName(), version), "");
        return result;
      } finally {
        panel.unpersist();
        cells.unpersist();
      }
    });
  }

  /** The panel frame (without run columns). */
  static Dataset<Row> panel(JobContext ctx, FeaturesSettings settings, Dataset<Row> cells, Dataset<Row> incidents,
      PanelMonths months) {
    Column activity = col(Columns.CATEGORY).isin(settings.activityCategories().toArray());
    Column violence = col(Columns.CATEGORY).isin(settings.violenceCategories().toArray());
    Dataset<Row> inc = incidents.withColumnRenamed(Columns.EVENT_MONTH, "month");
    Dataset<Row> counts = inc.groupBy(col(Columns.PRIO_GID), col("month")).agg(
        count(lit(1)).cast("int").as("incidents"),
        sum(when(activity, 1).otherwise(0)).cast("int").as("activity"),
        sum(when(violence, 1).otherwise(0)).cast("int").as("violence"),
        sum(when(col("unit").equalTo("kg"), col("quantity"))).as("quantity_kg"),
        sum(when(col("unit").equalTo("units"), col("quantity"))).as("quantity_units"),
        sum(when(col("unit").equalTo("litres"), col("quantity"))).as("quantity_litres"),
        sum(when(col("unit").equalTo("persons"), col("quantity"))).as("quantity_persons"),
        sum("small_arms").cast("int").as("small_arms"), sum("ammunition_rounds").cast("int").as("ammunition_rounds"),
        sum("explosives_kg").as("explosives_kg"), sum("heavy_weapons").cast("int").as("heavy_weapons"),
        sum("fatalities").cast("int").as("fatalities"), sum("arrests").cast("int").as("arrests"),
        expr("size(array_distinct(flatten(collect_list(coalesce(actors, array())))))").cast("int").as("active_groups"));
    Dataset<Row> categories = inc.groupBy(col(Columns.PRIO_GID), col("month"), col(Columns.CATEGORY))
        .agg(count(lit(1)).cast("int").as("n"))
        .groupBy(col(Columns.PRIO_GID), col("month"))
        .agg(expr("map_from_entries(collect_list(struct(category, n)))").as("category_counts"));
    // Group links of the nexus: an activity incident naming a group that took part in armed violence that month.
    Dataset<Row> armed = inc.where(violence).select(col("month"), explode(col("actors")).as("actor")).distinct();
    Dataset<Row> linked = inc.where(activity).select(col(Columns.PRIO_GID), col("month"), explode(col("actors")).as("actor"))
        .join(armed, toSeq("month", "actor"))
        .select(Columns.PRIO_GID, "month").distinct().withColumn("group_link", lit(1));
    Dataset<Row> monthFrame = ctx.spark().sql("SELECT explode(sequence(to_date('" + months.first() + "-01'), to_date('"
        + months.last() + "-01'), interval 1 month)) AS month_start")
        .withColumn("month", expr("date_format(month_start, 'yyyy-MM')"));
    Dataset<Row> grid = cells.crossJoin(monthFrame);
    Dataset<Row> joined = grid.join(counts, toSeq(Columns.PRIO_GID, "month"), "left")
        .join(categories, toSeq(Columns.PRIO_GID, "month"), "left")
        .join(linked, toSeq(Columns.PRIO_GID, "month"), "left");
    for (String c : List.of("incidents", "activity", "violence", "small_arms", "ammunition_rounds", "heavy_weapons",
        "fatalities", "arrests", "active_groups")) {
      joined = joined.withColumn(c, coalesce(col(c), lit(0)));
    }
    for (String c : List.of("quantity_kg", "quantity_units", "quantity_litres", "quantity_persons", "explosives_kg")) {
      joined = joined.withColumn(c, coalesce(col(c), lit(0.0)));
    }
    joined = joined
        .withColumn("category_counts", expr("coalesce(category_counts, map_from_arrays(cast(array() as array<string>), cast(array() as array<int>)))"))
        .withColumn("nexus", when(col("activity").gt(0).and(col("violence").gt(0).or(col("group_link").isNotNull())), 1)
            .otherwise(0))
        .drop("group_link");
    WindowSpec byCell = Window.partitionBy(Columns.PRIO_GID).orderBy("month");
    Dataset<Row> lagged = joined
        .withColumn("activity_lag1", lag("activity", 1, 0).over(byCell))
        .withColumn("activity_lag2", lag("activity", 2, 0).over(byCell))
        .withColumn("activity_lag3", lag("activity", 3, 0).over(byCell))
        .withColumn("activity_sum3", sum("activity").over(byCell.rowsBetween(-2, 0)).cast("int"))
        .withColumn("activity_sum6", sum("activity").over(byCell.rowsBetween(-5, 0)).cast("int"))
        .withColumn("activity_sum12", sum("activity").over(byCell.rowsBetween(-11, 0)).cast("int"))
        .withColumn("incidents_sum12", sum("incidents").over(byCell.rowsBetween(-11, 0)).cast("int"))
        .withColumn("violence_sum3", sum("violence").over(byCell.rowsBetween(-2, 0)).cast("int"))
        .withColumn("fatalities_sum3", sum("fatalities").over(byCell.rowsBetween(-2, 0)).cast("int"))
        .withColumn("activity_slope6", slope6("activity", byCell));
    Dataset<Row> pairs = Neighbourhoods.pairs(ctx.spark(), cells, settings.neighbourhood(), false);
    Dataset<Row> spatial = pairs.join(lagged.select(col(Columns.PRIO_GID).as("nb_gid"), col("month"),
            col("activity").as("nb_activity"), col("violence").as("nb_violence")), "nb_gid")
        .groupBy(Columns.PRIO_GID, "month")
        .agg(sum("nb_activity").cast("int").as("activity_nb"), sum("nb_violence").cast("int").as("violence_nb"));
    return lagged.join(spatial, toSeq(Columns.PRIO_GID, "month"), "left")
        .withColumn("activity_nb", coalesce(col("activity_nb"), lit(0)))
        .withColumn("violence_nb", coalesce(col("violence_nb"), lit(0)))
        .withColumn("activity_nb_lag1", lag("activity_nb", 1, 0).over(byCell));
  }

  /**
   * OLS slope of the column over the six months ending with the current one, x = 0..5:
   * {@code sum((x - 2.5) * y) / sum((x - 2.5)^2)}, with months before the panel counted as zero.
   */
  static Column slope6(String column, WindowSpec byCell) {
    Column s = lit(0.0);
    for (int j = 0; j <= 5; j++) {
      double weight = (5 - j) - 2.5;
      s = s.plus(lag(column, j, 0).over(byCell).multiply(weight));
    }
    return s.divide(17.5);
  }

  static scala.collection.immutable.Seq<String> toSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
