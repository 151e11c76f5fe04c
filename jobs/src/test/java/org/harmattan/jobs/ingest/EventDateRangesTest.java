package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** The first load's file layout: each partition one range of event dates, ranges of about equal size. */
class EventDateRangesTest {
  static final SparkSession spark = SharedSpark.session();

  @Test
  void everyPartitionHasAKeyOfItsOwn() {
    for (int files : new int[] {1, 2, 7, 8, 32}) {
      int[] keys = EventDateRanges.partitionKeys(spark, files);
      List<Integer> partitions = spark.createDataset(java.util.Arrays.stream(keys).boxed().toList(), Encoders.INT())
          .repartition(files, col("value")).select(spark_partition_id()).as(Encoders.INT()).collectAsList();
      assertEquals(files, partitions.stream().distinct().count(), "keys of " + files + " partitions");
    }
  }

  @Test
  void partitionsHoldDisjointDateRangesOfAboutEqualSize() {
    // Growing activity (more rows in later years), a day with many rows, and rows without a date.
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    LocalDate start = LocalDate.of(2016, 11, 1);
    for (int i = 0; i < 20_000; i++) {
      int day = (int) (3650 * Math.sqrt(random.nextDouble()));
      rows.add(RowFactory.create("i" + i, Date.valueOf(start.plusDays(day))));
    }
    for (int i = 0; i < 500; i++) {
      rows.add(RowFactory.create("busy" + i, Date.valueOf(LocalDate.of(2024, 3, 3))));
    }
    rows.add(RowFactory.create("undated", null));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("event_date", DataTypes.DateType);
    // Spread over partitions unrelated to the dates, as the dedup window leaves them.
    Dataset<Row> frame = spark.createDataFrame(rows, schema).repartition(5, col("id"));

    int files = 8;
    Dataset<Row> ranged = EventDateRanges.of(spark, frame, "event_date", files).partition(frame, "event_date");
    assertEquals(files, ranged.rdd().getNumPartitions());
    List<Row> perPartition = ranged.withColumn("p", spark_partition_id()).groupBy("p")
        .agg(min("event_date").as("lo"), max("event_date").as("hi"), count(lit(1)).as("n")).orderBy("lo")
        .collectAsList();
    assertEquals(files, perPartition.size(), "every range has rows");
    long total = 0;
    for (int i = 0; i < perPartition.size(); i++) {
      Row r = perPartition.get(i);
      total += r.getLong(3);
      if (i > 0) {
        Date previousHi = perPartition.get(i - 1).getDate(2);
        assertTrue(r.getDate(1).after(previousHi), "partition ranges overlap: " + perPartition);
      }
      assertTrue(r.getLong(3) > rows.size() / files / 2 && r.getLong(3) < rows.size() * 2L / files,
          "range sizes far from equal: " + perPartition);
    }
    assertEquals(rows.size(), total, "no row lost");
  }
}
