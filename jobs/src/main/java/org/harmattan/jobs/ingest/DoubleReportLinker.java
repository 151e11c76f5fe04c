package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.delta.tables.DeltaTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.core.config.ConfigKeys;
import org.harmattan.core.config.HarmattanConfig;
import org.harmattan.core.geo.Haversine;

/**
 * Links cross-border double reports: one seizure or event reported by two bureaus with small
 * differences. Two incidents are linked when they share a category, lie within
 * {@code maxDays} days and {@code maxKm} km of each other, their quantities differ by at most
 * {@code maxQuantityDifference} (relative, same canonical unit, or both without quantity), they
 * come (by default) from different feeds, and each is the other's best match by score. The later
 * report (then the larger id) points to the earlier with {@code duplicate_of} and a match score
 * in [0, 1]; nothing is deleted, and downstream counts keep only rows whose {@code duplicate_of}
 * is null.
 */
public final class DoubleReportLinker {
  /** Rows of one side per pairing task: about 100 MB to sort (~190 bytes per row in memory at 10M). */
  static final long JOIN_ROWS_PER_PARTITION = 500_000;
  private static final long MAX_JOIN_PARTITIONS = 2_000;
  /** Changed links broadcast to the MERGE's tasks at most: an estimated 150 bytes each in the driver's hash table. */
  static final long MAX_BROADCAST_CHANGES = 500_000;
  private final int maxDays;
  private final double maxKm;
  private final double maxQuantityDifference;
  private final boolean requireDifferentFeed;

  public DoubleReportLinker(int maxDays, double maxKm, double maxQuantityDifference, boolean requireDifferentFeed) {
    this.maxDays = maxDays;
    this.maxKm = maxKm;
    this.maxQuantityDifference = maxQuantityDifference;
    this.requireDifferentFeed = requireDifferentFeed;
  }

  public static DoubleReportLinker from(HarmattanConfig c) {
    return new DoubleReportLinker(c.getInt(ConfigKeys.DOUBLE_MAX_DAYS), c.getDouble(ConfigKeys.DOUBLE_MAX_KM),
        c.getDouble(ConfigKeys.DOUBLE_MAX_QUANTITY_DIFFERENCE), c.getBoolean(ConfigKeys.DOUBLE_REQUIRE_DIFFERENT_FEED));
  }

  /**
   * Recomputes the links around the given event dates (a batch's dates) and updates only rows whose
   * link changed. New records change the best match of records within maxDays (m) of them, and so
   * the mutual links of records up to 2m away; deciding those needs their candidates' candidates,
   * so links are computed over rows within 4m of a date and written for rows within 2m.
   *
   * @param dates the batch's distinct event dates, ascending
   */
  public void link(SparkSession spark, TableCatalog catalog, List<LocalDate> dates) {
    if (dates.isEmpty()) {
      return;
    }
    Column computed = around(dates, 4L * maxDays);
    Column written = around(dates, 2L * maxDays);
    Dataset<Row> window = catalog.read(spark, Table.INCIDENTS).where(computed)
        .select(Columns.INCIDENT_ID, "source_feed", Columns.CATEGORY, Columns.EVENT_DATE, "latitude", "longitude",
            "quantity", "unit", Columns.DUPLICATE_OF);
    Dataset<Row> links = links(window).where(around(dates, 2L * maxDays, "dup_date"));
    // Only rows that are linked now or were linked before can change: a full outer join of the
    // two small sets (a left join of every row of the window shuffled all 6.4M rows of a first load).
    Dataset<Row> linkedBefore = window.where(written.and(col(Columns.DUPLICATE_OF).isNotNull()))
        .select(col(Columns.INCIDENT_ID).as("old_id"), col(Columns.DUPLICATE_OF).as("old_canonical_id"));
    Dataset<Row> changed = links
        .join(linkedBefore, links.col("dup_id").equalTo(linkedBefore.col("old_id")), "full_outer")
        .where(col("old_canonical_id").eqNullSafe(col("canonical_id")).unary_$bang())
        .select(functions.coalesce(col("dup_id"), col("old_id")).as("id"), col("canonical_id"), col("score"))
        .localCheckpoint();
    // The changed rows are few (about 1.5% of a first load's rows, a few thousand in a month's run):
    // sent to every task, they let the MERGE find and rewrite its rows without shuffling every
    // target row of the date window (6.4M rows in a 10M first load). Delta keeps the hint when it
    // materialises the source. The date window on the target side lets the MERGE skip files
    // outside it (the rows it changes all lie within it).
    Dataset<Row> source = changed.count() <= MAX_BROADCAST_CHANGES ? functions.broadcast(changed) : changed;
    DeltaTable.forPath(spark, catalog.path(Table.INCIDENTS)).as("t")
        .merge(source.as("c"), col("t." + Columns.INCIDENT_ID).equalTo(col("c.id"))
            .and(around(dates, 2L * maxDays, "t." + Columns.EVENT_DATE)))
        .whenMatched().updateExpr(Map.of(Columns.DUPLICATE_OF, "c.canonical_id", "duplicate_score", "c.score",
            "_updated_at", "current_timestamp()"))
        .execute();
  }

