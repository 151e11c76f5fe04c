package org.harmattan.jobs.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Builds small tables in a schema from rows given as column-value maps (other columns null). */
public final class ReferenceRows {
  private final StructType schema;
  private final List<Row> rows = new ArrayList<>();

  public ReferenceRows(StructType schema) {
    this.schema = schema;
  }

  /** Values: String, Boolean, Long, "yyyy-MM-dd" for dates, ISO instants for timestamps. */
  public ReferenceRows add(Map<String, ?> values) {
    for (String k : values.keySet()) {
      schema.fieldIndex(k); // fails on a column the schema does not have
    }
    Object[] cells = new Object[schema.size()];
    for (int i = 0; i < cells.length; i++) {
      StructField f = schema.fields()[i];
      Object v = values.get(f.name());
      cells[i] = v == null ? null : switch (f.dataType().typeName()) {
        case "date" -> Date.valueOf(LocalDate.parse((String) v));
        case "timestamp" -> Timestamp.from(Instant.parse((String) v));
        default -> v;
      };
    }
    rows.add(RowFactory.create(cells));
    return this;
  }

  public Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, schema);
  }
}
