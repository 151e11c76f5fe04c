package org.harmattan.features.hotspots;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.features.FeaturesSettings;
import org.harmattan.features.grid.Neighbourhoods;
import org.harmattan.features.store.AnalyticsRuns;
import org.harmattan.features.store.GoldTables;

/**
 * Hot spots for the window ending with the period: Gi* per measure, cell and month with FDR
 * control ({@code gold.hotspots}), then each cell's emerging hot spot pattern over the window
 * ({@code gold.hotspot_trends}). Reads {@code gold.cell_month_features}; run the panel first.
 */
public final class ComputeHotspotsJob {
  public static final String JOB = "hotspots";

  private static final StructType PATTERN_ROW = new StructType()
      .add("measure", DataTypes.StringType).add("prio_gid", DataTypes.IntegerType)
      .add("pattern", DataTypes.StringType).add("hot_months", DataTypes.IntegerType)
      .add("cold_months", DataTypes.IntegerType).add("final_z", DataTypes.DoubleType)
      .add("mk_s", DataTypes.LongType).add("mk_z", DataTypes.DoubleType).add("mk_p", DataTypes.DoubleType)
      .add("trend", DataTypes.StringType);

  public HotspotsResult run(JobContext ctx) {
    Instant started = Instant.now();
    FeaturesSettings settings = FeaturesSettings.from(ctx.config());
    GoldTables gold = new GoldTables(ctx.spark(), ctx.catalog());
    if (!ctx.catalog().exists(ctx.spark(), Table.CELL_MONTH_FEATURES)) {
      return HotspotsResult.EMPTY;
    }
    Dataset<Row> features = ctx.catalog().read(ctx.spark(), Table.CELL_MONTH_FEATURES);
    Row latest = features.agg(expr("max(month)")).first();
    if (latest.isNullAt(0)) {
      return HotspotsResult.EMPTY;
    }
    YearMonth end = ctx.period().map(p -> p.last()).orElse(YearMonth.parse(latest.getString(0)));
    int windowMonths = settings.hotspots().windowMonths();
    YearMonth start = end.minusMonths(windowMonths - 1L);
    return ctx.withJobGroup(JOB, "Gi* and emerging hot spots " + start + ".." + end, () -> {
      YearMonth historyStart = settings.hotspots().excess() ? start.minusMonths(settings.hotspots().excessMonths()) : start;
      Dataset<Row> window = features.where(col("month").between(historyStart.toString(), end.toString()))
          .select("prio_gid", "month", "category_counts", "latitude", "longitude", "country").cache();
      try {
        Map<String, List<String>> measures = measures(settings, window);
        Dataset<Row> values = values(window, measures, settings.hotspots(), start.toString()).cache();
        Dataset<Row> cells = window.select("prio_gid", "latitude", "longitude", "country").distinct();
        Dataset<Row> pairs = settings.hotspots().gaussianWeights()
            ? Neighbourhoods.gaussianPairs(ctx.spark(), cells, settings.neighbourhood(), settings.hotspots().bandwidthKm())
            : Neighbourhoods.pairs(ctx.spark(), cells, settings.neighbourhood(), true);
        Dataset<Row> gi = GetisOrd.compute(values, pairs, settings.hotspots().fdrAlpha()).cache();
        String measureList = String.join(",", measures.keySet().stream().map(GoldTables::literal).toList());
        long hotspotsVersion = gold.replace(Table.HOTSPOTS, FeatureSchemas.HOTSPOTS,
            gi.withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp()),
            "month >= '" + start + "' AND month <= '" + end + "' AND measure IN (" + measureList + ")");
        Dataset<Row> trends = patterns(gi, settings.hotspots().trendAlpha(), windowMonths)
            .join(cells, "prio_gid")
            .withColumn("period_end", lit(end.toString())).withColumn("window_start", lit(start.toString()))
            .withColumn("window_months", lit(windowMonths))
            .withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp());
        long trendsVersion = gold.replace(Table.HOTSPOT_TRENDS, FeatureSchemas.HOTSPOT_TRENDS, trends,
            "period_end = '" + end + "' AND measure IN (" + measureList + ")");
        Dataset<Row> written = ctx.catalog().read(ctx.spark(), Table.HOTSPOT_TRENDS)
            .where(col("period_end").equalTo(end.toString()).and(col("measure").isin(measures.keySet().toArray())));
        Map<String, Long> patterns = new TreeMap<>();
        for (Row r : written.groupBy("pattern").agg(count(lit(1))).collectAsList()) {
          patterns.put(r.getString(0), r.getLong(1));
        }
        long analysed = patterns.values().stream().mapToLong(Long::longValue).sum();
        Row sig = gi.agg(sum(when(col("significant"), 1).otherwise(0))).first();
        long significant = sig.isNullAt(0) ? 0 : sig.getLong(0);
        HotspotsResult result = new HotspotsResult(ctx.runId(), end.toString(), start.toString(), windowMonths,
            List.copyOf(measures.keySet()), analysed, significant, patterns, hotspotsVersion, trendsVersion,
            java.time.Duration.between(started, Instant.now()).toMillis());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("analysed_cells", (double) analysed);
        metrics.put("significant_bins", (double) significant);
        patterns.forEach((k, v) -> metrics.put("pattern." + k, (double) v));
        AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, start + ".." + end, started, settings.describe(),
            metrics, Map.of(Table.HOTSPOTS.qualifiedName(), hotspotsVersion,
                Table.HOTSPOT_TRENDS.qualifiedName(), trendsVersion), "");
        gi.unpersist();
        values.unpersist();
        return result;
      } finally {
        window.unpersist();
      }
    });
  }

  /** Configured measures, plus one per category present in the window when per-category is on. */
  static Map<String, List<String>> measures(FeaturesSettings settings, Dataset<Row> window) {
    Map<String, List<String>> measures = new LinkedHashMap<>(settings.hotspots().measures());
    if (settings.hotspots().perCategory()) {
      // Bounded by the vocabulary: a few dozen category codes at most.
      for (Row r : window.select(expr("explode(map_keys(category_counts))").as("c")).distinct().orderBy("c")
          .collectAsList()) {
        measures.putIfAbsent(r.getString(0), List.of(r.getString(0)));
      }
    }
    return measures;
  }

  /**
   * {@code measure, prio_gid, month, value} for every measure, keeping only the cells with at least
   * one event of the measure in the window (the locations ArcGIS analyses).
   */
  static Dataset<Row> values(Dataset<Row> window, Map<String, List<String>> measures, FeaturesSettings.Hotspots hs,
      String start) {
    Dataset<Row> all = null;
    for (Map.Entry<String, List<String>> m : measures.entrySet()) {
      StringBuilder sumExpr = new StringBuilder("0");
      for (String category : m.getValue()) {
        sumExpr.append(" + coalesce(category_counts[").append(GoldTables.literal(category)).append("], 0)");
      }
      Dataset<Row> one = window.select(lit(m.getKey()).as("measure"), col("prio_gid"), col("month"),
          expr(sumExpr.toString()).cast("double").as("value"));
      all = all == null ? one : all.unionByName(one);
    }
    if (hs.excess()) {
      // Standardised excess (x - e) / sqrt(e + 1) over what the cell's own last months lead one to
      // expect: e is the OLS trend of the cell's previous excess-months months (as many as the
      // panel has) extrapolated to this month, floored at 0, or their plain mean with fewer than
      // three months. The trend keeps a steadily growing route from looking "hot" every month (a
      // plain mean lags behind growth); the square root makes a busy cell's usual ups and downs
      // weigh no more than a quiet one's. The first month of a panel has no baseline and no excess.
      org.apache.spark.sql.expressions.WindowSpec byCell = org.apache.spark.sql.expressions.Window
          .partitionBy("measure", "prio_gid").orderBy("month");
      org.apache.spark.sql.expressions.WindowSpec before = byCell.rowsBetween(-hs.excessMonths(), -1);
      all = all.withColumn("t", functions.row_number().over(byCell).cast("double"))
          .withColumn("n", functions.count(col("value")).over(before).cast("double"))
          .withColumn("sy", functions.sum(col("value")).over(before))
          .withColumn("sx", functions.sum(col("t")).over(before))
          .withColumn("sxy", functions.sum(col("t").multiply(col("value"))).over(before))
          .withColumn("sxx", functions.sum(col("t").multiply(col("t"))).over(before));
      Column mean = col("sy").divide(col("n"));
      Column slope = col("n").multiply(col("sxy")).minus(col("sx").multiply(col("sy")))
          .divide(col("n").multiply(col("sxx")).minus(col("sx").multiply(col("sx"))));
      Column trend = functions.greatest(functions.lit(0.0),
          mean.plus(slope.multiply(col("t").minus(col("sx").divide(col("n"))))));
      Column expected = functions.when(col("n").geq(3), hs.trendBaseline() ? trend : mean)
          .when(col("n").geq(1), mean).otherwise(col("value"));
      all = all.withColumn("expected", expected)
          .withColumn("count", col("value"))
          .withColumn("value", col("value").minus(col("expected")).divide(functions.sqrt(col("expected").plus(1))))
          .drop("t", "n", "sy", "sx", "sxy", "sxx", "expected");
    } else {
      all = all.withColumn("count", col("value"));
    }
    all = all.where(col("month").geq(start));
    Dataset<Row> active = all.groupBy("measure", "prio_gid").agg(sum("count").as("total")).where(col("total").gt(0))
        .select("measure", "prio_gid");
    return all.join(active, GetisOrd.scalaSeq("measure", "prio_gid")).drop("count");
  }

  /**
   * One row per measure and cell: its emerging pattern. The per-cell series is gathered with
   * collect_list (bounded by the window length) and classified by a typed function.
   */
  static Dataset<Row> patterns(Dataset<Row> gi, double trendAlpha, int windowMonths) {
    Dataset<Row> series = gi.groupBy("measure", "prio_gid")
        .agg(sort_array(collect_list(struct(col("month"), col("gi_z"), col("hotspot")))).as("series"));
    return series.map((MapFunction<Row, Row>) r -> classify(r, trendAlpha), Encoders.row(PATTERN_ROW));
  }

  static Row classify(Row r, double trendAlpha) {
    List<Row> series = r.getList(2);
    double[] z = new double[series.size()];
    int[] bins = new int[series.size()];
    int hot = 0;
    int cold = 0;
    for (int i = 0; i < series.size(); i++) {
      z[i] = series.get(i).getDouble(1);
      bins[i] = series.get(i).getInt(2);
      hot += bins[i] > 0 ? 1 : 0;
      cold += bins[i] < 0 ? 1 : 0;
    }
    MannKendall.Result mk = MannKendall.test(z);
    int direction = mk.direction(trendAlpha);
    HotSpotPattern pattern = HotSpotPattern.classify(bins, direction);
    return RowFactory.create(r.getString(0), r.getInt(1), pattern.name(), hot, cold,
        z.length == 0 ? 0.0 : z[z.length - 1], mk.s(), mk.z(), mk.p(),
        direction > 0 ? "UP" : direction < 0 ? "DOWN" : "NONE");
  }
}
