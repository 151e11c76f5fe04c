package org.harmattan.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.harmattan.core.catalog.Columns;
import org.harmattan.core.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** Within one batch the later file (then the later line) wins for an incident delivered more than once. */
class LatestPerIncidentTest {
  static final SparkSession spark = SharedSpark.session();
  static final StructType SCHEMA = new StructType().add(Columns.INCIDENT_ID, DataTypes.StringType)
      .add(Columns.FILE, DataTypes.StringType).add(Columns.LINE, DataTypes.LongType)
      .add("quantity", DataTypes.DoubleType);

  @Test
  void batchWithoutRepeatsKeepsEveryRow() {
    List<Row> rows = List.of(RowFactory.create("a", "2026-01.csv", 2L, 1.0), RowFactory.create("b", "2026-01.csv", 3L, 2.0),
        RowFactory.create("c", "2026-02.csv", 2L, 3.0));
    Map<String, Row> kept = byId(IncidentTarget.latestPerIncident(spark.createDataFrame(rows, SCHEMA)));
    assertEquals(3, kept.size());
    assertEquals(2.0, kept.get("b").getDouble(3));
  }

  @Test
  void laterFileWinsAndOtherRowsPassThrough() {
    List<Row> rows = List.of(
        RowFactory.create("a", "2026-01.csv", 2L, 1.0),
        RowFactory.create("a", "2026-03.csv", 9L, 5.0),
        RowFactory.create("a", "2026-02.csv", 4L, 3.0),
        RowFactory.create("b", "2026-01.csv", 3L, 2.0),
        RowFactory.create("c", "2026-02.csv", 7L, 7.0),
        RowFactory.create("c", "2026-02.csv", 8L, 8.0));
    for (long maxBroadcast : new long[] {IncidentTarget.MAX_BROADCAST_REPEATED, 0}) {
      Map<String, Row> kept = byId(IncidentTarget.latestPerIncident(spark.createDataFrame(rows, SCHEMA), maxBroadcast));
      assertEquals(3, kept.size(), "one row per id, max broadcast " + maxBroadcast);
      assertEquals(5.0, kept.get("a").getDouble(3), "the latest file's values");
      assertEquals("2026-03.csv", kept.get("a").getString(1));
      assertEquals(2.0, kept.get("b").getDouble(3), "a row delivered once is kept as it is");
      assertEquals(8.0, kept.get("c").getDouble(3), "the same file: the later line");
    }
  }

  @Test
  void sameRowsAsTheWindowOverTheWholeBatch() {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String id = "i" + random.nextInt(4_000);
      rows.add(RowFactory.create(id, "2026-" + (1 + random.nextInt(9)) + ".csv", (long) i, random.nextDouble()));
    }
    Dataset<Row> batch = spark.createDataFrame(rows, SCHEMA).repartition(4);
    Dataset<Row> byWindow = batch.withColumn("_rn", row_number().over(Window.partitionBy(Columns.INCIDENT_ID)
        .orderBy(col(Columns.FILE).desc(), col(Columns.LINE).desc()))).where(col("_rn").equalTo(1)).drop("_rn");
    Map<String, Row> expected = byId(byWindow);
    assertTrue(expected.size() < rows.size(), "the batch repeats some ids");
    assertEquals(expected, byId(IncidentTarget.latestPerIncident(batch)));
    assertEquals(expected, byId(IncidentTarget.latestPerIncident(batch, 0)));
  }

  private static Map<String, Row> byId(Dataset<Row> frame) {
    Map<String, Row> out = new TreeMap<>();
    for (Row r : frame.select(Columns.INCIDENT_ID, Columns.FILE, Columns.LINE, "quantity").collectAsList()) {
      Row previous = out.put(r.getString(0), r);
      assertEquals(null, previous, "id " + r.getString(0) + " kept twice");
    }
    return out;
  }
}