  /**
   * Rows whose event date lies within {@code days} of one of the dates: the dates merged into
   * intervals (a month's delivery is one interval; late reports add a few more).
   */
  static Column around(List<LocalDate> dates, long days) {
    return around(dates, days, Columns.EVENT_DATE);
  }

  static Column around(List<LocalDate> dates, long days, String dateColumn) {
    Column any = lit(false);
    LocalDate lo = dates.get(0);
    LocalDate hi = lo;
    for (LocalDate d : dates.subList(1, dates.size())) {
      if (d.isAfter(hi.plusDays(2 * days + 1))) {
        any = any.or(between(dateColumn, lo.minusDays(days), hi.plusDays(days)));
        lo = d;
      }
      hi = d;
    }
    return any.or(between(dateColumn, lo.minusDays(days), hi.plusDays(days)));
  }

  private static Column between(String dateColumn, LocalDate from, LocalDate to) {
    return col(dateColumn).between(lit(java.sql.Date.valueOf(from)), lit(java.sql.Date.valueOf(to)));
  }

  /** For each incident that repeats an earlier report: (dup_id, canonical_id, score, dup_date), best match only. */
  Dataset<Row> links(Dataset<Row> incidents) {
    Dataset<Row> located = incidents.where(col("latitude").isNotNull().and(col(Columns.CATEGORY).isNotNull()));
    Row extent = located.agg(functions.max(abs(col("latitude"))), functions.count(lit(1))).first();
    LinkBlocks blocks = LinkBlocks.of(maxKm, extent.isNullAt(0) ? 0 : extent.getDouble(0), maxDays,
        maxQuantityDifference);
    int partitions = joinPartitions(incidents.sparkSession(), extent.getLong(1));
    // Each pair meets once (LinkBlocks): side a in its own space block, reaching out in time and
    // quantity; side b reaching out in space, in its own time and quantity blocks. Both sides go to
    // the partition of their block's hash, sorted by block, and BlockPairs pairs them block by block.
    Dataset<Row> a = located
        .withColumn("_row", blocks.row(col("latitude")))
        .withColumn("_col", blocks.column(col("longitude")))
        .withColumn("_bucket", explode(blocks.bucketsReached(col(Columns.EVENT_DATE))))
        .withColumn("_qblock", explode(blocks.quantityBlocksReached(col("quantity"))));
    Dataset<Row> b = located
        .withColumn("_row", explode(blocks.rowsReached(col("latitude"))))
        .withColumn("_col", explode(blocks.columnsReached(col("longitude"))))
        .withColumn("_bucket", blocks.bucket(col(Columns.EVENT_DATE)))
        .withColumn("_qblock", blocks.quantityBlock(col("quantity")));
    Dataset<Row> sides = side(a, 0).union(side(b, 1))
        .repartition(partitions, col("_block"))
        .sortWithinPartitions("_block", "_cat", "_row", "_col", "_bucket", "_qunit", "_qblock");
    Dataset<Row> near = sides.mapPartitions(
        new BlockPairs(maxDays, blocks.latReach(), blocks.lonReach(), requireDifferentFeed), Encoders.row(BlockPairs.SCHEMA));
    Column days = abs(datediff(col("a_date"), col("b_date")));
    Column qdiff = when(col("a_q").isNull().and(col("b_q").isNull()), lit(0.0))
        .when(col("a_q").isNull().or(col("b_q").isNull()).or(col("a_unit").notEqual(col("b_unit"))), lit(null))
        .when(greatest(col("a_q"), col("b_q")).equalTo(0), lit(0.0))
        .otherwise(abs(col("a_q").minus(col("b_q"))).divide(greatest(col("a_q"), col("b_q"))));
    Column km = expr(Haversine.sqlExpression("a_lat", "a_lon", "b_lat", "b_lon"));
    Dataset<Row> pairs = near
        .where(qdiff.isNotNull().and(qdiff.leq(maxQuantityDifference)).and(km.leq(maxKm)))
        .withColumn("score", lit(1.0).minus(km.divide(maxKm).plus(days.divide(maxDays + 1.0))
            .plus(qdiff.divide(maxQuantityDifference == 0 ? 1 : maxQuantityDifference)).divide(3.0)));
    // A seizure reported twice is a pair: keep a link only when each record is the other's best
    // match, so that a chance neighbour in a busy corridor does not win over the real partner.
    // Best match: highest score, then smallest id (the smallest struct of negated score and id); an
    // aggregation, so each task sends one row per record instead of every candidate.
    Dataset<Row> best = pairs
        .groupBy(col("a_id"))
        .agg(functions.min(functions.struct(col("score").multiply(-1).as("neg_score"), col("b_id"), col("a_date"),
            col("b_date"), col("score"))).as("m"))
        .select(col("a_id"), col("m.b_id").as("b_id"), col("m.a_date").as("a_date"), col("m.b_date").as("b_date"),
            col("m.score").as("score"));
    // Candidate pairs are symmetric (a reaches b exactly when b reaches a, with the same score), so
    // a pair is mutual when both of its records name it: counted on the unordered pair, which
    // needs no self-join (a self-join recomputed the candidate pairs once per side).
    Dataset<Row> mutual = best
        .withColumn("lo", functions.least(col("a_id"), col("b_id")))
        .withColumn("hi", greatest(col("a_id"), col("b_id")))
        .groupBy(col("lo"), col("hi"))
        .agg(functions.count(lit(1)).as("n"),
            functions.min(functions.struct(col("a_id"), col("b_id"), col("a_date"), col("b_date"), col("score"))).as("p"))
        .where(col("n").equalTo(2))
        .select("p.*");
    // a is the duplicate when it was reported later, or on the same day with the larger id.
    Column aIsLater = col("a_date").gt(col("b_date"))
        .or(col("a_date").equalTo(col("b_date")).and(col("a_id").gt(col("b_id"))));
    return mutual.select(when(aIsLater, col("a_id")).otherwise(col("b_id")).as("dup_id"),
        when(aIsLater, col("b_id")).otherwise(col("a_id")).as("canonical_id"), col("score"),
        when(aIsLater, col("a_date")).otherwise(col("b_date")).as("dup_date"));
  }

