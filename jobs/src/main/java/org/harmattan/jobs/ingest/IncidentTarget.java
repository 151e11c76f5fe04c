package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.Schemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.feed.TargetColumns;
import org.harmattan.jobs.ingest.validate.IncidentMapper;
import org.harmattan.jobs.ingest.validate.MappedIncident;
import org.harmattan.jobs.ingest.validate.MappedRecord;
import org.harmattan.jobs.ingest.validate.RecordMapper;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Silver {@code incidents}: MERGE on the stable incident key (a re-run changes nothing; across
 * files of one batch the later file wins), then cross-border double reports are linked.
 */
public final class IncidentTarget implements TargetTable {
  /** The canonical incident columns produced by mapping (incident schema minus link and lineage columns). */
  static final List<String> INCIDENT_COLUMNS = List.of("incident_id", "source", "source_feed", "source_record_id",
      "reporting_country", "country", "admin1", "place_name", "latitude", "longitude", "prio_gid", "event_date",
      "event_month", "category", "item", "quantity", "unit", "quantity_reported", "unit_reported", "small_arms",
      "ammunition_rounds", "explosives_kg", "heavy_weapons", "fatalities", "arrests", "actors", "transport_mode",
      "narrative");
  /** Repeated ids up to this many are sent to every task (about 100 bytes each); more take the window over the batch. */
  static final long MAX_BROADCAST_REPEATED = 500_000;
  private static final StructType STAGED = new StructType(
      INCIDENT_COLUMNS.stream().map(Schemas.INCIDENTS::apply).toArray(StructField[]::new));

  @Override
  public String name() {
    return TargetColumns.INCIDENTS;
  }

  @Override
  public Table table() {
    return Table.INCIDENTS;
  }

  @Override
  public StructType schema() {
    return Schemas.INCIDENTS;
  }

  @Override
  public StructType staged() {
    return STAGED;
  }

  @Override
  public RecordMapper mapper(FeedSpec feed, MappingResources r) {
    return new Mapper(new IncidentMapper(feed, r.vocabulary(), r.borders(), r.limits(), r.today()));
  }

  @Override
  public void ensure(JobContext ctx) {
    ctx.catalog().ensure(ctx.spark(), Table.INCIDENTS, Schemas.INCIDENTS);
  }

  /** Adapts {@link IncidentMapper} to the staged row of this target. */
  private record Mapper(IncidentMapper mapper) implements RecordMapper {
    @Override
    public MappedRecord map(org.harmattan.jobs.ingest.read.RawRecord record) {
      MappedIncident m = mapper.map(record);
      boolean ok = m.accepted();
      Date date = m.eventDate == null ? null : Date.valueOf(m.eventDate);
      Row values = RowFactory.create(m.incidentId, m.source, m.sourceFeed, m.sourceRecordId, m.reportingCountry,
          ok ? m.country : null, m.admin1, m.placeName, m.latitude, m.longitude, m.prioGid, date,
          m.eventDate == null ? null : m.eventDate.toString().substring(0, 7), m.category, m.item, m.quantity, m.unit,
          m.quantityReported, m.unitReported, m.smallArms, m.ammunitionRounds, m.explosivesKg, m.heavyWeapons,
          m.fatalities, m.arrests, CollectionConverters.asScala(m.actors).toSeq(), m.transportMode, m.narrative);
      return new MappedRecord(m.incidentId, m.sourceRecordId, m.source, null, null, values, m.violations);
    }
  }

  @Override
  public long[] write(JobContext ctx, Dataset<Row> accepted, Instant started) {
    SparkSession spark = ctx.spark();
    List<Column> canonical = INCIDENT_COLUMNS.stream().map(c -> col(c)).toList();
    List<Column> select = new ArrayList<>(canonical);
    select.add(lit(null).cast("string").as(Columns.DUPLICATE_OF));
    select.add(lit(null).cast("double").as("duplicate_score"));
    select.add(col(Columns.FILE));
    select.add(col(Columns.LINE));
    select.add(col(Columns.BATCH_ID));
    select.add(sha2(to_json(struct(canonical.toArray(Column[]::new))), 256).as(Columns.ROW_HASH));
    select.add(col(Columns.INGESTED_AT));
    select.add(col(Columns.INGESTED_AT).as("_updated_at"));
    Dataset<Row> source = latestPerIncident(accepted.select(col(name() + ".*"), col(Columns.FILE), col(Columns.LINE),
            col(Columns.BATCH_ID), col(Columns.INGESTED_AT)))
        .select(select.toArray(Column[]::new));
    Map<String, String> update = new LinkedHashMap<>();
    for (String c : INCIDENT_COLUMNS) {
      update.put(c, "s." + c);
    }
    for (String c : List.of(Columns.FILE, Columns.LINE, Columns.BATCH_ID, Columns.ROW_HASH, "_updated_at")) {
      update.put(c, "s." + c);
    }
    String path = ctx.catalog().path(Table.INCIDENTS);
    DeltaTable target = DeltaTable.forPath(spark, path);
    if (target.detail().select("numFiles").first().getLong(0) == 0) {
      // First load into an empty table: every row is an insert, and an append writes what the MERGE
      // would without materialising its source for a join with nothing. Files hold disjoint ranges
      // of event dates, so that a later month's linking and panel skip the files of other years.
      int files = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
      EventDateRanges ranges = EventDateRanges.of(spark, accepted, name() + "." + Columns.EVENT_DATE, files);
      ranges.partition(source.select(Arrays.stream(Schemas.INCIDENTS.fieldNames()).map(c -> col(c))
              .toArray(Column[]::new)), Columns.EVENT_DATE)
          .write().format("delta").mode("append").save(path);
      String rows = target.history(1).select("operationMetrics").first().<String, String>getJavaMap(0)
          .get("numOutputRows");
      return new long[] {Long.parseLong(rows), 0};
    }
    // execute() answers with the MERGE's own counts (also right when it changes nothing and commits no version).
    Row counts = target.as("t")
        .merge(source.as("s"), "t.incident_id = s.incident_id")
        .whenMatched("t._row_hash <> s._row_hash").updateExpr(update)
        .whenNotMatched().insertAll()
        .execute().first();
    return new long[] {counts.<Long>getAs("num_inserted_rows"), counts.<Long>getAs("num_updated_rows")};
  }

