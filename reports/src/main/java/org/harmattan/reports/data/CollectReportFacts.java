package org.harmattan.reports.data;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.time.Period;
import org.harmattan.reports.data.ReportFacts.BureauSharing;
import org.harmattan.reports.data.ReportFacts.CategoryFigures;
import org.harmattan.reports.data.ReportFacts.CellFigures;
import org.harmattan.reports.data.ReportFacts.ClusterFacts;
import org.harmattan.reports.data.ReportFacts.ClusterProfile;
import org.harmattan.reports.data.ReportFacts.CountryFigures;
import org.harmattan.reports.data.ReportFacts.FeedQuality;
import org.harmattan.reports.data.ReportFacts.HotspotCell;
import org.harmattan.reports.data.ReportFacts.HotspotFacts;
import org.harmattan.reports.data.ReportFacts.IncidentFacts;
import org.harmattan.reports.data.ReportFacts.LaggingFeed;
import org.harmattan.reports.data.ReportFacts.ModelScore;
import org.harmattan.reports.data.ReportFacts.MonthCount;
import org.harmattan.reports.data.ReportFacts.OverdueRequest;
import org.harmattan.reports.data.ReportFacts.PatternCount;
import org.harmattan.reports.data.ReportFacts.QualityFacts;
import org.harmattan.reports.data.ReportFacts.ReasonCount;
import org.harmattan.reports.data.ReportFacts.ReferenceCount;
import org.harmattan.reports.data.ReportFacts.ReferenceFacts;
import org.harmattan.reports.data.ReportFacts.ReferenceRecord;
import org.harmattan.reports.data.ReportFacts.RiskCell;
import org.harmattan.reports.data.ReportFacts.RiskFacts;
import org.harmattan.reports.data.ReportFacts.SharingFacts;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Computes a report's {@link ReportFacts} in Spark from a {@link TableSnapshot}. Every result
 * brought to the driver is an aggregate bounded by the vocabulary, the calendar, the region's
 * grid or a configured top N; never a table's rows.
 */
public final class CollectReportFacts {
  /** Upper bound of map cells: the region spans fewer PRIO-GRID cells than this. */
  static final int MAP_CELL_LIMIT = 20_000;
  /** Incidents a month above which a feed's silence in the period's last month means missing data. */
  static final long LAGGING_MIN_MONTHLY = 5;
  /** Hot spot patterns in the order an analyst reads them: the newest and strongest first. */
  static final List<String> EMERGING_ORDER = List.of("NEW_HOT_SPOT", "INTENSIFYING_HOT_SPOT", "CONSECUTIVE_HOT_SPOT",
      "PERSISTENT_HOT_SPOT", "SPORADIC_HOT_SPOT", "OSCILLATING_HOT_SPOT", "DIMINISHING_HOT_SPOT", "HISTORICAL_HOT_SPOT");

  /** Hot spot patterns, newest and strongest first. */
  public static List<String> emergingOrder() {
    return EMERGING_ORDER;
  }

  /**
   * @param topN rows of each top-N list
   * @param trendMonths months of the trend charts
   * @param expiringDays horizon of "expiring" after the period's end
   * @param hotspotMeasure hot spot measure to present
   * @param slaHours agreed answer delay per request priority
   * @param withRecords whether person-level record lists are collected (restricted edition asked)
   */
  public record Settings(int topN, int trendMonths, int expiringDays, String hotspotMeasure,
      Map<String, Integer> slaHours, boolean withRecords) {}

  private final TableSnapshot snapshot;
  private final Settings settings;

  public CollectReportFacts(TableSnapshot snapshot, Settings settings) {
    this.snapshot = snapshot;
    this.settings = settings;
  }

  public ReportFacts collect(Period period) {
    return new ReportFacts(period, snapshot.versionsByName(), incidents(period), quality(), sharing(period),
        reference(period), hotspots(period), clusters(period), risk(period));
  }

  static Period yearAgo(Period p) {
    return new Period(p.first().minusMonths(12), p.last().minusMonths(12));
  }