  /**
   * One side's rows in {@link BlockPairs}'s column order, without the rows whose block key has a
   * null (an equi-join on the key would not match them either), with one long for the block key.
   */
  private static Dataset<Row> side(Dataset<Row> rows, int side) {
    Column row = col("_row").cast("long");
    Column column = col("_col").cast("long");
    Column bucket = col("_bucket").cast("long");
    Column quantityUnit = LinkBlocks.unitKey(col("quantity"), col("unit"));
    Column quantityBlock = col("_qblock").cast("long");
    return rows
        .where(row.isNotNull().and(column.isNotNull()).and(bucket.isNotNull()).and(quantityUnit.isNotNull())
            .and(quantityBlock.isNotNull()))
        .select(lit(side).as("_side"),
            functions.xxhash64(col(Columns.CATEGORY), row, column, bucket, quantityUnit, quantityBlock).as("_block"),
            col(Columns.CATEGORY).as("_cat"), row.as("_row"), column.as("_col"), bucket.as("_bucket"),
            quantityUnit.as("_qunit"), quantityBlock.as("_qblock"), col(Columns.INCIDENT_ID), col("source_feed"),
            datediff(col(Columns.EVENT_DATE), lit("1970-01-01")).as("_day"), col(Columns.EVENT_DATE), col("latitude"),
            col("longitude"), col("quantity"), col("unit"));
  }

  /**
   * Partitions of the block-by-block pairing (both sides together): at least the session's shuffle
   * partitions, and enough that each task sorts about {@link #JOIN_ROWS_PER_PARTITION} rows of each
   * side (each record reaches about four blocks). At 10M incidents, 8 partitions of the join this
   * replaced spilled 2.2 GB while sorting.
   */
  static int joinPartitions(SparkSession spark, long records) {
    int configured = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    long needed = (records * 4 + JOIN_ROWS_PER_PARTITION - 1) / JOIN_ROWS_PER_PARTITION;
    return (int) Math.max(configured, Math.min(MAX_JOIN_PARTITIONS, needed));
  }
}
