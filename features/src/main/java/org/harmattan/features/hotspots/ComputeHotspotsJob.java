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
import java.util.ArrayList;
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
import org.harmattan.features.store.MonthBuilds;

/**
 * Hot spots for the window ending with the period: Gi* per measure, cell and month with FDR
 * control ({@code gold.hotspots}), then each cell's emerging hot spot pattern over the window
 * ({@code gold.hotspot_trends}). Reads {@code gold.cell_month_features}; run the panel first.
 * A month's Gi* depends only on the panel up to that month, so it is computed once and again only
 * when its inputs change ({@link HotspotInputs}, {@code gold.month_builds}): a monthly run computes
 * the new month and classifies the window from the stored months.
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
    FeaturesSettings.Hotspots hs = settings.hotspots();
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
    int windowMonths = hs.windowMonths();
    YearMonth start = end.minusMonths(windowMonths - 1L);
    return ctx.withJobGroup(JOB, "Gi* and emerging hot spots " + start + ".." + end, () -> {
      List<YearMonth> window = new ArrayList<>();
      for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
        window.add(m);
      }
      Map<YearMonth, Map<String, List<String>>> measuresByMonth = measuresByMonth(settings, features, window);
      MonthBuilds builds = new MonthBuilds(ctx.spark(), ctx.catalog());
      Map<YearMonth, Long> wanted = HotspotInputs.monthInputs(window, keys(measuresByMonth),
          builds.read(Table.CELL_MONTH_FEATURES), settings);
      TreeMap<YearMonth, Long> stale = builds.stale(Table.HOTSPOTS, wanted);
      Dataset<Row> cells = features.where(col("month").equalTo(end.toString()))
          .select("prio_gid", "latitude", "longitude", "country").cache();
      long hotspotsVersion = ctx.catalog().version(ctx.spark(), Table.HOTSPOTS).orElse(-1L);
      if (!stale.isEmpty()) {
        hotspotsVersion = computeMonths(ctx, settings, features, cells, stale, measuresByMonth, gold);
        builds.record(Table.HOTSPOTS, stale, ctx.runId());
      }
      Map<String, List<String>> measures = measuresByMonth.get(end);
      Dataset<Row> gi = ctx.catalog().read(ctx.spark(), Table.HOTSPOTS)
          .where(col("month").between(start.toString(), end.toString()).and(col("measure").isin(measures.keySet().toArray())))
          .select("measure", "prio_gid", "month", "gi_z", "hotspot", "significant").cache();
      try {
        String measureList = String.join(",", measures.keySet().stream().map(GoldTables::literal).toList());
        Dataset<Row> trends = patterns(gi, hs.trendAlpha(), window)
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
            List.copyOf(measures.keySet()), stale.size(), analysed, significant, patterns, hotspotsVersion,
            trendsVersion, java.time.Duration.between(started, Instant.now()).toMillis());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("months_computed", (double) stale.size());
        metrics.put("analysed_cells", (double) analysed);
        metrics.put("significant_bins", (double) significant);
        patterns.forEach((k, v) -> metrics.put("pattern." + k, (double) v));
        AnalyticsRuns.record(ctx.spark(), gold, ctx.runId(), JOB, start + ".." + end, started, settings.describe(),
            metrics, Map.of(Table.HOTSPOTS.qualifiedName(), hotspotsVersion,
                Table.HOTSPOT_TRENDS.qualifiedName(), trendsVersion),
            stale.isEmpty() ? "Gi* of every month of the window already up to date"
                : "Gi* computed for " + MonthBuilds.describe(stale.navigableKeySet()));
        return result;
      } finally {
        gi.unpersist();
        cells.unpersist();
      }
    });
  }

  /**
   * Gi* for the stale months, every measure of each, written in one commit that replaces those
   * months' rows. Reads the panel from {@link HotspotInputs#historyMonths} before the first of them.
   */
  private static long computeMonths(JobContext ctx, FeaturesSettings settings, Dataset<Row> features,
      Dataset<Row> cells, TreeMap<YearMonth, Long> stale, Map<YearMonth, Map<String, List<String>>> measuresByMonth,
      GoldTables gold) {
    FeaturesSettings.Hotspots hs = settings.hotspots();
    YearMonth from = stale.firstKey().minusMonths(HotspotInputs.historyMonths(hs));
    Dataset<Row> frame = features.where(col("month").between(from.toString(), stale.lastKey().toString()))
        .select("prio_gid", "month", "category_counts").cache();
    try {
      Map<String, List<String>> union = new TreeMap<>();
      List<Row> monthMeasures = new ArrayList<>();
      for (YearMonth m : stale.keySet()) {
        union.putAll(measuresByMonth.get(m));
        measuresByMonth.get(m).keySet().forEach(measure -> monthMeasures.add(RowFactory.create(m.toString(), measure)));
      }
      Dataset<Row> analysed = ctx.spark().createDataFrame(monthMeasures, new StructType()
          .add("month", DataTypes.StringType).add("measure", DataTypes.StringType));
      Dataset<Row> values = values(frame, union, hs).join(analysed, GetisOrd.scalaSeq("month", "measure")).cache();
      Dataset<Row> pairs = hs.gaussianWeights()
          ? Neighbourhoods.gaussianPairs(ctx.spark(), cells, settings.neighbourhood(), hs.bandwidthKm())
          : Neighbourhoods.pairs(ctx.spark(), cells, settings.neighbourhood(), true);
      Dataset<Row> gi = GetisOrd.compute(values, pairs, hs.fdrAlpha());
      String months = String.join(",", stale.keySet().stream().map(m -> GoldTables.literal(m.toString())).toList());
      long version = gold.replace(Table.HOTSPOTS, FeatureSchemas.HOTSPOTS,
          gi.withColumn("run_id", lit(ctx.runId())).withColumn("computed_at", current_timestamp()),
          "month IN (" + months + ")");
      values.unpersist();
      return version;
    } finally {
      frame.unpersist();
    }
  }

  /**
   * The measures analysed each month: the configured ones, plus (per-category) one per category
   * present in the {@code window-months} months up to it. One small aggregate: months x categories.
   */
  static Map<YearMonth, Map<String, List<String>>> measuresByMonth(FeaturesSettings settings, Dataset<Row> features,
      List<YearMonth> months) {
    FeaturesSettings.Hotspots hs = settings.hotspots();
    Map<YearMonth, Map<String, List<String>>> out = new TreeMap<>();
    Map<YearMonth, List<String>> present = new TreeMap<>();
    if (hs.perCategory()) {
      YearMonth from = months.get(0).minusMonths(hs.windowMonths() - 1L);
      for (Row r : features.where(col("month").between(from.toString(), months.get(months.size() - 1).toString()))
          .select(col("month"), expr("explode(map_keys(category_counts))").as("c")).distinct().collectAsList()) {
        present.computeIfAbsent(YearMonth.parse(r.getString(0)), m -> new ArrayList<>()).add(r.getString(1));
      }
    }
    for (YearMonth m : months) {
      Map<String, List<String>> measures = new LinkedHashMap<>(hs.measures());
      java.util.TreeSet<String> categories = new java.util.TreeSet<>();
      for (int back = 0; back < hs.windowMonths(); back++) {
        categories.addAll(present.getOrDefault(m.minusMonths(back), List.of()));
      }
      categories.forEach(c -> measures.putIfAbsent(c, List.of(c)));
      out.put(m, measures);
    }
    return out;
  }

  private static Map<YearMonth, java.util.Set<String>> keys(Map<YearMonth, Map<String, List<String>>> byMonth) {
    Map<YearMonth, java.util.Set<String>> out = new TreeMap<>();
    byMonth.forEach((m, measures) -> out.put(m, new java.util.TreeSet<>(measures.keySet())));
    return out;
  }

  /**
   * {@code measure, prio_gid, month, value} for every measure and month of the frame, keeping only
   * the cells with at least one event of the measure in the {@code window-months} months up to the
   * month (the locations analysed that month). The frame holds every cell in every month (the
   * panel's zeros), from {@link HotspotInputs#historyMonths} before the first month wanted.
   */
  static Dataset<Row> values(Dataset<Row> frame, Map<String, List<String>> measures, FeaturesSettings.Hotspots hs) {
    List<Column> perMeasure = new ArrayList<>();
    for (Map.Entry<String, List<String>> m : measures.entrySet()) {
      StringBuilder sumExpr = new StringBuilder("0");
      for (String category : m.getValue()) {
        sumExpr.append(" + coalesce(category_counts[").append(GoldTables.literal(category)).append("], 0)");
      }
      perMeasure.add(struct(lit(m.getKey()).as("measure"), expr(sumExpr.toString()).cast("double").as("value")));
    }
    Dataset<Row> all = frame.select(col("prio_gid"), col("month"),
            functions.inline(functions.array(perMeasure.toArray(Column[]::new))))
        .withColumn("count", col("value"));
    org.apache.spark.sql.expressions.WindowSpec byCell = org.apache.spark.sql.expressions.Window
        .partitionBy("measure", "prio_gid").orderBy("month");
    if (hs.excess()) {
      // Standardised excess (x - e) / sqrt(e + 1) over what the cell's own last months lead one to
      // expect: e is the OLS trend of the cell's previous excess-months months (as many as the
      // panel has) extrapolated to this month, floored at 0, or their plain mean with fewer than
      // three months. The trend keeps a steadily growing route from looking "hot" every month (a
      // plain mean lags behind growth); the square root makes a busy cell's usual ups and downs
      // weigh no more than a quiet one's. The first month of a panel has no baseline and no excess.
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
          .withColumn("value", col("value").minus(col("expected")).divide(functions.sqrt(col("expected").plus(1))))
          .drop("t", "n", "sy", "sx", "sxy", "sxx", "expected");
    }
    return all.withColumn("recent", sum("count").over(byCell.rowsBetween(-(hs.windowMonths() - 1L), 0)))
        .where(col("recent").gt(0))
        .select("measure", "prio_gid", "month", "value");
  }

  /**
   * One row per measure and cell: its emerging pattern over the window's months. The per-cell
   * series is gathered with collect_list (bounded by the window length) and classified by a typed
   * function; a month in which the cell was not analysed counts as neither hot nor cold.
   */
  static Dataset<Row> patterns(Dataset<Row> gi, double trendAlpha, List<YearMonth> window) {
    List<String> months = new ArrayList<>(window.stream().map(YearMonth::toString).toList());
    Dataset<Row> series = gi.groupBy("measure", "prio_gid")
        .agg(sort_array(collect_list(struct(col("month"), col("gi_z"), col("hotspot")))).as("series"));
    return series.map((MapFunction<Row, Row>) r -> classify(r, trendAlpha, months), Encoders.row(PATTERN_ROW));
  }

  /**
   * @param months the window's months, oldest first: the bins run over all of them (0 where the
   *     cell was not analysed); the Mann-Kendall test over the z-scores of the months it was
   */
  static Row classify(Row r, double trendAlpha, List<String> months) {
    List<Row> series = r.getList(2);
    Map<String, Row> byMonth = new java.util.HashMap<>();
    for (Row point : series) {
      byMonth.put(point.getString(0), point);
    }
    double[] z = new double[series.size()];
    int[] bins = new int[months.size()];
    int hot = 0;
    int cold = 0;
    int analysed = 0;
    double finalZ = 0.0;
    for (int i = 0; i < months.size(); i++) {
      Row point = byMonth.get(months.get(i));
      if (point == null) {
        continue;
      }
      z[analysed++] = point.getDouble(1);
      bins[i] = point.getInt(2);
      hot += bins[i] > 0 ? 1 : 0;
      cold += bins[i] < 0 ? 1 : 0;
      if (i == months.size() - 1) {
        finalZ = point.getDouble(1);
      }
    }
    MannKendall.Result mk = MannKendall.test(java.util.Arrays.copyOf(z, analysed));
    int direction = mk.direction(trendAlpha);
    HotSpotPattern pattern = HotSpotPattern.classify(bins, direction);
    return RowFactory.create(r.getString(0), r.getInt(1), pattern.name(), hot, cold, finalZ, mk.s(), mk.z(), mk.p(),
        direction > 0 ? "UP" : direction < 0 ? "DOWN" : "NONE");
  }
}