  /**
   * One row per incident id: across files of one batch the later file wins, as it would had the
   * files come in separate runs. Only the rows of ids that the batch holds more than once go through
   * the window that picks the latest: a file already refuses its own repeats while it is read, so
   * such ids are few, and a window over the whole batch sorted every row of a first load (51 s of
   * its 127 s at 10M incidents) to find none. The repeated ids are found on the id column alone.
   */
  static Dataset<Row> latestPerIncident(Dataset<Row> rows) {
    return latestPerIncident(rows, MAX_BROADCAST_REPEATED);
  }

  /** As {@link #latestPerIncident(Dataset)}, with the window over the whole batch above {@code maxBroadcast} repeated ids. */
  static Dataset<Row> latestPerIncident(Dataset<Row> rows, long maxBroadcast) {
    WindowSpec latest = Window.partitionBy(col(Columns.INCIDENT_ID)).orderBy(col(Columns.FILE).desc(),
        col(Columns.LINE).desc());
    Dataset<Row> repeated = rows.groupBy(Columns.INCIDENT_ID).count().where(col("count").gt(1))
        .select(col(Columns.INCIDENT_ID).as("_repeated_id")).localCheckpoint();
    long ids = repeated.count();
    if (ids == 0) {
      return rows;
    }
    if (ids > maxBroadcast) {
      return rows.withColumn("_rn", row_number().over(latest)).where(col("_rn").equalTo(1)).drop("_rn");
    }
    Dataset<Row> flagged = rows.join(functions.broadcast(repeated), col(Columns.INCIDENT_ID).equalTo(col("_repeated_id")),
        "left");
    Dataset<Row> once = flagged.where(col("_repeated_id").isNull()).drop("_repeated_id");
    Dataset<Row> latestOfRepeated = flagged.where(col("_repeated_id").isNotNull()).drop("_repeated_id")
        .withColumn("_rn", row_number().over(latest)).where(col("_rn").equalTo(1)).drop("_rn");
    return once.unionByName(latestOfRepeated);
  }

  /**
   * The batch's span of event dates: silver incidents is laid out by event date, so the per-file
   * counts read the files of the delivered months instead of the whole table.
   */
  @Override
  public Column rowsOfBatch(Dataset<Row> accepted) {
    Row span = accepted.agg(functions.min(col(name() + "." + Columns.EVENT_DATE)),
        functions.max(col(name() + "." + Columns.EVENT_DATE))).first();
    return span.isNullAt(0) ? functions.lit(false)
        : col(Columns.EVENT_DATE).between(functions.lit(span.getDate(0)), functions.lit(span.getDate(1)));
  }

  @Override
  public void afterWrite(JobContext ctx, Dataset<Row> accepted, Consumer<String> progress) {
    long s0 = System.currentTimeMillis();
    // Distinct calendar days of the batch: bounded by the days its records span, not by its size.
    List<LocalDate> dates = new ArrayList<>();
    for (Row r : accepted.select(col(name() + "." + Columns.EVENT_DATE).as("d")).where(col("d").isNotNull())
        .distinct().orderBy("d").collectAsList()) {
      dates.add(r.getDate(0).toLocalDate());
    }
    if (dates.isEmpty()) {
      return;
    }
    DoubleReportLinker linker = DoubleReportLinker.from(ctx.config());
    ctx.withJobGroup("ingest-doubles", "Link cross-border double reports", () -> {
      linker.link(ctx.spark(), ctx.catalog(), dates);
      return null;
    });
    progress.accept(String.format("linked cross-border double reports (%.1f s)", (System.currentTimeMillis() - s0) / 1000.0));
  }
}
