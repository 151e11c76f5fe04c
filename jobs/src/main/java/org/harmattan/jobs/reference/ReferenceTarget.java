package org.harmattan.jobs.reference;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import io.delta.tables.DeltaTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.job.JobContext;
import org.harmattan.jobs.ingest.PersonalStats;
import org.harmattan.jobs.ingest.TargetTable;
import org.harmattan.jobs.ingest.feed.FeedSpec;
import org.harmattan.jobs.ingest.validate.ReasonCodes;
import org.harmattan.jobs.ingest.validate.RecordMapper;

/**
 * A reference table as an ingest target. Versioned tables (notices, warrants, travel documents,
 * requests) hold one row per status version and MERGE on (key, valid_from): a re-run changes
 * nothing, a later delivery that closes a version updates its valid_to and inserts the next one
 * (both visible in the change data feed), and versions a later delivery no longer carries (a
 * corrected date) are deleted. Persons and database queries MERGE on the key alone.
 */
public final class ReferenceTarget implements TargetTable {
  static final String VERSIONS = "_versions";
  static final String CHANGE_STATUS = "_change_status";
  static final StructType VERSION = new StructType(new StructField[] {
      createStructField("status", StringType, true), createStructField("valid_from", TimestampType, true),
      createStructField("valid_to", TimestampType, true), createStructField("from_change", BooleanType, false),
      createStructField("to_change", BooleanType, false)});
  private static final Set<String> NOT_MAPPED = Set.of(ReferenceSchemas.STATUS, ReferenceSchemas.VALID_FROM,
      ReferenceSchemas.VALID_TO, Columns.FILE, Columns.LINE, Columns.BATCH_ID, Columns.ROW_HASH, Columns.INGESTED_AT,
      "_updated_at");

  /** Builds a feed's mapper for this table. */
  interface MapperFactory {
    ReferenceMapper create(FeedSpec feed, MappingResources resources, StructType staged);
  }

  private final String name;
  private final Table table;
  private final StructType schema;
  private final String keyColumn;
  private final boolean versioned;
  private final boolean pointsAtPersons;
  private final MapperFactory factory;
  private final Set<String> personal;
  private final StructType staged;
  private final List<String> own;

