package org.harmattan.features.store;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.FeatureSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;

/**
 * {@code gold.month_builds}: what each month of a month-built table was computed from, as one
 * fingerprint per month. Written after the table's rows, so that a run that dies in between
 * leaves fingerprints that no longer match and the next run rebuilds those months.
 */
public final class MonthBuilds {
  private static final StructType ROW = new StructType().add("month", DataTypes.StringType)
      .add("inputs", DataTypes.LongType);

  private final SparkSession spark;
  private final TableCatalog catalog;
  private final GoldTables gold;

  public MonthBuilds(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
    this.gold = new GoldTables(spark, catalog);
  }

  /** Fingerprints recorded for the table's months (one row per month: small). */
  public Map<YearMonth, Long> read(Table table) {
    Map<YearMonth, Long> out = new TreeMap<>();
    if (!catalog.exists(spark, Table.MONTH_BUILDS)) {
      return out;
    }
    for (Row r : catalog.read(spark, Table.MONTH_BUILDS).where(col("table_name").equalTo(table.qualifiedName()))
        .select("month", "inputs").collectAsList()) {
      out.put(YearMonth.parse(r.getString(0)), r.getLong(1));
    }
    return out;
  }

  /**
   * The months whose wanted fingerprint differs from the one recorded for the table (or that have
   * none, or all of them when the table does not exist), with their wanted fingerprints.
   */
  public TreeMap<YearMonth, Long> stale(Table table, Map<YearMonth, Long> wanted) {
    Map<YearMonth, Long> built = catalog.exists(spark, table) ? read(table) : Map.of();
    TreeMap<YearMonth, Long> stale = new TreeMap<>();
    wanted.forEach((m, inputs) -> {
      if (!inputs.equals(built.get(m))) {
        stale.put(m, inputs);
      }
    });
    return stale;
  }

  /** Records the fingerprints of the months just rebuilt, replacing those months' earlier rows. */
  public long record(Table table, Map<YearMonth, Long> fingerprints, String runId) {
    List<Row> rows = fingerprints.entrySet().stream()
        .map(e -> RowFactory.create(e.getKey().toString(), e.getValue())).toList();
    String months = String.join(",", fingerprints.keySet().stream().map(m -> GoldTables.literal(m.toString())).toList());
    return gold.replace(Table.MONTH_BUILDS, FeatureSchemas.MONTH_BUILDS, spark.createDataFrame(rows, ROW)
            .withColumn("table_name", lit(table.qualifiedName())).withColumn("run_id", lit(runId))
            .withColumn("computed_at", current_timestamp()),
        "table_name = " + GoldTables.literal(table.qualifiedName()) + " AND month IN (" + months + ")");
  }

  /** "2026-10" or "2025-11..2026-10 (12 months)" when contiguous, else the list. */
  public static String describe(java.util.SortedSet<YearMonth> months) {
    if (months.size() == 1) {
      return months.first().toString();
    }
    long span = months.first().until(months.last(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    return span == months.size() ? months.first() + ".." + months.last() + " (" + months.size() + " months)"
        : months.size() + " months: " + String.join(", ", months.stream().map(YearMonth::toString).toList());
  }

  /** Folds a text into a running fingerprint. */
  public static long text(long h, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h, b);
    }
    return mix(h, s.length());
  }

  /** Folds a value into a running fingerprint: SplitMix64's finaliser over the running value plus the next one. */
  public static long mix(long h, long v) {
    long z = h * 0x9E3779B97F4A7C15L + v;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
