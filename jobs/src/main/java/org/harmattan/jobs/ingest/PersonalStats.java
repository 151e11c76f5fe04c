package org.harmattan.jobs.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import scala.Option;

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
    // The table's properties from its Delta log snapshot, which the run's next operation on the table
    // reuses (as TableCatalog.version does); DESCRIBE DETAIL planned and ran a query for each call.
    Map<String, String> properties = scala.jdk.javaapi.CollectionConverters.asJava(
        DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty()).metadata().configuration());
    if (!wanted.equals(properties.get(PROPERTY))) {
      spark.sql("ALTER TABLE delta.`" + path.replace("`", "``") + "` SET TBLPROPERTIES ('" + PROPERTY + "' = '" + wanted + "')");
    }
  }
}