  /** @param personal columns holding personal data, kept out of Delta's file statistics */
  ReferenceTarget(Table table, StructType schema, String keyColumn, boolean versioned, boolean pointsAtPersons,
      Set<String> personal, MapperFactory factory) {
    this.personal = personal;
    this.name = table.tableName();
    this.table = table;
    this.schema = schema;
    this.keyColumn = keyColumn;
    this.versioned = versioned;
    this.pointsAtPersons = pointsAtPersons;
    this.factory = factory;
    this.own = java.util.Arrays.stream(schema.fieldNames()).filter(f -> !NOT_MAPPED.contains(f)).toList();
    List<StructField> fields = new ArrayList<>();
    own.forEach(f -> fields.add(schema.apply(f)));
    if (versioned) {
      fields.add(createStructField(VERSIONS, createArrayType(VERSION, false), true));
      fields.add(createStructField(CHANGE_STATUS, StringType, true));
    }
    this.staged = new StructType(fields.toArray(StructField[]::new));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Table table() {
    return table;
  }

  @Override
  public StructType schema() {
    return schema;
  }

  @Override
  public StructType staged() {
    return staged;
  }

  public String keyColumn() {
    return keyColumn;
  }

  public boolean versioned() {
    return versioned;
  }

  @Override
  public RecordMapper mapper(FeedSpec feed, MappingResources resources) {
    return factory.create(feed, resources, staged);
  }

  @Override
  public void ensure(JobContext ctx) {
    ctx.catalog().ensure(ctx.spark(), table, schema);
    if (!personal.isEmpty()) {
      PersonalStats.exclude(ctx.spark(), ctx.catalog().path(table), schema, personal);
    }
  }

  /**
   * Notices and warrants must point at a person of the same source, accepted in this batch or
   * already in silver; otherwise UNKNOWN_PERSON_REFERENCE.
   */
  @Override
  public Dataset<Row> checkBatch(JobContext ctx, Dataset<Row> staged) {
    if (!pointsAtPersons) {
      return staged;
    }
    Dataset<Row> known = staged.where(col("_target").equalTo("persons").and(size(col("violations")).equalTo(0)))
        .select(col("_source_feed").as("_pf"), col("_record_ref").as("_pr"));
    if (ctx.catalog().exists(ctx.spark(), Table.PERSONS)) {
      known = known.union(ctx.catalog().read(ctx.spark(), Table.PERSONS)
          .select(col(ReferenceSchemas.SOURCE_FEED).as("_pf"), col("person_ref").as("_pr")));
    }
    known = known.distinct();
    Column mine = col("_target").equalTo(name).and(col("_person_ref").isNotNull());
    Column violation = struct(lit(ReasonCodes.UNKNOWN_PERSON_REFERENCE).as("code"), col("_person_ref_column").as("column"),
        concat(lit("Feed '"), col(Columns.FEED), lit("' line "), col(Columns.LINE).cast("string"), lit(" column '"),
            col("_person_ref_column"), lit("': person reference '"), col("_person_ref"),
            lit("' is not among the persons of source '"), col("_source_feed"),
            lit("' (neither in this batch nor in silver.persons)")).as("message"));
    return staged.join(known, mine.and(col("_source_feed").equalTo(col("_pf"))).and(col("_person_ref").equalTo(col("_pr"))),
            "left")
        .withColumn("violations", when(mine.and(col("_pf").isNull()), concat(col("violations"), array(violation)))
            .otherwise(col("violations")))
        .drop("_pf", "_pr");
  }

  @Override
  public long[] write(JobContext ctx, Dataset<Row> accepted, Instant started) {
    String path = ctx.catalog().path(table);
    // Across files of one batch the later file wins, as it would had the files come in separate runs.
    Dataset<Row> latest = accepted.select(col(name + ".*"), col(Columns.FILE), col(Columns.LINE), col(Columns.BATCH_ID),
            col(Columns.INGESTED_AT))
        .withColumn("_rn", row_number().over(Window.partitionBy(col(keyColumn))
            .orderBy(col(Columns.FILE).desc(), col(Columns.LINE).desc())))
        .where(col("_rn").equalTo(1)).drop("_rn");
    List<Column> content = new ArrayList<>();
    own.forEach(c -> content.add(col(c)));
    Dataset<Row> desired;
    if (versioned) {
      Dataset<Row> open = DeltaTable.forPath(ctx.spark(), path).toDF().where(col(ReferenceSchemas.VALID_TO).isNull())
          .select(col(keyColumn).as("_ok"), col(ReferenceSchemas.STATUS).as("_os"), col(ReferenceSchemas.VALID_FROM).as("_prev"));
      // A change with no date in the record started when silver first learnt it, not at each re-run.
      Dataset<Row> withPrev = latest.join(open, col(keyColumn).equalTo(col("_ok")).and(col(CHANGE_STATUS).equalTo(col("_os"))),
          "left");
      Column change = col("_prev");
      desired = withPrev.withColumn("_v", explode(col(VERSIONS)))
          .withColumn(ReferenceSchemas.STATUS, col("_v.status"))
          .withColumn(ReferenceSchemas.VALID_FROM, when(col("_v.from_change").and(change.isNotNull()), change)
              .otherwise(col("_v.valid_from")))
          .withColumn(ReferenceSchemas.VALID_TO, when(col("_v.to_change").and(change.isNotNull()), change)
              .otherwise(col("_v.valid_to")));
      content.add(col(ReferenceSchemas.STATUS));
      content.add(col(ReferenceSchemas.VALID_FROM));
      content.add(col(ReferenceSchemas.VALID_TO));
    } else {
      desired = latest;
    }
    List<Column> select = new ArrayList<>();
    for (String f : schema.fieldNames()) {
      if (f.equals(Columns.ROW_HASH)) {
        select.add(sha2(to_json(struct(content.toArray(Column[]::new))), 256).as(Columns.ROW_HASH));
      } else if (f.equals("_updated_at")) {
        select.add(col(Columns.INGESTED_AT).as("_updated_at"));
      } else {
        select.add(col(f));
      }
    }
    select.add(lit(false).as("_delete"));
    desired = desired.select(select.toArray(Column[]::new));
    String on = "t." + keyColumn + " = s." + keyColumn;
    Dataset<Row> source = desired;
    if (versioned) {
      on += " AND t.valid_from = s.valid_from";
      // Versions of this batch's records that their latest delivery no longer carries.
      Dataset<Row> existing = DeltaTable.forPath(ctx.spark(), path).toDF();
      Dataset<Row> obsolete = existing
          .join(desired.select(col(keyColumn)).distinct(), new String[] {keyColumn}, "left_semi")
          .join(desired.select(col(keyColumn), col(ReferenceSchemas.VALID_FROM)), new String[] {keyColumn,
              ReferenceSchemas.VALID_FROM}, "left_anti")
          .select(java.util.Arrays.stream(schema.fieldNames()).map(c -> col(c)).toArray(Column[]::new))
          .withColumn("_delete", lit(true));
      source = desired.unionByName(obsolete);
    }
    Map<String, String> update = new LinkedHashMap<>();
    Map<String, String> insert = new LinkedHashMap<>();
    for (String f : schema.fieldNames()) {
      insert.put(f, "s." + f);
      if (!f.equals(Columns.INGESTED_AT)) {
        update.put(f, "s." + f);
      }
    }
    Row counts = DeltaTable.forPath(ctx.spark(), path).as("t")
        .merge(source.as("s"), on)
        .whenMatched("s._delete").delete()
        .whenMatched("t._row_hash <> s._row_hash").updateExpr(update)
        .whenNotMatched("NOT s._delete").insertExpr(insert)
        .execute().first();
    return new long[] {counts.<Long>getAs("num_inserted_rows"),
        counts.<Long>getAs("num_updated_rows") + counts.<Long>getAs("num_deleted_rows")};
  }
}
