package org.harmattan.jobs.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;

/**
 * Keeps personal values out of Delta's file statistics. Delta records the minimum and maximum of
 * each column of every data file in its log (and its INFO log lines print them): for names, dates
 * of birth, document numbers and raw records that would copy personal data into places no one
 * treats as personal. {@code delta.dataSkippingStatsColumns} limits statistics to the other columns.
 */
public final class PersonalStats {
  static final String PROPERTY = "delta.dataSkippingStatsColumns";

  private PersonalStats() {}

  /**
   * Restricts the table's statistics to the columns of {@code schema} not in {@code excluded} (personal
   * columns, and partition columns, which Delta refuses there), if not done already.
   */
  public static void exclude(SparkSession spark, String path, StructType schema, Set<String> excluded) {
    // Delta keeps statistics only for strings, numbers, dates and timestamps (not booleans, maps, arrays).
    String wanted = Arrays.stream(schema.fields())
        .filter(f -> !excluded.contains(f.name()))
        .filter(f -> f.dataType() instanceof StringType || f.dataType() instanceof NumericType
            || f.dataType() instanceof DateType || f.dataType() instanceof TimestampType)
        .map(StructField::name).collect(Collectors.joining(","));
    Row detail = DeltaTable.forPath(spark, path).detail().select("properties").first();
    Map<String, String> properties = scala.jdk.javaapi.CollectionConverters.asJava(detail.<scala.collection.Map<String, String>>getAs(0));
    if (!wanted.equals(properties.get(PROPERTY))) {
      DeltaTable.forPath(spark, path).toDF().sparkSession()
          .sql("ALTER TABLE delta.`" + path.replace("`", "``") + "` SET TBLPROPERTIES ('" + PROPERTY + "' = '" + wanted + "')");
    }
  }
}
