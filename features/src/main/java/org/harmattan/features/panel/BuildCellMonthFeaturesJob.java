package org.harmattan.features.panel;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.harmattan.features.grid.RegionGrid;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;
import org.harmattan.features.store.MonthBuilds;

/**
 * Builds {@code gold.cell_month_features}: every region cell x every month of the panel, zeros
 * where nothing happened, with temporal lags, rolling sums, spatial lags, a 6-month trend slope,
 * border distance, active groups and the terrorist-criminal nexus indicator. All in Spark
 * expressions; the only driver work is the cell list (a few thousand rows) and one fingerprint per
 * month. Only the months whose inputs changed since they were built are rebuilt ({@link PanelInputs},
 * {@code gold.month_builds}): a monthly run computes the new month, not the whole panel again.
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
    // Fingerprints only of the months the panel reads (its window and the lookback before it):
    // silver incidents is laid out by event date, so Delta skips the files of older years.
    Optional<PanelMonths> bound = PanelMonths.bound(ctx, settings.firstMonth(), settings.historyMonths());
    TreeMap<YearMonth, Long> incidentMonths = bound.isPresent() ? PanelInputs.incidentMonths(inMonths(incidents, bound.get()))
        : new TreeMap<>();
    PanelMonths months;
    if (!incidentMonths.isEmpty()) {
      // Incidents before the lookback can only clip the first month to the bound, as these do.
      months = PanelMonths.resolve(ctx, incidentMonths.firstKey(), incidentMonths.lastKey(), settings.firstMonth(),
          settings.historyMonths());
    } else {
      Row span = incidents.agg(min(Columns.EVENT_MONTH), max(Columns.EVENT_MONTH)).first();
      if (span.isNullAt(0)) {
        return PanelResult.EMPTY;
      }
      months = PanelMonths.resolve(ctx, YearMonth.parse(span.getString(0)), YearMonth.parse(span.getString(1)),
          settings.firstMonth(), settings.historyMonths());
      incidentMonths = PanelInputs.incidentMonths(inMonths(incidents, months));
    }
    return build(ctx, settings, gold, incidents, incidentMonths, months, started);
  }

  private PanelResult build(JobContext ctx, FeaturesSettings settings, GoldTables gold, Dataset<Row> incidents,
      TreeMap<YearMonth, Long> incidentMonths, PanelMonths months, Instant started) {
    return ctx.withJobGroup("features", "cell-month panel " + months.first() + ".." + months.last(), () -> {
      List<RegionGrid.Cell> cellList = RegionCells.list(ctx, settings);
      Map<YearMonth, Long> wanted = PanelInputs.monthInputs(months.list(), incidentMonths, settings, cellList);
      MonthBuilds builds = new MonthBuilds(ctx.spark(), ctx.catalog());
      TreeMap<YearMonth, Long> stale = builds.stale(Table.CELL_MONTH_FEATURES, wanted);
      incomplete(ctx, months, cellList.size()).forEach(m -> stale.put(m, wanted.get(m)));
      Dataset<Row> cells = RegionCells.frame(ctx, cellList);
      long version = ctx.catalog().version(ctx.spark(), Table.CELL_MONTH_FEATURES).orElse(-1L);
      if (!stale.isEmpty()) {
        // Computed from LOOKBACK_MONTHS before the first stale month, so that its lags and rolling
        // sums see the real months before it, as a rebuild of the whole panel would. Of those, a
        // month already built from unchanged inputs has the per-month counts in the panel table:
        // they are read from there, and only the others are aggregated from silver.
        PanelMonths range = new PanelMonths(stale.firstKey().minusMonths(PanelInputs.LOOKBACK_MONTHS), stale.lastKey());
        List<YearMonth> built = range.list().stream().filter(m -> wanted.containsKey(m) && !stale.containsKey(m))
            .toList();
        List<String> fromSilver = range.list().stream().filter(m -> !built.contains(m)).map(YearMonth::toString)
            .toList();
        List<String> staleMonths = stale.keySet().stream().map(YearMonth::toString).toList();
        // The panel's four aggregates read these rows: one scan of silver instead of four.
        Dataset<Row> inRange = incidents.where(col(Columns.EVENT_MONTH).between(fromSilver.get(0),
            fromSilver.get(fromSilver.size() - 1)).and(col(Columns.EVENT_MONTH).isin(fromSilver.toArray())))
            .select(col(Columns.EVENT_MONTH), col(Columns.PRIO_GID), col(Columns.CATEGORY), col("unit"), col("quantity"),
                col("small_arms"), col("ammunition_rounds"), col("explosives_kg"), col("heavy_weapons"),
                col("fatalities"), col("arrests"), col("actors")).cache();
        try {
          Dataset<Row> counted = monthCounts(ctx, settings, cells, inRange, fromSilver);
          if (!built.isEmpty()) {
            counted = counted.unionByName(ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES)
                .where(col("month").isin(built.stream().map(YearMonth::toString).toArray()))
                .select(java.util.Arrays.stream(counted.columns()).map(c -> col(c)).toArray(Column[]::new)));
          }
          Dataset<Row> rows = withLagsAndNeighbours(ctx, settings, cells, counted)
              .where(col("month").isin(staleMonths.toArray()));
          String predicate = "month IN (" + String.join(",", staleMonths.stream().map(GoldTables::literal).toList())
              + ")";
          version = gold.replace(Table.CELL_MONTH_FEATURES, FeatureSchemas.CELL_MONTH_FEATURES,
              rows.withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp()), predicate);
          builds.record(Table.CELL_MONTH_FEATURES, stale, ctx.runId());
        } finally {
          inRange.unpersist();
        }
      }
      Row totals = ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES)
          .where(col("month").between(months.first().toString(), months.last().toString()))
          .agg(sum(when(col("incidents").gt(0), 1).otherwise(0)), sum("incidents")).first();
      PanelResult result = new PanelResult(ctx.runId(), months.first().toString(), months.last().toString(),
          cellList.size(), months.count(), stale.size(), totals.isNullAt(0) ? 0 : totals.getLong(0),
          totals.isNullAt(1) ? 0 : totals.getLong(1), version,
          java.time.Duration.between(started, Instant.now()).toMillis());
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("cells", (double) result.cells());
      metrics.put("months", (double) result.months());
      metrics.put("months_rebuilt", (double) result.monthsRebuilt());
      metrics.put("active_cell_months", (double) result.activeCellMonths());
      metrics.put("incidents", (double) result.incidents());
      AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, months.first() + ".." + months.last(), started,
          settings.describe(), metrics, Map.of(Table.CELL_MONTH_FEATURES.qualifiedName(), version),
          stale.isEmpty() ? "no month's inputs changed" : "rebuilt " + MonthBuilds.describe(stale.navigableKeySet()));
      cells.unpersist();
      return result;
    });
  }

  /**
   * Months of the window whose rows in the panel table are not one per cell: never built, or rows
   * deleted or duplicated since (by hand, or by restoring the table without gold.month_builds).
   * Such a month is rebuilt even when its inputs are unchanged, because later months' lags and
   * rolling sums read its rows and count them by position.
   */
  private static List<YearMonth> incomplete(JobContext ctx, PanelMonths months, int cells) {
    Map<String, Long> counts = new TreeMap<>();
    if (ctx.catalog().exists(ctx.spark(), Table.CELL_MONTH_FEATURES)) {
      for (Row r : ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES)
          .where(col("month").between(months.first().toString(), months.last().toString()))
          .groupBy("month").count().collectAsList()) {
        counts.put(r.getString(0), r.getLong(1));
      }
    }
    return months.list().stream().filter(m -> counts.getOrDefault(m.toString(), 0L) != cells).toList();
  }

  /** The incidents the panel's months read: the months and the lookback before them. */
  private static Dataset<Row> inMonths(Dataset<Row> incidents, PanelMonths months) {
    return incidents.where(col(Columns.EVENT_MONTH).between(
        months.first().minusMonths(PanelInputs.LOOKBACK_MONTHS).toString(), months.last().toString()));
  }

  /** The panel frame (without run columns). */
  static Dataset<Row> panel(JobContext ctx, FeaturesSettings settings, Dataset<Row> cells, Dataset<Row> incidents,
      PanelMonths months) {
    return withLagsAndNeighbours(ctx, settings, cells, monthCounts(ctx, settings, cells, incidents,
        months.list().stream().map(YearMonth::toString).toList()));
  }

  /**
   * Every cell in each of the months: what happened there that month alone (counts, quantities,
   * category counts, nexus), zeros where nothing did. These are the columns a later month's lags,
   * rolling sums and neighbours read.
   */
  static Dataset<Row> monthCounts(JobContext ctx, FeaturesSettings settings, Dataset<Row> cells, Dataset<Row> incidents,
      List<String> months) {
    Column activity = col(Columns.CATEGORY).isin(settings.activityCategories().toArray());
    Column violence = col(Columns.CATEGORY).isin(settings.violenceCategories().toArray());
    Dataset<Row> inc = incidents.withColumnRenamed(Columns.EVENT_MONTH, "month");
    Dataset<Row> counts = inc.groupBy(col(Columns.PRIO_GID), col("month")).agg(
        count(lit(1)).cast("int").as("incidents"),
        sum(when(activity, 1).otherwise(0)).cast("int").as("activity"),
        sum(when(violence, 1).otherwise(0)).cast("int").as("violence"),
        // Rounded to 6 decimals: a sum of doubles depends on the order Spark adds them in, and the
        // same month must come out the same whichever run builds it.
        round(sum(when(col("unit").equalTo("kg"), col("quantity"))), 6).as("quantity_kg"),
        round(sum(when(col("unit").equalTo("units"), col("quantity"))), 6).as("quantity_units"),
        round(sum(when(col("unit").equalTo("litres"), col("quantity"))), 6).as("quantity_litres"),
        round(sum(when(col("unit").equalTo("persons"), col("quantity"))), 6).as("quantity_persons"),
        sum("small_arms").cast("int").as("small_arms"), sum("ammunition_rounds").cast("int").as("ammunition_rounds"),
        round(sum("explosives_kg"), 6).as("explosives_kg"), sum("heavy_weapons").cast("int").as("heavy_weapons"),
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
    Dataset<Row> monthFrame = ctx.spark().createDataset(months, org.apache.spark.sql.Encoders.STRING()).toDF("month")
        .withColumn("month_start", expr("to_date(month || '-01')"));
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
    return joined
        .withColumn("category_counts", expr("coalesce(category_counts, map_from_arrays(cast(array() as array<string>), cast(array() as array<int>)))"))
        .withColumn("nexus", when(col("activity").gt(0).and(col("violence").gt(0).or(col("group_link").isNotNull())), 1)
            .otherwise(0))
        .drop("group_link");
  }

  /**
   * Adds the temporal lags, rolling sums, trend and spatial lags to {@link #monthCounts}. Lags
   * count rows, so the frame must hold every month of its span for every cell.
   */
  static Dataset<Row> withLagsAndNeighbours(JobContext ctx, FeaturesSettings settings, Dataset<Row> cells,
      Dataset<Row> joined) {
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