  private static Column monthIn(Period p) {
    return col(Columns.EVENT_MONTH).between(p.first().toString(), p.last().toString());
  }

  private Optional<IncidentFacts> incidents(Period period) {
    Optional<Dataset<Row>> table = snapshot.read(Table.INCIDENTS);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Period previous = period.previous();
    Period yearAgo = yearAgo(period);
    YearMonth trendStart = period.last().minusMonths(settings.trendMonths() - 1L);
    YearMonth from = trendStart.isBefore(yearAgo.first()) ? trendStart : yearAgo.first();
    from = from.isBefore(previous.first()) ? from : previous.first();
    Dataset<Row> inc = table.get().where(col(Columns.DUPLICATE_OF).isNull()
        .and(col(Columns.EVENT_MONTH).between(from.toString(), period.last().toString())));
    List<LaggingFeed> lagging = lagging(inc, period, previous, yearAgo);
    Column isLagging = lagging.isEmpty() ? lit(false)
        : col("source_feed").isin(lagging.stream().map(LaggingFeed::feed).toArray());
    Dataset<Row> comparable = inc.where(isLagging.unary_$bang());

    // Category x country x month: bounded by the vocabulary, the region's countries and the window's months.
    List<Row> byMonth = inc.groupBy(col(Columns.CATEGORY), col("country"), col(Columns.EVENT_MONTH),
            isLagging.as("lagging"))
        .agg(count(lit(1)).as("n"), sum(coalesce(col("fatalities"), lit(0))).as("fatalities"),
            sum(coalesce(col("arrests"), lit(0))).as("arrests"))
        .collectAsList();
    Map<String, long[]> perCategory = new TreeMap<>();
    Map<String, long[]> perCountry = new TreeMap<>();
    Map<String, Map<YearMonth, Long>> perCategoryMonth = new TreeMap<>();
    long[] fatalities = new long[3];
    long[] arrests = new long[3];
    for (Row r : byMonth) {
      String category = r.isNullAt(0) ? "UNKNOWN" : r.getString(0);
      String country = r.isNullAt(1) ? "" : r.getString(1);
      YearMonth month = YearMonth.parse(r.getString(2));
      long n = r.getLong(4);
      int slot = r.getBoolean(3) ? -1 : slot(month, period, previous, yearAgo);
      long[] c = perCategory.computeIfAbsent(category, k -> new long[3]);
      if (slot >= 0) {
        c[slot] += n;
        perCountry.computeIfAbsent(country, k -> new long[3])[slot] += n;
        fatalities[slot] += r.getLong(5);
        arrests[slot] += r.getLong(6);
      }
      if (!month.isBefore(trendStart)) {
        perCategoryMonth.computeIfAbsent(category, k -> new TreeMap<>()).merge(month, n, Long::sum);
      }
    }
    List<MonthCount> trend = new ArrayList<>();
    perCategoryMonth.forEach((category, months) -> months.forEach((m, n) -> trend.add(new MonthCount(category, m, n))));
    List<CategoryFigures> categories = new ArrayList<>();
    Counts total = Counts.ZERO;
    for (Map.Entry<String, long[]> e : perCategory.entrySet()) {
      Counts c = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
      categories.add(new CategoryFigures(e.getKey(), c));
      total = total.plus(c);
    }
    categories.sort(java.util.Comparator.comparingLong((CategoryFigures c) -> -c.incidents().current())
        .thenComparing(CategoryFigures::category));
    List<CountryFigures> countries = new ArrayList<>();
    perCountry.forEach((k, v) -> countries.add(new CountryFigures(k, new Counts(v[0], v[1], v[2]))));
    countries.sort(java.util.Comparator.comparingLong((CountryFigures c) -> -c.incidents().current())
        .thenComparing(CountryFigures::country));

    // Cells active in the period or the one before: bounded by the region's grid (a few thousand cells).
    List<CellFigures> active = cells(comparable.where(monthIn(period).or(monthIn(previous)))
        .groupBy(col(Columns.PRIO_GID))
        .agg(first(col("country"), true).as("country"),
            sum(when(monthIn(period), 1).otherwise(0)).as("cur"),
            sum(when(monthIn(previous), 1).otherwise(0)).as("prev"))
        .orderBy(desc("cur"), col(Columns.PRIO_GID)).limit(MAP_CELL_LIMIT));
    List<CellFigures> map = active.stream().filter(c -> c.current() > 0).toList();
    List<CellFigures> top = map.stream().limit(settings.topN()).toList();
    List<CellFigures> rising = active.stream().filter(c -> c.current() > c.previous())
        .sorted(java.util.Comparator.comparingLong((CellFigures c) -> -(c.current() - c.previous()))
            .thenComparingLong(c -> -c.current()).thenComparingInt(CellFigures::gid))
        .limit(settings.topN()).toList();

    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = trendStart; !m.isAfter(period.last()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return Optional.of(new IncidentFacts(previous, yearAgo, total,
        new Counts(fatalities[0], fatalities[1], fatalities[2]), new Counts(arrests[0], arrests[1], arrests[2]),
        categories, countries, months, trend, top, rising, map, lagging));
  }

  /**
   * Feeds with no incident in the period's last month (nor after it) that averaged at least
   * {@link #LAGGING_MIN_MONTHLY} incidents a month in the previous period or a year earlier:
   * their next delivery is still to come, or they stopped. (A feed that quiet by chance is
   * improbable: at 5 a month, the chance of a month without any is under 1%.) One row per feed.
   */
  private static List<LaggingFeed> lagging(Dataset<Row> inc, Period period, Period previous, Period yearAgo) {
    List<LaggingFeed> out = new ArrayList<>();
    long steady = LAGGING_MIN_MONTHLY * (previous.first().until(previous.last(), java.time.temporal.ChronoUnit.MONTHS) + 1);
    for (Row r : inc.groupBy(col("source_feed")).agg(max(col(Columns.EVENT_MONTH)),
            sum(when(monthIn(previous), 1).otherwise(0)), sum(when(monthIn(yearAgo), 1).otherwise(0)))
        .orderBy(col("source_feed")).collectAsList()) {
      YearMonth last = YearMonth.parse(r.getString(1));
      if (last.isBefore(period.last()) && (r.getLong(2) >= steady || r.getLong(3) >= steady)) {
        out.add(new LaggingFeed(r.getString(0), last));
      }
    }
    return out;
  }

  private static List<CellFigures> cells(Dataset<Row> limited) {
    List<CellFigures> out = new ArrayList<>();
    for (Row r : limited.select(Columns.PRIO_GID, "country", "cur", "prev").collectAsList()) {
      out.add(new CellFigures(r.getInt(0), r.isNullAt(1) ? "" : r.getString(1), r.getLong(2), r.getLong(3)));
    }
    return out;
  }

  /** 0 for the period, 1 for the previous period, 2 for a year earlier, -1 for none of them. */
  private static int slot(YearMonth m, Period p, Period previous, Period yearAgo) {
    if (!m.isBefore(p.first()) && !m.isAfter(p.last())) {
      return 0;
    }
    if (!m.isBefore(previous.first()) && !m.isAfter(previous.last())) {
      return 1;
    }
    if (!m.isBefore(yearAgo.first()) && !m.isAfter(yearAgo.last())) {
      return 2;
    }
    return -1;
  }

  private Optional<QualityFacts> quality() {
    Optional<Dataset<Row>> ledger = snapshot.read(Table.RUN_LEDGER);
    if (ledger.isEmpty()) {
      return Optional.empty();
    }
    List<FeedQuality> feeds = new ArrayList<>();
    for (Row r : ledger.get().where(col("job").equalTo("ingest").and(col("status").equalTo("SUCCEEDED"))
            .and(col("file").isNotNull()))
        .groupBy("feed").agg(countDistinct("file_sha256").as("files"), sum("records_read"), sum("accepted"),
            sum("quarantined"), sum("duplicates"))
        .orderBy("feed").limit(1000).collectAsList()) {
      feeds.add(new FeedQuality(r.getString(0), r.getLong(1), longOr0(r, 2), longOr0(r, 3), longOr0(r, 4),
          longOr0(r, 5)));
    }
    List<ReasonCount> reasons = new ArrayList<>();
    snapshot.read(Table.QUARANTINE).ifPresent(q -> {
      for (Row r : q.groupBy(Columns.FEED, "reason").count().orderBy(col(Columns.FEED), desc("count"), col("reason"))
          .limit(5000).collectAsList()) {
        reasons.add(new ReasonCount(r.getString(0), r.isNullAt(1) ? "" : r.getString(1), r.getLong(2)));
      }
    });
    return Optional.of(new QualityFacts(feeds, reasons));
  }

  private static long longOr0(Row r, int i) {
    return r.isNullAt(i) ? 0L : ((Number) r.get(i)).longValue();
  }

  private Optional<SharingFacts> sharing(Period period) {
    Optional<Dataset<Row>> requests = snapshot.read(Table.REQUESTS);
    Optional<Dataset<Row>> queries = snapshot.read(Table.DB_QUERIES);
    if (requests.isEmpty() && queries.isEmpty()) {
      return Optional.empty();
    }
    Timestamp start = Timestamp.from(period.startDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    Timestamp end = Timestamp.from(period.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Double> medians = new HashMap<>();
    Double regionMedian = null;
    List<OverdueRequest> overdue = new ArrayList<>();
    Map<String, Long> hits = new HashMap<>();
    if (requests.isPresent()) {
      // One row per request: its status versions carry the same sending and answer times.
      Dataset<Row> req = requests.get().groupBy("request_id")
          .agg(first("request_ref", true).as("ref"), first("from_bureau", true).as("from_bureau"),
              first("to_bureau", true).as("to_bureau"), first("priority", true).as("priority"),
              min("sent_at").as("sent_at"), max("answered_at").as("answered_at"))
          .withColumn("sla_hours", slaColumn())
          .cache();
      try {
        Dataset<Row> sent = req.where(col("sent_at").geq(start).and(col("sent_at").lt(end)));
        for (Row r : sent.select(col("from_bureau").as("bureau"), lit(0).as("slot"))
            .unionByName(sent.select(col("to_bureau").as("bureau"), lit(1).as("slot")))
            .groupBy("bureau", "slot").count().limit(2000).collectAsList()) {
          counts.computeIfAbsent(r.getString(0), k -> new long[5])[r.getInt(1)] = r.getLong(2);
        }
        Dataset<Row> answered = req.where(col("answered_at").geq(start).and(col("answered_at").lt(end)))
            .withColumn("hours", expr("(unix_timestamp(answered_at) - unix_timestamp(sent_at)) / 3600.0"));
        // rollup: one row per answering bureau and one (grouping = 1) for the whole region, exact medians.
        for (Row r : answered.rollup("to_bureau").agg(count(lit(1)), expr("percentile(hours, 0.5)"),
                expr("cast(grouping(to_bureau) as int)")).limit(1000).collectAsList()) {
          Double median = r.isNullAt(2) ? null : r.getDouble(2);
          if (r.getInt(3) == 1) {
            regionMedian = median;
          } else {
            counts.computeIfAbsent(r.getString(0), k -> new long[5])[2] = r.getLong(1);
            medians.put(r.getString(0), median);
          }
        }
        // Open at the end of the period and past the agreed delay: the requested bureau owes an answer.
        Dataset<Row> late = req.where(col("sent_at").lt(end)
                .and(col("answered_at").isNull().or(col("answered_at").geq(end)))
                .and(col("sla_hours").isNotNull())
                .and(expr("unix_timestamp(sent_at) + sla_hours * 3600").lt(lit(end.getTime() / 1000))))
            .withColumn("hours_overdue", expr("(" + end.getTime() / 1000 + " - unix_timestamp(sent_at)) / 3600.0 - sla_hours"));
        for (Row r : late.groupBy("to_bureau").count().limit(1000).collectAsList()) {
          counts.computeIfAbsent(r.getString(0), k -> new long[5])[3] = r.getLong(1);
        }
        if (settings.withRecords()) {
          for (Row r : late.orderBy(desc("hours_overdue"), col("ref")).limit(settings.topN())
              .select("ref", "from_bureau", "to_bureau", "priority", "sent_at", "hours_overdue").collectAsList()) {
            overdue.add(new OverdueRequest(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getTimestamp(4).toInstant(), r.getDouble(5)));
          }
        }
      } finally {
        req.unpersist();
      }
    }
    if (queries.isPresent()) {
      for (Row r : queries.get().where(col("queried_at").geq(start).and(col("queried_at").lt(end)))
          .groupBy("bureau").agg(count(lit(1)), sum(when(col("hit"), 1).otherwise(0))).limit(1000).collectAsList()) {
        long[] c = counts.computeIfAbsent(r.getString(0), k -> new long[5]);
        c[4] = r.getLong(1);
        medians.putIfAbsent(r.getString(0), null);
        hits.put(r.getString(0), r.getLong(2));
      }
    }
    List<BureauSharing> bureaus = new ArrayList<>();
    long[] region = new long[6];
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      long h = hits.getOrDefault(e.getKey(), 0L);
      bureaus.add(new BureauSharing(e.getKey(), c[0], c[1], c[2], medians.get(e.getKey()), c[3], c[4], h));
      for (int i = 0; i < 5; i++) {
        region[i] += c[i];
      }
      region[5] += h;
    }
    return Optional.of(new SharingFacts(bureaus,
        new BureauSharing("ALL", region[0], region[1], region[2], regionMedian, region[3], region[4], region[5]),
        overdue));
  }

  private Column slaColumn() {
    Column c = lit(null).cast("double");
    for (Map.Entry<String, Integer> e : settings.slaHours().entrySet()) {
      c = when(col("priority").equalTo(e.getKey()), lit(e.getValue().doubleValue())).otherwise(c);
    }
    return c;
  }

  private Optional<ReferenceFacts> reference(Period period) {
    if (!snapshot.has(Table.NOTICES) && !snapshot.has(Table.WARRANTS) && !snapshot.has(Table.TRAVEL_DOCUMENTS)) {
      return Optional.empty();
    }
    LocalDate asOf = period.endDate();
    LocalDate until = asOf.plusDays(settings.expiringDays());
    Timestamp endOfDay = Timestamp.from(asOf.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
    Column activeAtEnd = col(ReferenceSchemas.VALID_FROM).leq(endOfDay)
        .and(col(ReferenceSchemas.VALID_TO).isNull().or(col(ReferenceSchemas.VALID_TO).gt(endOfDay)));
    Date start = Date.valueOf(period.startDate());
    Date end = Date.valueOf(asOf);
    Date horizon = Date.valueOf(until);
    List<ReferenceCount> counts = new ArrayList<>();
    List<ReferenceRecord> records = new ArrayList<>();
    Map<String, Dataset<Row>> selections = new LinkedHashMap<>();
    Optional<Dataset<Row>> notices = snapshot.read(Table.NOTICES);
    selections.put("NOTICE/CANCELLED", notices.map(n -> n.where(col("cancellation_date").between(start, end))
        .select(col("notice_id").as("id"), col("notice_ref").as("ref"), col("notice_type").as("type"),
            col("issuing_country").as("country"), col("cancellation_date").as("date"))).orElse(null));
    selections.put("NOTICE/EXPIRING", notices.map(n -> n.where(activeAtEnd
            .and(col(ReferenceSchemas.STATUS).equalTo("ACTIVE")).and(col("valid_until").gt(end))
            .and(col("valid_until").leq(horizon)))
        .select(col("notice_id").as("id"), col("notice_ref").as("ref"), col("notice_type").as("type"),
            col("issuing_country").as("country"), col("valid_until").as("date"))).orElse(null));
    Optional<Dataset<Row>> warrants = snapshot.read(Table.WARRANTS);
    selections.put("WARRANT/EXPIRED", warrants.map(w -> w.where(col("expiry_date").between(start, end))
        .select(col("warrant_id").as("id"), col("warrant_ref").as("ref"), col("offence_category").as("type"),
            col("issuing_country").as("country"), col("expiry_date").as("date"))).orElse(null));
    selections.put("WARRANT/EXPIRING", warrants.map(w -> w.where(activeAtEnd.and(col("expiry_date").gt(end))
            .and(col("expiry_date").leq(horizon)))
        .select(col("warrant_id").as("id"), col("warrant_ref").as("ref"), col("offence_category").as("type"),
            col("issuing_country").as("country"), col("expiry_date").as("date"))).orElse(null));
    Optional<Dataset<Row>> documents = snapshot.read(Table.TRAVEL_DOCUMENTS);
    selections.put("TRAVEL_DOCUMENT/EXPIRED", documents.map(d -> d.where(col("expiry_date").between(start, end))
        .select(col("document_id").as("id"), col("document_number").as("ref"), col("document_type").as("type"),
            col("issuing_country").as("country"), col("expiry_date").as("date"))).orElse(null));
    selections.put("TRAVEL_DOCUMENT/EXPIRING", documents.map(d -> d.where(activeAtEnd.and(col("expiry_date").gt(end))
            .and(col("expiry_date").leq(horizon)))
        .select(col("document_id").as("id"), col("document_number").as("ref"), col("document_type").as("type"),
            col("issuing_country").as("country"), col("expiry_date").as("date"))).orElse(null));
    Dataset<Row> all = null;
    for (Map.Entry<String, Dataset<Row>> e : selections.entrySet()) {
      if (e.getValue() != null) {
        Dataset<Row> labelled = e.getValue().withColumn("selection", lit(e.getKey()));
        all = all == null ? labelled : all.unionByName(labelled);
      }
    }
    Map<String, Long> found = new HashMap<>();
    if (all != null) {
      // A record has one row per status version: count it once.
      Dataset<Row> distinct = all.dropDuplicates("selection", "id");
      for (Row r : distinct.groupBy("selection").count().collectAsList()) {
        found.put(r.getString(0), r.getLong(1));
      }
      if (settings.withRecords()) {
        Dataset<Row> ranked = distinct.withColumn("rank", functions.row_number().over(
            org.apache.spark.sql.expressions.Window.partitionBy("selection").orderBy(col("date"), col("ref"))));
        for (Row r : ranked.where(col("rank").leq(settings.topN())).orderBy("selection", "rank")
            .select("selection", "ref", "type", "country", "date").collectAsList()) {
          String[] kindState = r.getString(0).split("/");
          records.add(new ReferenceRecord(kindState[0], kindState[1], r.getString(1), r.getString(2), r.getString(3),
              r.isNullAt(4) ? null : r.getDate(4).toLocalDate()));
        }
      }
    }
    for (Map.Entry<String, Dataset<Row>> e : selections.entrySet()) {
      String[] kindState = e.getKey().split("/");
      counts.add(new ReferenceCount(kindState[0], kindState[1], e.getValue() != null,
          found.getOrDefault(e.getKey(), 0L)));
    }
    return Optional.of(new ReferenceFacts(asOf, until, counts, records));
  }

  private Optional<HotspotFacts> hotspots(Period period) {
    Optional<Dataset<Row>> trends = snapshot.read(Table.HOTSPOT_TRENDS);
    if (trends.isEmpty()) {
      return Optional.empty();
    }
    Dataset<Row> rows = trends.get().where(col("period_end").equalTo(period.last().toString())
        .and(col("measure").equalTo(settings.hotspotMeasure())));
    List<PatternCount> patterns = new ArrayList<>();
    for (Row r : rows.groupBy("pattern").count().orderBy(desc("count"), col("pattern")).limit(100).collectAsList()) {
      patterns.add(new PatternCount(r.getString(0), r.getLong(1)));
    }
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    List<HotspotCell> cells = new ArrayList<>();
    for (Row r : rows.where(col("pattern").isNotNull().and(col("pattern").notEqual("NO_PATTERN")))
        .orderBy(desc("final_z"), col(Columns.PRIO_GID)).limit(MAP_CELL_LIMIT)
        .select(Columns.PRIO_GID, "pattern", "final_z", "trend", "country").collectAsList()) {
      cells.add(new HotspotCell(r.getInt(0), r.getString(1), r.isNullAt(2) ? 0.0 : r.getDouble(2),
          r.isNullAt(3) ? "" : r.getString(3), r.isNullAt(4) ? "" : r.getString(4)));
    }
    return Optional.of(new HotspotFacts(settings.hotspotMeasure(), patterns, cells));
  }

  private Optional<ClusterFacts> clusters(Period period) {
    Optional<Dataset<Row>> profiles = snapshot.read(Table.CLUSTER_PROFILES);
    if (profiles.isEmpty()) {
      return Optional.empty();
    }
    List<ClusterProfile> list = new ArrayList<>();
    Integer k = null;
    Double silhouette = null;
    for (Row r : profiles.get().where(col("period_end").equalTo(period.last().toString()))
        .orderBy(desc("incidents"), col("cluster_id")).limit(100)
        .select("cluster_id", "size", "incidents", "leading_categories", "countries", "description_en",
            "description_fr", "description_ar", "k", "silhouette").collectAsList()) {
      Map<String, String> descriptions = new LinkedHashMap<>();
      descriptions.put("en", r.getString(5));
      descriptions.put("fr", r.getString(6));
      descriptions.put("ar", r.getString(7));
      list.add(new ClusterProfile(r.getInt(0), r.isNullAt(1) ? 0 : r.getInt(1), r.isNullAt(2) ? 0 : r.getLong(2),
          strings(r, 3), strings(r, 4), descriptions));
      k = r.isNullAt(8) ? k : Integer.valueOf(r.getInt(8));
      silhouette = r.isNullAt(9) ? silhouette : Double.valueOf(r.getDouble(9));
    }
    if (list.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ClusterFacts(k == null ? list.size() : k, silhouette, list));
  }

  private static List<String> strings(Row r, int i) {
    return r.isNullAt(i) ? List.of() : List.copyOf(CollectionConverters.asJava(r.<String>getSeq(i)));
  }

  private Optional<RiskFacts> risk(Period period) {
    Optional<Dataset<Row>> scores = snapshot.read(Table.RISK_SCORES);
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    String target = period.last().plusMonths(1).toString();
    Dataset<Row> rows = scores.get().where(col("target_month").equalTo(target));
    List<RiskCell> all = new ArrayList<>();
    for (Row r : rows.orderBy(col("risk_rank"), col(Columns.PRIO_GID)).limit(MAP_CELL_LIMIT)
        .select(Columns.PRIO_GID, "country", "probability", "baseline", "risk_rank").collectAsList()) {
      all.add(new RiskCell(r.getInt(0), r.isNullAt(1) ? "" : r.getString(1), r.isNullAt(2) ? 0 : r.getDouble(2),
          r.isNullAt(3) ? 0 : r.getDouble(3), r.isNullAt(4) ? 0 : r.getInt(4)));
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<ModelScore> evaluation = new ArrayList<>();
    snapshot.read(Table.MODEL_EVALUATIONS).ifPresent(ev -> {
      Dataset<Row> pooled = ev.where(col("target_month").equalTo(target).and(col("fold").equalTo(0)));
      Row latest = pooled.agg(max("computed_at")).first();
      if (!latest.isNullAt(0)) {
        for (Row r : pooled.where(col("computed_at").equalTo(latest.getTimestamp(0))).orderBy("model").limit(20)
            .select("model", "auroc", "aupr", "brier", "test_rows").collectAsList()) {
          evaluation.add(new ModelScore(r.getString(0), r.isNullAt(1) ? null : r.getDouble(1),
              r.isNullAt(2) ? null : r.getDouble(2), r.isNullAt(3) ? null : r.getDouble(3),
              r.isNullAt(4) ? 0 : r.getLong(4)));
        }
      }
    });
    return Optional.of(new RiskFacts(target, List.copyOf(all.subList(0, Math.min(settings.topN(), all.size()))), all, evaluation));
  }
}
