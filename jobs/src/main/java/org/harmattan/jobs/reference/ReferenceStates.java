package org.harmattan.jobs.reference;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.harmattan.core.catalog.ReferenceSchemas;
import org.harmattan.core.catalog.Table;
import org.harmattan.core.catalog.TableCatalog;
import org.harmattan.jobs.ingest.feed.TargetColumns;

/**
 * Reads the reference tables in business time: the state on a day (the versions that hold at the
 * end of it) and a record's history (its versions, e.g. when a notice was cancelled).
 */
public final class ReferenceStates {
  private final SparkSession spark;
  private final TableCatalog catalog;

  public ReferenceStates(SparkSession spark, TableCatalog catalog) {
    this.spark = spark;
    this.catalog = catalog;
  }

  /**
   * What held at the end of {@code day} (UTC): for versioned tables the versions with
   * {@code valid_from <= end of day < valid_to}; database queries made up to that day; every person.
   *
   * @throws IllegalArgumentException for a table that is not a reference table
   */
  public Dataset<Row> asOf(Table table, LocalDate day) {
    ReferenceTarget target = ReferenceTargets.of(table);
    Dataset<Row> rows = catalog.read(spark, table);
    // valid_to is exclusive and instants are microseconds: "holds at the last instant of D" is "holds from D+1 on".
    Column nextDay = lit(Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    if (target.versioned()) {
      return rows.where(col(ReferenceSchemas.VALID_FROM).lt(nextDay)
          .and(col(ReferenceSchemas.VALID_TO).isNull().or(col(ReferenceSchemas.VALID_TO).geq(nextDay))));
    }
    if (table == Table.DB_QUERIES) {
      return rows.where(col("queried_at").lt(nextDay));
    }
    return rows;
  }

  /** Every version of the records whose own reference is {@code reference} (in any source), oldest first. */
  public Dataset<Row> history(Table table, String reference) {
    ReferenceTarget target = ReferenceTargets.of(table);
    Dataset<Row> rows = catalog.read(spark, table).where(col(referenceColumn(table)).equalTo(reference));
    return target.versioned() ? rows.orderBy(col(ReferenceSchemas.SOURCE_FEED), col(ReferenceSchemas.VALID_FROM))
        : rows.orderBy(col(ReferenceSchemas.SOURCE_FEED));
  }

  /** The column holding a record's own reference, e.g. {@code notice_ref}. */
  public static String referenceColumn(Table table) {
    return TargetColumns.referenceColumn(ReferenceTargets.of(table).name());
  }

  /** The column a table's state is broken down by besides status: type, priority or issuing country. */
  public static String kindColumn(Table table) {
    return switch (table) {
      case NOTICES -> "notice_type";
      case WARRANTS -> "issuing_country";
      case TRAVEL_DOCUMENTS -> "document_type";
      case REQUESTS -> "priority";
      case DB_QUERIES -> "database";
      case PERSONS -> "nationality";
      default -> throw new IllegalArgumentException(table.qualifiedName() + " is not a reference table");
    };
  }
}
