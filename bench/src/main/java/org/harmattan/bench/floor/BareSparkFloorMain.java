package org.harmattan.bench.floor;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.harmattan.bench.measure.ChildReport;
import org.harmattan.bench.peer.PeerFeed;
import org.harmattan.bench.peer.PeerJob;
import org.harmattan.bench.peer.PeerRows;
import org.harmattan.bench.peer.TextFold;
import org.harmattan.core.geo.PrioGrid;

/**
 * The bare-Spark floor: the least a Spark job must do to turn the raw feeds into the
 * cell-month-category aggregate, run in its own JVM. It parses the feeds with Spark's own CSV and
 * JSON readers, drops records that fail the checks of {@link PeerRows}, and writes the aggregate as
 * Parquet: no Delta, no bronze copy, no quarantine, no lineage, no MERGE, no double-report linking.
 * Usage: {@code BareSparkFloorMain <peer-job.json> <report.json>}.
 */
public final class BareSparkFloorMain {
  private BareSparkFloorMain() {}

  public static void main(String[] args) {
    PeerJob job = PeerJob.read(Path.of(args[0]));
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().appName("bench-floor").master(job.sparkMaster())
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(job.shufflePartitions()))
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long started = System.nanoTime();
    aggregate(spark, job).write().mode("overwrite").parquet(Path.of(job.outDir(), "aggregate").toString());
    double work = (System.nanoTime() - started) / 1e9;
    double session = (started - t0) / 1e9;
    spark.stop();
    ChildReport.write(Path.of(args[1]), Map.of("work_seconds", work, "session_start_seconds", session));
  }

  /** The cell-month-category aggregate (gid, month, category, incidents) of every feed of the job. */
  public static Dataset<Row> aggregate(SparkSession spark, PeerJob job) {
    Dataset<Row> rows = null;
    for (PeerFeed f : job.feeds()) {
      Dataset<Row> parsed = parse(spark, f, job.today());
      rows = rows == null ? parsed : rows.unionByName(parsed);
    }
    Dataset<Row> categories = lookup(spark, job.categories(), "category_key", "category");
    Dataset<Row> units = lookup(spark, job.units(), "unit_key", "unit");
    Dataset<Row> kept = rows
        .withColumn("copies", count(lit(1)).over(Window.partitionBy("feed", "record_id")))
        .join(broadcast(categories), col("category_fold").equalTo(col("category_key")), "left")
        .join(broadcast(units), col("unit_fold").equalTo(col("unit_key")), "left")
        .where(col("record_id").isNotNull().and(col("copies").equalTo(1))
            .and(col("event_date").isNotNull()).and(col("date_ok"))
            .and(col("lat").between(-90, 90)).and(col("lon").between(-180, 180))
            .and(col("category").isNotNull())
            .and(col("unit_fold").isNull().or(col("unit").isNotNull()))
            .and(col("quantity_raw").isNull().or(col("quantity").geq(0))));
    return kept.select(expr(PrioGrid.sqlExpression("lat", "lon")).as("gid"),
            date_format(col("event_date"), "yyyy-MM").as("month"), col("category"))
        .groupBy("gid", "month", "category").agg(count(lit(1)).as("incidents"));
  }

  /** One feed's records as (feed, record_id, event_date, date_ok, lat, lon, category_fold, unit_fold, quantity_raw, quantity). */
  static Dataset<Row> parse(SparkSession spark, PeerFeed f, String today) {
    List<String> source = f.sourceColumns();
    Dataset<Row> raw;
    if (f.csv()) {
      raw = spark.read().option("header", "true").option("sep", f.delimiter()).option("quote", "\"")
          .option("escape", "\"").option("encoding", f.encoding()).option("multiLine", "true")
          // A record with a missing field is malformed (Harmattan: MALFORMED_ROW); do not pad it with nulls.
          .option("mode", "DROPMALFORMED")
          .csv(f.paths().toArray(String[]::new));
      // A UTF-8 byte order mark stays glued to the first header.
      String first = raw.columns()[0];
      if (first.startsWith("\uFEFF")) {
        raw = raw.withColumnRenamed(first, first.substring(1));
      }
    } else {
      List<StructField> fields = new ArrayList<>();
      for (String c : source) {
        fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
      }
      raw = spark.read().schema(new StructType(fields.toArray(StructField[]::new))).option("mode", "PERMISSIVE")
          .json(f.paths().toArray(String[]::new));
    }
    List<Column> picked = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      picked.add(nullIfBlank(col("`" + source.get(i) + "`")).as(PeerRows.FIELDS.get(i)));
    }
    Dataset<Row> r = raw.select(picked.toArray(Column[]::new));
    // try_ forms: an unparseable date or number is null (the record is dropped), whatever spark.sql.ansi.enabled says.
    Column date = try_to_timestamp(ascii(col("date_raw")), lit(f.datePattern())).cast("date");
    return r.select(lit(f.name()).as("feed"), col("record_id"),
        date.as("event_date"),
        date.geq(lit(f.minDate()).cast("date")).and(date.leq(lit(today).cast("date"))).as("date_ok"),
        number(col("lat_raw"), f.decimalComma()).as("lat"),
        number(col("lon_raw"), f.decimalComma()).as("lon"),
        fold(col("category_raw")).as("category_fold"),
        fold(col("unit_raw")).as("unit_fold"),
        col("quantity_raw"),
        number(col("quantity_raw"), f.decimalComma()).as("quantity"));
  }

  private static Column nullIfBlank(Column c) {
    return when(trim(c).equalTo(""), lit(null).cast("string")).otherwise(trim(c));
  }

  private static Column ascii(Column c) {
    return translate(c, PeerRows.LOCAL_DIGITS, PeerRows.ASCII_DIGITS);
  }

  private static Column number(Column c, boolean decimalComma) {
    Column t = ascii(c);
    return (decimalComma ? translate(t, ",", ".") : t).try_cast("double");
  }

  private static Column fold(Column c) {
    return regexp_replace(trim(translate(lower(c), TextFold.from(), TextFold.to())), "\\s+", " ");
  }

  private static Dataset<Row> lookup(SparkSession spark, Map<String, String> map, String key, String value) {
    List<Row> rows = new ArrayList<>();
    map.forEach((k, v) -> rows.add(RowFactory.create(k, v)));
    StructType schema = new StructType().add(key, DataTypes.StringType).add(value, DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }
}
