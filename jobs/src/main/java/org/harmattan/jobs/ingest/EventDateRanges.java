package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Splits rows into {@code files} ranges of event date of about equal size, one partition (so one
 * written file) per range, so that a file's date statistics let a month's reads skip the others.
 *
 * <p>Not {@code repartitionByRange}: its sampling pass runs the whole plan below it once more (for
 * the first load that is the dedup window over every row). The bounds come from the staged dates
 * instead, and each range gets an int key that Spark's hash partitioning ({@code pmod(hash(key),
 * files)}, the SQL {@code hash} function) sends to a partition of its own.
 */
final class EventDateRanges {
  private final List<Date> bounds;
  private final int[] keys;

  private EventDateRanges(List<Date> bounds, int[] keys) {
    this.bounds = bounds;
    this.keys = keys;
  }

  /** Ranges split at the approximate quantiles of {@code dateColumn} in {@code sample}. */
  static EventDateRanges of(SparkSession spark, Dataset<Row> sample, String dateColumn, int files) {
    List<Date> bounds = new ArrayList<>();
    if (files > 1) {
      StringBuilder fractions = new StringBuilder();
      for (int i = 1; i < files; i++) {
        fractions.append(i == 1 ? "" : ", ").append((double) i / files);
      }
      Row r = sample.select(expr("percentile_approx(" + dateColumn + ", array(" + fractions + "), 10000)")).first();
      if (!r.isNullAt(0)) {
        for (Object d : r.getList(0)) {
          bounds.add((Date) d);
        }
      }
    }
    return new EventDateRanges(bounds, partitionKeys(spark, files));
  }

  /** For each partition p of {@code files}, the smallest int key k with pmod(hash(k), files) = p. */
  static int[] partitionKeys(SparkSession spark, int files) {
    int[] keys = new int[files];
    java.util.Arrays.fill(keys, -1);
    int found = 0;
    // A few hundred candidates suffice for any sane file count; the search is bounded and checked.
    for (Row r : spark.range(0, 64L * files + 64).select(col("id").cast("int").as("k"))
        .select(col("k"), expr("pmod(hash(k), " + files + ")")).collectAsList()) {
      int p = r.getInt(1);
      if (keys[p] < 0) {
        keys[p] = r.getInt(0);
        found++;
      }
    }
    if (found < files) {
      throw new IllegalStateException("no hash key found for every one of " + files + " partitions");
    }
    return keys;
  }

  /** The int key of the row's range: range i holds dates in [bound i-1, bound i). */
  Column key(Column date) {
    Column index = lit(0);
    for (int i = 0; i < bounds.size(); i++) {
      index = when(date.geq(lit(bounds.get(i))), lit(i + 1)).otherwise(index);
    }
    Column[] keyArray = java.util.Arrays.stream(keys).mapToObj(k -> lit(k)).toArray(Column[]::new);
    return coalesce(element_at(array(keyArray), index.plus(1)), lit(keys[0]));
  }

  /** The rows in {@code files} partitions, one per date range. */
  Dataset<Row> partition(Dataset<Row> rows, String dateColumn) {
    String keyColumn = "_date_range_key";
    return rows.withColumn(keyColumn, key(col(dateColumn))).repartition(keys.length, col(keyColumn))
        .drop(keyColumn);
  }
}
