package org.harmattan.core.catalog;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schema of gold {@code report_runs}: the lineage of every report file built. */
public final class ReportSchemas {
  private ReportSchemas() {}

  private static StructField f(String name, DataType type) {
    return createStructField(name, type, true);
  }

  /**
   * One row per PDF written: which period, edition and language, where the file went, its
   * SHA-256, and the Delta version of every table the report read ({@code qualified name -> version}),
   * so that the same figures can be rebuilt by time travel.
   */
  public static final StructType REPORT_RUNS = new StructType(new StructField[] {
      f("report_id", StringType), f("run_id", StringType), f("period", StringType), f("edition", StringType),
      f("language", StringType), f("file", StringType), f("sha256", StringType), f("bytes", LongType),
      f("pages", IntegerType), f("table_versions", createMapType(StringType, LongType, true)),
      f("created_at", TimestampType), f("duration_ms", LongType)});
}
